import { type BatchHandle, buildBatchHandle, type ChunkRef } from "../workflow/model/batch-handle.js";
import type { WorkflowRecord } from "./workflow-store.js";

/** The handle of a stored workflow: its submitted chunks, for waitForAll in any process. */
export function workflowHandle(record: WorkflowRecord): BatchHandle {
  const submitted = record.chunks.flatMap((c): ChunkRef[] => {
    if (c.state !== "submitted") return [];
    const { state: _state, ...ref } = c;
    return [ref];
  });
  return buildBatchHandle(record.createdAt, submitted);
}
