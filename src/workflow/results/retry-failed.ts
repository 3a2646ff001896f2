import type { BatchClient } from "../../client/create-batch-client.js";
import type { Job } from "../../contract/types.js";
import { boolean, custom, describeValue, func } from "../../util/options.js";
import { type BatchHandle, buildBatchHandle, parseBatchHandle, positionOf } from "../model/batch-handle.js";
import type { PendingChunk } from "../model/chunk-jobs.js";
import { createJobLookup } from "../model/job-lookup.js";
import type { JobFailure, JobOutcome } from "../model/job-outcome.js";
import { isJobSource, type JobSource } from "../model/job-source.js";
import { submitChunks } from "../submit/submit-chunks.js";
import { resolveSubmitOptions, type SubmitAllOptions } from "../submit/submit-options.js";
import { validateChunk } from "../submit/validate-chunk.js";

export interface RetryFailedOptions extends SubmitAllOptions {
  /** The jobs originally submitted (the same list, or the same stream read again): failed ones are taken from it by position. */
  jobs: JobSource;
  /** Which failures to submit again (default all); e.g. skip validation failures that will fail again. */
  shouldRetry?: (failure: JobFailure) => boolean;
}

const retryShape = {
  jobs: custom<JobSource>((value, fail) => {
    if (value === undefined)
      return fail("is required: the jobs originally submitted (the same list, or the same stream read again), to resubmit failed ones from");
    if (!isJobSource(value)) return fail(`must be an array or an (async) iterable of the jobs originally submitted, not ${describeValue(value)}`);
    return value;
  }),
  shouldRetry: func<(failure: JobFailure) => boolean>({ describe: "(failure) => boolean" }),
  // The results prove each job ran and failed: not the blind retry the ledger guards against.
  allowResubmit: boolean({ default: true }),
};

/**
 * Submits the failed jobs again (only those), and resolves with a new handle whose
 * chunks carry each job's original position (`positions`): its results, from
 * collectResults with the same `jobs`, have the original indexes and merge back with
 * mergeOutcomes. With no failures to retry, the handle is empty and nothing is sent.
 *
 * The ledger is told to allow these chunks (allowResubmit defaults to true here): the
 * results prove each job ran and failed, which is not the blind retry it guards against.
 */
export async function retryFailed(
  client: BatchClient,
  handleInput: BatchHandle,
  outcomes: Iterable<JobOutcome> | AsyncIterable<JobOutcome>,
  options: RetryFailedOptions,
): Promise<BatchHandle> {
  const resolved = resolveSubmitOptions("retryFailed", options, retryShape);
  const handle = parseBatchHandle(handleInput, "retryFailed");
  const shouldRetry = resolved.shouldRetry ?? (() => true);

  const known = new Set<number>();
  for (const chunk of handle.chunks) for (let i = 0; i < chunk.end - chunk.start; i++) known.add(positionOf(chunk, i));
  const positions: number[] = [];
  for await (const outcome of outcomes) {
    if (!known.has(outcome.index)) {
      throw new RangeError(`retryFailed: outcome for job ${outcome.index} is not part of this handle's batch`);
    }
    if (outcome.status === "failure" && shouldRetry(outcome)) positions.push(outcome.index);
  }
  // Ascending, so a streamed job list can be read forwards once.
  positions.sort((a, b) => a - b);
  if (positions.length === 0) return buildBatchHandle(resolved.clock.now(), []);

  const lookup = createJobLookup(resolved.jobs);
  const jobs: Job[] = [];
  for (const position of positions) {
    const job = await lookup.at(position);
    if (job === undefined) throw new RangeError(`retryFailed: the jobs given have no job at position ${position}`);
    jobs.push(job);
  }
  const chunks: PendingChunk[] = [];
  for (let start = 0; start < jobs.length; start += resolved.chunkSize) {
    const end = Math.min(start + resolved.chunkSize, jobs.length);
    chunks.push({ index: chunks.length, start, end, jobs: jobs.slice(start, end), positions: positions.slice(start, end) });
  }
  for (const chunk of chunks) {
    const invalid = validateChunk(chunk, resolved.callbackUrl);
    if (invalid) throw invalid;
  }
  return submitChunks(client, chunks, resolved);
}
