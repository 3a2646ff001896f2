import type { BatchClient } from "../../client/create-batch-client.js";
import type { Job, ResultsResponse } from "../../contract/types.js";
import { type Clock, clockOption, RETIRED_FOR_CLOCK } from "../../util/clock.js";
import { abortSignal, checkOptions, custom, describeValue, func, integer, number, oneOf, refuseRetired } from "../../util/options.js";
import { IvvyResultMismatchError } from "../errors/ivvy-result-mismatch-error.js";
import { type BatchHandle, type ChunkRef, chunkSize, parseBatchHandle, positionOf } from "../model/batch-handle.js";
import { checkExpiry, DEFAULT_EXPIRY_WARNING_MS } from "../model/handle-expiry.js";
import { createJobLookup } from "../model/job-lookup.js";
import type { JobOutcome } from "../model/job-outcome.js";
import { isJobSource, type JobSource } from "../model/job-source.js";
import type { WarningListener } from "../model/workflow-warning.js";
import { classifyResult } from "./classify-result.js";
import { resultMismatch } from "./result-mismatch.js";

export interface IterateResultsOptions<J extends Job = Job> {
  /**
   * The jobs that were submitted (the same list, or the same stream read again). When
   * given, every result is checked against its job and outcomes carry the job (and, for
   * typed jobs, the response type of the job's action).
   */
  jobs?: JobSource<J>;
  /** On a result that does not match its job: throw IvvyResultMismatchError (default) or flag it on the outcome. */
  onMismatch?: "throw" | "flag";
  /** Chunks whose results are fetched ahead of the one being consumed (default 2; 0 fetches one at a time). */
  prefetch?: number;
  signal?: AbortSignal;
  /** Warn through onWarning when the handle expires within this many ms (default 6 h). */
  expiryWarningMs?: number;
  onWarning?: WarningListener;
  /** What the handle's expiry is read against (default: systemClock). */
  clock?: Clock;
}

/** One chunk's outcomes, in job order. */
export interface ChunkOutcomes<J extends Job = Job> {
  chunk: ChunkRef;
  outcomes: JobOutcome<J>[];
}

/**
 * The outcomes of every chunk of a completed batch, chunk by chunk in order, fetching
 * at most `prefetch + 1` chunks' results at a time: memory holds a few chunks, not the
 * batch. Throws what the client throws (24114 if a chunk is not complete: waitForAll
 * first) and IvvyResultMismatchError when a chunk's result count is wrong or (with
 * `jobs`) a result does not answer its job.
 */
export async function* iterateChunkOutcomes<J extends Job = Job>(
  client: BatchClient,
  handle: BatchHandle,
  options?: IterateResultsOptions<J>,
): AsyncGenerator<ChunkOutcomes<J>> {
  yield* outcomesByChunk<J>("iterateChunkOutcomes", client, handle, resolveIterateOptions("iterateChunkOutcomes", options));
}

/** Every job's outcome, in order: iterateChunkOutcomes one outcome at a time. */
export async function* iterateResults<J extends Job = Job>(
  client: BatchClient,
  handle: BatchHandle,
  options?: IterateResultsOptions<J>,
): AsyncGenerator<JobOutcome<J>> {
  const config = resolveIterateOptions("iterateResults", options);
  for await (const { outcomes } of outcomesByChunk<J>("iterateResults", client, handle, config)) yield* outcomes;
}

/** iterateChunkOutcomes with its options checked by `caller`. */
export async function* outcomesByChunk<J extends Job>(
  caller: string,
  client: BatchClient,
  handleInput: BatchHandle,
  config: ResolvedIterateOptions,
): AsyncGenerator<ChunkOutcomes<J>> {
  const handle = parseBatchHandle(handleInput, caller);
  const warning = checkExpiry(caller, handle, config.clock.now(), config.expiryWarningMs);
  if (warning) config.onWarning(warning);
  const lookup = config.jobs === undefined ? undefined : createJobLookup(config.jobs);

  // Fetches ahead are cancelled if the consumer stops early (break, throw).
  const stop = new AbortController();
  const signal = config.signal ? AbortSignal.any([config.signal, stop.signal]) : stop.signal;
  const queue: Promise<ResultsResponse>[] = [];
  let nextToFetch = 0;
  const fill = () => {
    while (nextToFetch < handle.chunks.length && queue.length <= config.prefetch) {
      const fetched = client.results(handle.chunks[nextToFetch++]!.asyncId, { signal });
      // Awaited in turn below; this keeps a rejection that comes before then from
      // being reported as unhandled.
      fetched.catch(() => {});
      queue.push(fetched);
    }
  };
  try {
    for (const chunk of handle.chunks) {
      fill();
      const response = await queue.shift()!;
      fill();
      // The outcomes carry the jobs given (checked against each result), so they are J's.
      yield { chunk, outcomes: (await chunkOutcomes(chunk, response, lookup, config.onMismatch)) as JobOutcome<J>[] };
    }
  } finally {
    stop.abort();
  }
}

async function chunkOutcomes(
  chunk: ChunkRef,
  response: ResultsResponse,
  lookup: ReturnType<typeof createJobLookup> | undefined,
  onMismatch: "throw" | "flag",
): Promise<JobOutcome[]> {
  const { results } = response;
  if (response.asyncId !== chunk.asyncId) {
    throw new IvvyResultMismatchError({ chunkIndex: chunk.index, asyncId: chunk.asyncId, reason: `the results are for batch ${response.asyncId}` });
  }
  // A count that differs cannot be lined up by position at all, so it always throws.
  if (results.length !== chunkSize(chunk)) {
    throw new IvvyResultMismatchError({
      chunkIndex: chunk.index,
      asyncId: chunk.asyncId,
      reason: `${results.length} results for a chunk of ${chunkSize(chunk)} jobs`,
    });
  }
  const outcomes: JobOutcome[] = new Array(results.length);
  for (let i = 0; i < results.length; i++) {
    const index = positionOf(chunk, i);
    const result = results[i]!;
    let job: Job | undefined;
    let mismatch: string | undefined;
    if (lookup) {
      job = await lookup.at(index);
      mismatch = job === undefined ? "there is no job at this position in the jobs given" : resultMismatch(result, job);
      if (mismatch !== undefined && onMismatch === "throw") {
        throw new IvvyResultMismatchError({ chunkIndex: chunk.index, asyncId: chunk.asyncId, position: index, reason: mismatch });
      }
    }
    outcomes[i] = classifyResult(result, { index, asyncId: chunk.asyncId, job, mismatch });
  }
  return outcomes;
}

const shape = {
  jobs: custom<JobSource | undefined>((value, fail) => {
    if (value === undefined || isJobSource(value)) return value;
    return fail(`must be an array or an (async) iterable of the jobs submitted, not ${describeValue(value)}`);
  }),
  onMismatch: oneOf(["throw", "flag"], { default: "throw" }),
  prefetch: integer({ min: 0, default: 2 }),
  signal: abortSignal(),
  expiryWarningMs: number({ min: 0, unit: "ms", default: DEFAULT_EXPIRY_WARNING_MS }),
  onWarning: func<WarningListener, WarningListener>({ describe: "(warning) => void", default: () => {} }),
  clock: clockOption(),
};

export type ResolvedIterateOptions = ReturnType<typeof resolveIterateOptions>;

/** Checks the options of iterateResults, iterateChunkOutcomes and collectResults, naming `caller`. */
export function resolveIterateOptions(caller: string, options: IterateResultsOptions<Job> | undefined) {
  refuseRetired(caller, options, RETIRED_FOR_CLOCK);
  return checkOptions(caller, options, shape);
}
