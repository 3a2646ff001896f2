// Runs each batch's jobs in order at the configured pace, one loop per batch. The loop
// re-reads the batch from the store after every await: a batch that expired, was
// restarted (new generation) or an emulator that closed stops it cleanly.

import { envelope } from "../../contract/error-envelope.js";
import { SpecificCode } from "../../contract/specific-codes.js";
import type { Job } from "../../contract/types.js";
import type { TimerSet } from "../../util/timer-set.js";
import { executeJob } from "../jobs/execute-job.js";
import type { JobHandler } from "../jobs/job-handler.js";
import { type Batch, recordJobResponse, STORED_RESPONSE_OVERHEAD_BYTES } from "./batch-state.js";
import type { BatchStore } from "./batch-store.js";

export interface JobRunnerDeps {
  store: BatchStore;
  timers: TimerSet;
  now: () => number;
  jobDelayMs: number;
  handlers: Readonly<Record<string, JobHandler>>;
  failJob: () => (job: Job, index: number) => boolean;
  /** Bytes of batch data kept by the whole emulator; a response that does not fit is kept as a 500 envelope. */
  maxStoredBytes: number;
  signal: AbortSignal;
  onComplete: (batch: Batch) => void;
}

export interface JobRunner {
  /** Starts (or, after a restart, restarts) the job loop of a stored batch. */
  start(asyncId: string): void;
  /** Resolves when no batch is running. */
  idle(): Promise<void>;
  /** True while some batch's job loop is running. */
  readonly busy: boolean;
}

// With no delay, jobs run back to back but the loop still lets I/O in this often, so a
// 10,000-job workload never starves the server of the progress requests polling it.
const MAX_BUSY_MS = 4;

/** The response kept instead of one that would take its key past the storage limit (see openapi.yaml, x-decision on storage). */
const responseNotKept = (bytes: number, limit: number) =>
  envelope(500, "Internal Server Error", SpecificCode.Unspecified, [
    `The job's response (${bytes} bytes of JSON) was not kept: the emulator keeps at most ${limit} bytes of batches (maxStoredBytes), freed as batches expire`,
  ]);

export function createJobRunner(deps: JobRunnerDeps): JobRunner {
  const loops = new Set<Promise<void>>();

  const current = (asyncId: string, generation: number): Batch | undefined => {
    const batch = deps.store.get(asyncId);
    return batch && batch.generation === generation && batch.status === "running" ? batch : undefined;
  };

  async function loop(asyncId: string, generation: number): Promise<void> {
    let busySince = performance.now();
    // First wait: `run` and `restart` answer before any job of theirs has run.
    if (!(await deps.timers.sleep(deps.jobDelayMs))) return;
    for (;;) {
      const batch = current(asyncId, generation);
      if (!batch) return;
      const index = batch.responses.length;
      const job = batch.jobs[index] as Job;
      let injectFailure: boolean;
      try {
        injectFailure = Boolean(deps.failJob()(job, index));
      } catch {
        // A faults.failJobs predicate that throws is read as "fail this job": it is a test's fault switch.
        injectFailure = true;
      }
      const room = deps.maxStoredBytes - deps.store.totalStoredBytes - STORED_RESPONSE_OVERHEAD_BYTES;
      const { response, bytes } = await executeJob({
        job,
        handler: deps.handlers[`${job.namespace}.${job.action}`],
        injectFailure,
        context: { asyncId, index, namespace: job.namespace, action: job.action, now: deps.now(), signal: deps.signal },
        maxBytes: Math.max(0, room),
        tooLarge: (size) => responseNotKept(size, deps.maxStoredBytes),
      });
      const latest = current(asyncId, generation);
      if (!latest || deps.timers.cleared) return;
      const next = recordJobResponse(latest, response, deps.now(), bytes);
      deps.store.set(next);
      if (next.status === "complete") return deps.onComplete(next);
      if (deps.jobDelayMs > 0) {
        if (!(await deps.timers.sleep(deps.jobDelayMs))) return;
      } else if (performance.now() - busySince > MAX_BUSY_MS) {
        if (!(await deps.timers.yieldToEventLoop())) return;
        busySince = performance.now();
      }
    }
  }

  return {
    start(asyncId) {
      const batch = deps.store.get(asyncId);
      if (!batch) return;
      // executeJob never throws; the catch is a last resort so that a bug of ours can never
      // become an unhandled rejection that takes the user's test process down.
      const running = loop(asyncId, batch.generation)
        .catch(() => undefined)
        .finally(() => loops.delete(running));
      loops.add(running);
    },
    async idle() {
      while (loops.size) await Promise.allSettled([...loops]);
    },
    get busy() {
      return loops.size > 0;
    },
  };
}
