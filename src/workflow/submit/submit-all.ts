import type { BatchClient } from "../../client/create-batch-client.js";
import { SpecificCode } from "../../contract/specific-codes.js";
import type { Job } from "../../contract/types.js";
import { IvvyValidationError } from "../../errors/ivvy-validation-error.js";
import type { BatchHandle } from "../model/batch-handle.js";
import { chunkArray, chunkJobs, type PendingChunk } from "../model/chunk-jobs.js";
import { isJobSource, type JobSource } from "../model/job-source.js";
import { submitChunks } from "./submit-chunks.js";
import { resolveSubmitOptions, type SubmitAllOptions } from "./submit-options.js";
import { validateChunk } from "./validate-chunk.js";

/**
 * Submits any number of jobs as iVvy batches of at most `chunkSize` (200) jobs, with at
 * most `concurrency` runs in flight, and resolves with a handle: plain JSON that can be
 * stored and given to waitForAll / collectResults in this process or another.
 *
 * An array is validated whole before anything is sent (IvvyValidationError naming the
 * job). A streamed source is read lazily and each chunk validated before it is sent.
 * Once a run has been sent, a failure throws IvvySubmissionError with the handle of the
 * chunks submitted; `mayHaveRun` says whether a failed chunk may be running anyway.
 * A run is never sent twice, except after a 429 (nothing was stored).
 */
export async function submitAll(client: BatchClient, jobs: JobSource, options?: SubmitAllOptions): Promise<BatchHandle> {
  const resolved = resolveSubmitOptions("submitAll", options);
  if (!isJobSource(jobs)) throw new TypeError("submitAll: jobs must be an array, an iterable or an async iterable of jobs");
  resolved.signal?.throwIfAborted();
  if (Array.isArray(jobs)) {
    const chunks = chunkArray(jobs as readonly Job[], resolved.chunkSize);
    if (chunks.length === 0) throw noJobs();
    for (const chunk of chunks) {
      const invalid = validateChunk(chunk, resolved.callbackUrl);
      if (invalid) throw invalid;
    }
    // The client's own check (e.g. the catalog's), on the whole list before anything is
    // sent, so that its error names the job's place in the caller's list.
    if (resolved.validateParams && client.checkJobs) {
      const invalid = await client.checkJobs(jobs as readonly Job[], { action: "submitAll" });
      if (invalid) throw invalid;
    }
    return submitChunks(client, chunks, resolved);
  }
  return submitChunks(client, nonEmpty(chunkJobs(jobs, resolved.chunkSize)), resolved);
}

async function* nonEmpty(chunks: AsyncIterable<PendingChunk>): AsyncGenerator<PendingChunk> {
  let any = false;
  for await (const chunk of chunks) {
    any = true;
    yield chunk;
  }
  if (!any) throw noJobs();
}

// run rejects an empty job list (23016); an empty input is more likely a bug upstream
// (an empty file, a filter that dropped everything) than a wish to submit nothing.
const noJobs = () =>
  new IvvyValidationError({
    action: "run",
    specificCode: SpecificCode.InvalidParameter,
    message: "'jobs' does not validate",
    additionalMessages: ["submitAll was given no jobs"],
  });
