import type { BatchClient } from "../../client/create-batch-client.js";
import { defaultRetryOptions, retryDelayMs } from "../../client/retry-policy.js";
import { isIvvyApiError } from "../../errors/type-guards.js";
import { sleep } from "../../util/clock.js";
import { forEachConcurrent } from "../../util/for-each-concurrent.js";
import { type FailedChunk, IvvySubmissionError } from "../errors/ivvy-submission-error.js";
import { type BatchHandle, buildBatchHandle, type ChunkRef } from "../model/batch-handle.js";
import type { PendingChunk } from "../model/chunk-jobs.js";
import { jobsHash } from "../model/jobs-hash.js";
import { classifyRunFailure } from "./classify-run-failure.js";
import type { LedgerEntry } from "./submission-ledger.js";
import type { ResolvedSubmitOptions } from "./submit-options.js";
import { validateChunk } from "./validate-chunk.js";

/**
 * Submits chunks with bounded concurrency and returns the handle of all of them, or
 * throws: the first chunk's own error when nothing at all was sent, else an
 * IvvySubmissionError carrying the handle of what was submitted. Shared by submitAll
 * and retryFailed.
 */
export async function submitChunks(
  client: BatchClient,
  chunks: Iterable<PendingChunk> | AsyncIterable<PendingChunk>,
  options: ResolvedSubmitOptions,
): Promise<BatchHandle> {
  const { ledger, signal, stopSignal } = options;
  const createdAt = options.clock.now();
  const submitted: ChunkRef[] = [];
  const failures: FailedChunk[] = [];
  // Identical chunks inside one call are what the caller asked for; the ledger guards
  // against the same chunks coming back in another call (a blind retry, a race). The
  // call claims each hash once and settles its entry when its last copy is done.
  const owned = new Map<string, OwnedHash>();
  let submittedJobs = 0;
  let sent = 0;
  let readEnd = 0;

  const fail = (chunk: PendingChunk, hash: string, failure: Omit<FailedChunk, "index" | "start" | "end" | "jobsHash">) => {
    failures.push({ index: chunk.index, start: chunk.start, end: chunk.end, jobsHash: hash, ...positionsOf(chunk), ...failure });
  };

  async function submitOne(chunk: PendingChunk): Promise<void> {
    readEnd = Math.max(readEnd, chunk.end);
    const hash = jobsHash(chunk.jobs);
    if (signal?.aborted) return fail(chunk, hash, { reason: "aborted", mayHaveRun: false, cause: signal.reason });
    if (stopSignal?.aborted) return fail(chunk, hash, { reason: "aborted", mayHaveRun: false, cause: stopSignal.reason });
    const invalid = validateChunk(chunk, options.callbackUrl);
    if (invalid) return fail(chunk, hash, { reason: "invalid", mayHaveRun: false, cause: invalid });

    // Registered before the first await, so an identical chunk of this call running
    // alongside waits on the same claim instead of racing it.
    let own = owned.get(hash);
    if (!own) {
      own = { pending: 0, prior: undefined, outcome: undefined, claim: Promise.resolve(undefined) };
      own.claim = claimHash(hash, own);
      owned.set(hash, own);
    }
    own.pending++;
    let refusedBy: LedgerEntry | undefined;
    try {
      refusedBy = await own.claim;
    } catch (error) {
      // The ledger's store failed: nothing was sent. Whatever it recorded stays, which
      // at worst refuses this chunk later (never sends it twice).
      own.pending--;
      return fail(chunk, hash, { reason: "unsent", mayHaveRun: false, cause: error });
    }
    if (refusedBy) {
      own.pending--;
      return fail(chunk, hash, { reason: "already-submitted", mayHaveRun: true, cause: new Error(describePrior(refusedBy)) });
    }
    const settle = (outcome: "submitted" | "ambiguous" | "none", entry?: LedgerEntry) => settleOwned(hash, own, outcome, entry);

    let callbackUrl = options.callbackUrl;
    let token: string | undefined;
    try {
      if (options.callbacks) ({ callbackUrl, token } = await options.callbacks.issueCallbackUrl());
    } catch (error) {
      await settle("none");
      return fail(chunk, hash, { reason: "unsent", mayHaveRun: false, cause: error });
    }

    let asyncId: string;
    for (let attempt = 0; ; attempt++) {
      try {
        sent++;
        ({ asyncId } = await client.run(chunk.jobs, { callbackUrl, signal, validateParams: options.validateParams }));
        break;
      } catch (error) {
        const failure = classifyRunFailure(error);
        if (failure.retryable && attempt < options.runRetries && !signal?.aborted && !stopSignal?.aborted) {
          const retryAfter = isIvvyApiError(error) ? error.retryAfterSeconds : undefined;
          try {
            await sleep(options.clock, retryDelayMs(attempt, defaultRetryOptions, Math.random, retryAfter), signal);
            continue;
          } catch (abortReason) {
            await settle("none");
            return fail(chunk, hash, { reason: "aborted", mayHaveRun: false, cause: abortReason });
          }
        }
        await settle(failure.mayHaveRun ? "ambiguous" : "none");
        return fail(chunk, hash, { reason: failure.reason, mayHaveRun: failure.mayHaveRun, cause: error });
      }
    }

    await settle("submitted", { state: "submitted", asyncId, at: options.clock.now() });
    const ref: ChunkRef = { index: chunk.index, asyncId, start: chunk.start, end: chunk.end, jobsHash: hash, ...positionsOf(chunk) };
    submitted.push(ref);
    submittedJobs += chunk.end - chunk.start;
    if (options.callbacks && token !== undefined) {
      try {
        await options.callbacks.bind(token, asyncId);
      } catch (error) {
        // The chunk is stored and running, so it stays in the handle. A receiver may
        // refuse its callback without the binding; waitForAll then polls it after
        // callbackGraceMs.
        options.onWarning({
          code: "callback-bind-failed",
          chunkIndex: chunk.index,
          message: `submitAll: binding chunk ${chunk.index}'s callback token to ${asyncId} failed (${String(error)}); its completion will be found by polling`,
        });
      }
    }
    options.onChunkSubmitted?.(ref, { chunks: submitted.length, jobs: submittedJobs });
  }

  // Claimed before anything is sent, in one step: of two calls racing on a chunk, only
  // one gets past this (docs/workflows.md, "The submission ledger"). Resolves with the entry that refused it.
  async function claimHash(hash: string, own: OwnedHash): Promise<LedgerEntry | undefined> {
    const claim = await ledger.claim(hash, options.clock.now());
    if (claim.claimed) return undefined;
    if (!options.allowResubmit) return claim.existing;
    own.prior = claim.existing;
    await ledger.set(hash, { state: "in-flight", at: options.clock.now() });
    return undefined;
  }

  // What the ledger keeps once a copy of a chunk is done: a submitted copy's entry stays,
  // an ambiguous one's unless another copy was submitted; when the last copy has failed
  // definitely (nothing was stored), what the ledger knew before is put back.
  async function settleOwned(hash: string, own: OwnedHash, outcome: "submitted" | "ambiguous" | "none", entry?: LedgerEntry) {
    own.pending--;
    if (outcome === "submitted") {
      own.outcome = "submitted";
      await ledger.set(hash, entry!);
    } else if (outcome === "ambiguous" && own.outcome !== "submitted") {
      own.outcome = "ambiguous";
      await ledger.set(hash, { state: "ambiguous", at: options.clock.now() });
    } else if (outcome === "none" && own.pending === 0 && own.outcome === undefined) {
      if (own.prior) await ledger.set(hash, own.prior);
      else await ledger.delete(hash);
    }
  }

  await forEachConcurrent(chunks, options.concurrency, submitOne, () => failures.length > 0);

  const handle = buildBatchHandle(createdAt, submitted);
  const first = [...failures].sort((a, b) => a.index - b.index)[0];
  if (!first) return handle;
  // Nothing was sent (an invalid or refused first chunk, an early abort): the plain
  // cause says it best, and there is no partial batch to hand back.
  if (sent === 0 && submitted.length === 0 && failures.length === 1 && (first.reason === "invalid" || first.reason === "aborted")) {
    throw first.cause;
  }
  throw new IvvySubmissionError({ failedChunks: failures, handle, notSubmittedFrom: readEnd });
}

/** This call's hold on one jobs hash, shared by identical chunks in the call. */
interface OwnedHash {
  /** Copies of the chunk claimed and not yet done. */
  pending: number;
  /** The entry before this call took it over (allowResubmit), put back if nothing was stored. */
  prior: LedgerEntry | undefined;
  /** The strongest outcome of a copy so far. */
  outcome: "submitted" | "ambiguous" | undefined;
  /** The ledger claim, shared by every copy: resolves with the entry that refused it, if one did. */
  claim: Promise<LedgerEntry | undefined>;
}

const positionsOf = (chunk: PendingChunk) => (chunk.positions ? { positions: chunk.positions } : {});

function describePrior(prior: LedgerEntry): string {
  const at = new Date(prior.at).toISOString();
  const how =
    prior.state === "submitted"
      ? `an identical chunk (same jobs hash) was submitted in this process at ${at} as batch ${prior.asyncId}`
      : prior.state === "ambiguous"
        ? `an identical chunk (same jobs hash) was sent in this process at ${at} and got no answer, so it may be running`
        : `an identical chunk (same jobs hash) is being submitted in this process since ${at}`;
  return `${how}; pass allowResubmit: true to submit it again once you know that is what you want`;
}
