import type { BatchClient } from "../client/create-batch-client.js";
import type { BatchHandle } from "./batch-handle.js";
import { iterateChunkOutcomes, type IterateResultsOptions } from "./iterate-results.js";
import type { JobOutcome } from "./job-outcome.js";

export type CollectResultsOptions = IterateResultsOptions;

/**
 * Every job's outcome, in the original job order (by `index`). Holds them all: for
 * very large batches, consume iterateResults instead.
 */
export async function collectResults(client: BatchClient, handle: BatchHandle, options: CollectResultsOptions = {}): Promise<JobOutcome[]> {
  const all: JobOutcome[] = [];
  for await (const { outcomes } of iterateChunkOutcomes(client, handle, options)) {
    for (const outcome of outcomes) all.push(outcome);
  }
  return all;
}
