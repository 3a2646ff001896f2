import type { BatchClient } from "../../client/create-batch-client.js";
import type { Job } from "../../contract/types.js";
import type { BatchHandle } from "../model/batch-handle.js";
import type { JobOutcome } from "../model/job-outcome.js";
import { type IterateResultsOptions, outcomesByChunk, resolveIterateOptions } from "./iterate-results.js";

export type CollectResultsOptions<J extends Job = Job> = IterateResultsOptions<J>;

/**
 * Every job's outcome, in the original job order (by `index`). Holds them all: for
 * very large batches, consume iterateResults instead.
 */
export async function collectResults<J extends Job = Job>(
  client: BatchClient,
  handle: BatchHandle,
  options?: CollectResultsOptions<J>,
): Promise<JobOutcome<J>[]> {
  const config = resolveIterateOptions("collectResults", options);
  const all: JobOutcome<J>[] = [];
  for await (const { outcomes } of outcomesByChunk<J>("collectResults", client, handle, config)) {
    for (const outcome of outcomes) all.push(outcome);
  }
  return all;
}
