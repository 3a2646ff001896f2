import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { buildBatchHandle, type ChunkRef, parseBatchHandle } from "../../workflow/model/batch-handle.js";
import type { WorkflowChunk, WorkflowRecord, WorkflowStore } from "../../workflow-store/workflow-store.js";
import { CliError } from "../io/cli-error.js";
import { writeDurably } from "../io/durable-file.js";
import { ExitCode } from "../io/exit-codes.js";

/** What a handle file knows of its run beyond the batch handle: enough to resume it. */
export interface RunRecord {
  /** The workflow id: names the default handle file, which exists before any asyncId does. */
  id: string;
  /** Jobs in the jobs file the run was made from. */
  jobs: number;
  chunkSize: number;
  /** Batches recorded before their run was sent whose answer was not (yet) read: possibly stored. */
  inFlight: Omit<ChunkRef, "asyncId">[];
  /** The process writing the file while it runs; null once it has ended. */
  owner: { pid: number; host: string } | null;
}

/**
 * The CLI's handle file as a WorkflowStore: the one submitAllResumable uses with
 * Postgres, on a file holding one workflow. Every change is on disk (temporary file,
 * fsync, rename) before the call resolves, so a batch is recorded in flight before its
 * run is sent: a SIGKILL at any moment leaves a file that says which batches may be
 * stored. The file is a batch handle (the submitted batches) plus `run`, so `wait` and
 * `results` read it as any handle.
 */
export interface HandleStore extends WorkflowStore {
  readonly path: string;
  readonly run: RunRecord;
  /** Writes the file now (it is first written before anything is sent). */
  save(): Promise<void>;
  /** Marks the run as ended (no owner) and writes the file. */
  release(): Promise<void>;
}

export const newRunId = (): string => randomBytes(6).toString("hex");

/** Where a run's handle goes without --handle-out: the working directory, named for the run. */
export const defaultHandleFile = (cwd: string, runId: string): string => join(cwd, `ivvy-batch-${runId}.handle.json`);

export function createHandleStore(options: {
  path: string;
  run: Omit<RunRecord, "owner" | "inFlight">;
  record?: WorkflowRecord;
  createdAt: number;
}): HandleStore {
  const chunks = new Map<number, WorkflowChunk>((options.record?.chunks ?? []).map((c) => [c.index, c]));
  let createdAt = options.record?.createdAt ?? options.createdAt;
  let owner: RunRecord["owner"] = { pid: process.pid, host: hostname() };
  let queue: Promise<void> = Promise.resolve();

  const runRecord = (): RunRecord => ({
    ...options.run,
    inFlight: [...chunks.values()].filter((c) => c.state === "in-flight").map(({ state: _state, ...ref }) => ref),
    owner,
  });
  const text = () => {
    const submitted = [...chunks.values()].flatMap((c): ChunkRef[] => {
      if (c.state !== "submitted") return [];
      const { state: _state, ...ref } = c;
      return [ref];
    });
    return `${JSON.stringify({ ...buildBatchHandle(createdAt, submitted), run: runRecord() }, null, 2)}\n`;
  };
  // Writes are serialised, each of the state as it is when its turn comes; a caller
  // resolves once a write that began after its change has finished.
  const save = () => {
    queue = queue.then(() => writeDurably(options.path, text()));
    return queue;
  };

  return {
    path: options.path,
    get run() {
      return runRecord();
    },
    save,
    async release() {
      owner = null;
      await save();
    },
    async load() {
      return { createdAt, chunks: [...chunks.values()].sort((a, b) => a.index - b.index).map((c) => ({ ...c })) };
    },
    async recordInFlight(_id, at, chunk) {
      if (chunks.size === 0 && !options.record) createdAt = at;
      if (chunks.has(chunk.index)) return false;
      chunks.set(chunk.index, { ...chunk, state: "in-flight" });
      await save();
      return true;
    },
    async recordSubmitted(_id, chunk) {
      chunks.set(chunk.index, { ...chunk, state: "submitted" });
      await save();
    },
    async forgetInFlight(_id, index) {
      if (chunks.get(index)?.state !== "in-flight") return;
      chunks.delete(index);
      await save();
    },
  };
}

/** A handle file read back for `run --resume`: its workflow record and its run. */
export interface OpenedHandle {
  record: WorkflowRecord;
  run: RunRecord;
}

const usage = (message: string) => new CliError(message, ExitCode.Usage);

/**
 * Reads a handle file written by `run` to resume it. Refused when another process that
 * still runs owns it (two processes sending the same batches); a process that no longer
 * runs (killed) left its claim behind, which is taken over.
 */
export async function openHandleFile(path: string, shown: string): Promise<OpenedHandle> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw usage(`handle file ${shown} cannot be read: ${(error as Error).message}`);
  }
  let handle: ReturnType<typeof parseBatchHandle>;
  try {
    handle = parseBatchHandle(value, "");
  } catch (error) {
    throw usage(`handle file ${shown} is not a batch handle: ${(error as Error).message.replace(/^: not a batch handle: /, "")}`);
  }
  const run = (value as { run?: RunRecord }).run;
  if (!run || typeof run.id !== "string" || !Number.isInteger(run.chunkSize) || !Number.isInteger(run.jobs) || !Array.isArray(run.inFlight)) {
    throw usage(
      `handle file ${shown} has no run record (it was written by an older ivvy-batch, or by submitAll): it cannot be resumed with run --resume; ivvy-batch wait ${shown} waits for its batches`,
    );
  }
  if (run.owner && run.owner.pid !== process.pid) {
    const sameHost = run.owner.host === hostname();
    if (!sameHost || isRunning(run.owner.pid)) {
      throw usage(
        `handle file ${shown} is in use by process ${run.owner.pid} on ${run.owner.host}, which is still submitting it; ` +
          `wait for it to end (or stop it with Ctrl-C), then resume${sameHost ? "" : ` (if it no longer runs, set "owner": null in the file)`}`,
      );
    }
  }
  const chunks: WorkflowChunk[] = [
    ...handle.chunks.map((c): WorkflowChunk => ({ ...c, state: "submitted" })),
    ...run.inFlight.map((c): WorkflowChunk => ({ ...c, state: "in-flight" })),
  ];
  return { record: { createdAt: Date.parse(handle.createdAt), chunks }, run };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
