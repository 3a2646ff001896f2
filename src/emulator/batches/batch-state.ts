// A batch's life as pure transitions: created running, one job result at a time, complete,
// restarted. No clock, timers or I/O here: the time is passed in, and each transition
// returns a new batch, so a request that fails half-way can never leave one half-changed.

import { isErrorEnvelope } from "../../contract/is-error-envelope.js";
import type { BatchResult, Job, JobResponse } from "../../contract/types.js";

export type BatchStatus = "running" | "complete";

/**
 * What a stored job and a stored response cost beyond their JSON: the objects they are
 * held as. Measured (50,000 `test.ping` jobs run through the emulator, its heap after a
 * full GC, minus a warmed-up baseline): 192 bytes of heap per job with its response,
 * against 87 bytes of JSON. Counting these makes maxStoredBytes a bound on the heap the
 * batches take, not on their JSON alone.
 */
export const STORED_JOB_OVERHEAD_BYTES = 55;
export const STORED_RESPONSE_OVERHEAD_BYTES = 55;

/** What `count` jobs sent as `jsonBytes` of JSON count against maxStoredBytes. */
export const storedJobsBytes = (jsonBytes: number, count: number): number => jsonBytes + count * STORED_JOB_OVERHEAD_BYTES;

export interface Batch {
  readonly asyncId: string;
  /** The API key that ran it (undefined under relaxed auth); other keys cannot see it. */
  readonly owner: string | undefined;
  readonly jobs: readonly Job[];
  readonly callbackUrl: string | undefined;
  readonly createdAt: number;
  readonly status: BatchStatus;
  /** One response per job done so far, in job order. */
  readonly responses: readonly JobResponse[];
  /** How many of those responses are error envelopes. */
  readonly failed: number;
  /** Bumped by every restart, so a job loop of an earlier run knows to stop. */
  readonly generation: number;
  readonly completedAt: number | undefined;
  readonly restarts: number;
  /** Size of the jobs as sent (the run's body), in bytes. */
  readonly jobsBytes: number;
  /** What the batch counts against the emulator's storage budget (maxStoredBytes): the jobs and the responses so far, as JSON bytes. */
  readonly storedBytes: number;
}

export function createBatch(init: { asyncId: string; owner?: string; jobs: readonly Job[]; callbackUrl?: string; now: number; jobsBytes?: number }): Batch {
  return {
    asyncId: init.asyncId,
    owner: init.owner,
    jobs: init.jobs,
    callbackUrl: init.callbackUrl,
    createdAt: init.now,
    status: "running",
    responses: [],
    failed: 0,
    generation: 0,
    completedAt: undefined,
    restarts: 0,
    jobsBytes: init.jobsBytes ?? 0,
    storedBytes: storedJobsBytes(init.jobsBytes ?? 0, init.jobs.length),
  };
}

/** Records the next job's response (`bytes`: its size as JSON, counted with the object's overhead); the batch is complete after the last one. */
export function recordJobResponse(batch: Batch, response: JobResponse, now: number, bytes = 0): Batch {
  if (batch.status !== "running") throw new Error(`batch ${batch.asyncId} is not running`);
  const responses = [...batch.responses, response];
  const complete = responses.length >= batch.jobs.length;
  return {
    ...batch,
    responses,
    failed: batch.failed + (isErrorEnvelope(response) ? 1 : 0),
    status: complete ? "complete" : "running",
    completedAt: complete ? now : undefined,
    storedBytes: batch.storedBytes + bytes + STORED_RESPONSE_OVERHEAD_BYTES,
  };
}

/** How far a batch is: the one source of every progress figure (the progress action, views, the port's summaries). */
export interface BatchProgress {
  /** Integer percentage of jobs done: floor(done / total * 100), as the contract says. */
  progress: number;
  /** Jobs done so far, and how many of them got an error envelope as their response. */
  done: number;
  failed: number;
  total: number;
}

export function batchProgress(batch: Batch): BatchProgress {
  return { progress: progressOf(batch), done: batch.responses.length, failed: batch.failed, total: batch.jobs.length };
}

/** The percentage alone, as the progress action answers it (the hot path: no object made). */
export function progressOf(batch: Batch): number {
  return Math.floor((batch.responses.length / batch.jobs.length) * 100);
}

/** A completed batch starts again from nothing; a running one is left as it is. */
export function restartBatch(batch: Batch): { batch: Batch; restarted: boolean } {
  if (batch.status !== "complete") return { batch, restarted: false };
  return {
    restarted: true,
    batch: {
      ...batch,
      status: "running",
      responses: [],
      failed: 0,
      completedAt: undefined,
      generation: batch.generation + 1,
      restarts: batch.restarts + 1,
      storedBytes: storedJobsBytes(batch.jobsBytes, batch.jobs.length),
    },
  };
}

/** Batches are kept for `retentionMs` after they were created, then they are gone. */
export const isExpired = (batch: Batch, now: number, retentionMs: number): boolean => now - batch.createdAt >= retentionMs;

/** The job results in submission order: what `results` answers and a callback carries. */
export function resultsOf(batch: Batch): BatchResult[] {
  return batch.responses.map((response, i) => {
    const job = batch.jobs[i] as Job;
    return { namespace: job.namespace, action: job.action, request: job.params, response };
  });
}

/** Read-only picture of a batch for tests and tools (`emulator.batches`). */
export interface BatchView extends BatchProgress {
  asyncId: string;
  status: BatchStatus;
  jobs: readonly Job[];
  callbackUrl: string | undefined;
  createdAt: number;
  expiresAt: number;
  completedAt: number | undefined;
  restarts: number;
  results: BatchResult[];
}

export function toView(batch: Batch, retentionMs: number): BatchView {
  return {
    asyncId: batch.asyncId,
    status: batch.status,
    ...batchProgress(batch),
    jobs: batch.jobs,
    callbackUrl: batch.callbackUrl,
    createdAt: batch.createdAt,
    expiresAt: batch.createdAt + retentionMs,
    completedAt: batch.completedAt,
    restarts: batch.restarts,
    results: resultsOf(batch),
  };
}
