import type { BatchClient } from "../client/create-batch-client.js";
import { defaultRetryOptions, retryDelayMs } from "../client/retry-policy.js";
import { IvvySubmissionError, type FailedChunk } from "../errors/ivvy-submission-error.js";
import { isIvvyApiError } from "../errors/type-guards.js";
import { buildBatchHandle, type BatchHandle, type ChunkRef } from "./batch-handle.js";
import type { PendingChunk } from "./chunk-jobs.js";
import { classifyRunFailure } from "./classify-run-failure.js";
import { forEachConcurrent } from "./for-each-concurrent.js";
import { jobsHash } from "./jobs-hash.js";
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
  const { ledger, signal } = options;
  const createdAt = options.now();
  const submitted: ChunkRef[] = [];
  const failures: FailedChunk[] = [];
  // Identical chunks inside one call are what the caller asked for; the ledger guards
  // against the same chunks coming back in a later call (a blind retry).
  const ownHashes = new Set<string>();
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
    const invalid = validateChunk(chunk, options.callbackUrl);
    if (invalid) return fail(chunk, hash, { reason: "invalid", mayHaveRun: false, cause: invalid });

    const prior = ownHashes.has(hash) ? undefined : await ledger.get(hash);
    if (prior && !options.allowResubmit) {
      return fail(chunk, hash, { reason: "already-submitted", mayHaveRun: true, cause: new Error(describePrior(prior)) });
    }
    ownHashes.add(hash);
    await ledger.set(hash, { state: "in-flight", at: options.now() });

    let callbackUrl = options.callbackUrl;
    let token: string | undefined;
    try {
      if (options.callbacks) ({ callbackUrl, token } = await options.callbacks.issueCallbackUrl());
    } catch (error) {
      await restore(hash, prior);
      return fail(chunk, hash, { reason: "unsent", mayHaveRun: false, cause: error });
    }

    let asyncId: string;
    for (let attempt = 0; ; attempt++) {
      try {
        sent++;
        ({ asyncId } = await client.run(chunk.jobs, { callbackUrl, signal, validateParams: options.validateParams }));
        break;
      } catch (error) {
        const failure = classifyRunFailure(error, signal?.aborted ?? false);
        if (failure.retryable && attempt < options.runRetries && !signal?.aborted) {
          const retryAfter = isIvvyApiError(error) ? error.retryAfterSeconds : undefined;
          try {
            await options.sleep(retryDelayMs(attempt, defaultRetryOptions, Math.random, retryAfter), signal);
            continue;
          } catch (abortReason) {
            await restore(hash, prior);
            return fail(chunk, hash, { reason: "aborted", mayHaveRun: false, cause: abortReason });
          }
        }
        if (failure.mayHaveRun) await ledger.set(hash, { state: "ambiguous", at: options.now() });
        else await restore(hash, prior);
        return fail(chunk, hash, { reason: failure.reason, mayHaveRun: failure.mayHaveRun, cause: error });
      }
    }

    await ledger.set(hash, { state: "submitted", asyncId, at: options.now() });
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

  // A definite failure means nothing was stored: put back what the ledger knew before.
  async function restore(hash: string, prior: LedgerEntry | undefined) {
    if (prior) await ledger.set(hash, prior);
    else await ledger.delete(hash);
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
