import type { BatchClient } from "../../client/create-batch-client.js";
import { IvvyResultMismatchError } from "../errors/ivvy-result-mismatch-error.js";
import type { Job, ResultsResponse } from "../../contract/types.js";
import { chunkSize, parseBatchHandle, positionOf, type BatchHandle, type ChunkRef } from "../model/batch-handle.js";
import { classifyResult } from "./classify-result.js";
import { checkExpiry, DEFAULT_EXPIRY_WARNING_MS } from "../model/handle-expiry.js";
import { createJobLookup } from "../model/job-lookup.js";
import type { JobOutcome } from "../model/job-outcome.js";
import type { JobSource } from "../model/job-source.js";
import { resultMismatch } from "./result-mismatch.js";
import type { WarningListener } from "../model/workflow-warning.js";

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
  now?: () => number;
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
  handleInput: BatchHandle,
  options: IterateResultsOptions<J> = {},
): AsyncGenerator<ChunkOutcomes<J>> {
  const config = resolveIterateOptions(options);
  const handle = parseBatchHandle(handleInput, "iterateResults");
  const warning = checkExpiry("iterateResults", handle, config.now(), config.expiryWarningMs);
  if (warning) config.onWarning(warning);
  const lookup = options.jobs === undefined ? undefined : createJobLookup(options.jobs);

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

/** Every job's outcome, in order: iterateChunkOutcomes one outcome at a time. */
export async function* iterateResults<J extends Job = Job>(
  client: BatchClient,
  handle: BatchHandle,
  options: IterateResultsOptions<J> = {},
): AsyncGenerator<JobOutcome<J>> {
  for await (const { outcomes } of iterateChunkOutcomes(client, handle, options)) yield* outcomes;
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

function resolveIterateOptions<J extends Job>(options: IterateResultsOptions<J>) {
  const problem = (message: string) => new TypeError(`iterateResults: ${message}`);
  if (typeof options !== "object" || options === null) throw problem("options must be an object");
  const prefetch = options.prefetch ?? 2;
  if (!Number.isInteger(prefetch) || prefetch < 0) throw problem(`prefetch must be a non-negative integer, not ${String(prefetch)}`);
  const onMismatch = options.onMismatch ?? "throw";
  if (onMismatch !== "throw" && onMismatch !== "flag") throw problem(`onMismatch must be 'throw' or 'flag', not ${String(onMismatch)}`);
  const expiryWarningMs = options.expiryWarningMs ?? DEFAULT_EXPIRY_WARNING_MS;
  if (!(expiryWarningMs >= 0)) throw problem("expiryWarningMs must be a non-negative number of milliseconds");
  if (options.jobs !== undefined && (typeof options.jobs !== "object" || options.jobs === null)) throw problem("jobs must be an array or an (async) iterable");
  return {
    prefetch,
    onMismatch,
    expiryWarningMs,
    signal: options.signal,
    onWarning: options.onWarning ?? (() => {}),
    now: options.now ?? Date.now,
  } as const;
}
