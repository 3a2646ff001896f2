import type { WorkflowChunk, WorkflowRecord, WorkflowStore } from "./workflow-store.js";

/** A workflow store in one process's memory: resumes a submission within the process, not after a restart. */
export function createMemoryWorkflowStore(): WorkflowStore {
  const workflows = new Map<string, { createdAt: number; chunks: Map<number, WorkflowChunk> }>();
  const copy = (chunk: WorkflowChunk): WorkflowChunk => ({ ...chunk, ...(chunk.positions ? { positions: [...chunk.positions] } : {}) });
  return {
    async load(id): Promise<WorkflowRecord | undefined> {
      const workflow = workflows.get(id);
      if (!workflow) return undefined;
      return { createdAt: workflow.createdAt, chunks: [...workflow.chunks.values()].sort((a, b) => a.index - b.index).map(copy) };
    },
    // Check and set in one synchronous turn: atomic in-process.
    async recordInFlight(id, createdAt, chunk) {
      let workflow = workflows.get(id);
      if (!workflow) workflows.set(id, (workflow = { createdAt, chunks: new Map() }));
      if (workflow.chunks.has(chunk.index)) return false;
      workflow.chunks.set(chunk.index, copy({ ...chunk, state: "in-flight" }));
      return true;
    },
    async recordSubmitted(id, chunk) {
      const workflow = workflows.get(id);
      if (!workflow) throw new Error(`WorkflowStore.recordSubmitted: no workflow ${JSON.stringify(id)}; recordInFlight comes first`);
      workflow.chunks.set(chunk.index, copy({ ...chunk, state: "submitted" }));
    },
    async forgetInFlight(id, index) {
      const chunks = workflows.get(id)?.chunks;
      if (chunks?.get(index)?.state === "in-flight") chunks.delete(index);
    },
  };
}
