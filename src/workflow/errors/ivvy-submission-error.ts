import { IvvyError } from "../../errors/ivvy-error.js";
import type { BatchHandle } from "../model/batch-handle.js";

/**
 * Why a chunk was not (or may not have been) submitted:
 * - `ambiguous`: no answer came back (network error, timeout, abort while in flight, a
 *   gateway error); the run may have reached iVvy and the chunk may be running.
 * - `rejected`: iVvy answered with an error; nothing was stored.
 * - `unsent`: the request could not be sent (e.g. connection refused); nothing reached iVvy.
 * - `invalid`: the chunk failed local validation; nothing was sent.
 * - `already-submitted`: the submission ledger refused an identical chunk (same jobs hash).
 * - `aborted`: the signal aborted before the chunk was sent.
 */
export type ChunkFailureReason = "ambiguous" | "rejected" | "unsent" | "invalid" | "already-submitted" | "aborted";

export interface FailedChunk {
  index: number;
  /** First job position of the chunk (inclusive). */
  start: number;
  /** End of the chunk's job range (exclusive), as in `Array.prototype.slice`. */
  end: number;
  /** sha256 of the canonical JSON of the chunk's jobs: the submission ledger's key. */
  jobsHash: string;
  /** Original positions of the chunk's jobs, when they are not `start..end` (retryFailed). */
  positions?: number[];
  reason: ChunkFailureReason;
  /** True when the chunk may be stored and running at iVvy. */
  mayHaveRun: boolean;
  /** The error underneath (IvvyNetworkError, IvvyApiError, IvvyValidationError, the abort reason). */
  cause: unknown;
}

/**
 * submitAll stopped before every chunk was submitted. Nothing is lost: `handle` holds
 * every chunk that was submitted (wait for it and collect it as usual), `failedChunks`
 * names those that failed and whether they may have run, and jobs from
 * `notSubmittedFrom` on were never sent.
 */
export class IvvySubmissionError extends IvvyError {
  override readonly name = "IvvySubmissionError" as const;
  /** Reason of the first failure (`chunk`). */
  readonly reason: ChunkFailureReason;
  /** True when any failed chunk may have been stored at iVvy: do not resubmit it blindly. */
  readonly mayHaveRun: boolean;
  /** The first chunk that failed. */
  readonly chunk: FailedChunk;
  /** Every chunk that failed (others in flight at the time may have failed too), by index. */
  readonly failedChunks: FailedChunk[];
  /** The chunks that were submitted: a valid handle, possibly with gaps where chunks failed. */
  readonly handle: BatchHandle;
  /** Jobs from this position on (in the input order) were never read or sent. */
  readonly notSubmittedFrom: number;

  constructor(init: { failedChunks: FailedChunk[]; handle: BatchHandle; notSubmittedFrom: number }) {
    const failed = [...init.failedChunks].sort((a, b) => a.index - b.index);
    const first = failed[0];
    if (!first) throw new TypeError("IvvySubmissionError needs at least one failed chunk");
    super(describe(first, failed.length, init.handle, init.notSubmittedFrom), { action: "run", cause: first.cause });
    this.reason = first.reason;
    this.mayHaveRun = failed.some((c) => c.mayHaveRun);
    this.chunk = first;
    this.failedChunks = failed;
    this.handle = init.handle;
    this.notSubmittedFrom = init.notSubmittedFrom;
  }
}

function describe(chunk: FailedChunk, failures: number, handle: BatchHandle, notSubmittedFrom: number): string {
  const name = `chunk ${chunk.index} (jobs ${chunk.start}..${chunk.end - 1}, jobs hash ${chunk.jobsHash.slice(0, 12)})`;
  const why = chunk.cause instanceof Error ? chunk.cause.message : String(chunk.cause);
  const what: Record<ChunkFailureReason, string> = {
    ambiguous:
      `iVvy run of ${name} got no answer (${why}). The request may have reached iVvy, so the chunk may be running: ` +
      `do not resubmit it blindly. Confirm first (its callback arrives, or iVvy shows it), then resubmit with allowResubmit: true if it did not run`,
    rejected: `iVvy rejected the run of ${name}: ${why}. Nothing was stored for this chunk`,
    unsent: `the run of ${name} could not be sent (${why}); nothing reached iVvy`,
    invalid: `${name} is not valid: ${why}`,
    "already-submitted": `${name} was not sent: ${why}`,
    aborted: `submission was aborted before ${name} was sent (${why})`,
  };
  const others = failures > 1 ? ` ${failures - 1} other chunk(s) in flight failed too (error.failedChunks).` : "";
  return (
    `submitAll: ${what[chunk.reason]}.${others} ` +
    `The ${handle.chunks.length} chunk(s) already submitted are in error.handle; jobs from position ${notSubmittedFrom} on were not sent`
  );
}
