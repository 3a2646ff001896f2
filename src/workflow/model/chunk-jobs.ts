import type { Job } from "../../contract/types.js";
import { iterateJobSource, type JobSource } from "./job-source.js";

/** A chunk read from the input, not yet submitted. */
export interface PendingChunk {
  index: number;
  /** Position of the first job in the input (inclusive). */
  start: number;
  /** End of the job range (exclusive). */
  end: number;
  jobs: Job[];
  /** Original positions of the jobs when they are not start..end (retryFailed). */
  positions?: number[];
}

/** Splits an array into chunks of at most `size` jobs (the last may be shorter). */
export function chunkArray(jobs: readonly Job[], size: number): PendingChunk[] {
  const chunks: PendingChunk[] = [];
  for (let start = 0; start < jobs.length; start += size) {
    const end = Math.min(start + size, jobs.length);
    chunks.push({ index: chunks.length, start, end, jobs: jobs.slice(start, end) });
  }
  return chunks;
}

/**
 * Splits any job source into chunks of at most `size` jobs, reading it lazily: only
 * the chunk being built is held, so a streamed input never sits in memory whole.
 */
export async function* chunkJobs(source: JobSource, size: number): AsyncGenerator<PendingChunk> {
  if (Array.isArray(source)) {
    yield* chunkArray(source, size);
    return;
  }
  let index = 0;
  let start = 0;
  let jobs: Job[] = [];
  for await (const job of iterateJobSource(source)) {
    jobs.push(job);
    if (jobs.length === size) {
      yield { index: index++, start, end: start + size, jobs };
      start += size;
      jobs = [];
    }
  }
  if (jobs.length > 0) yield { index, start, end: start + jobs.length, jobs };
}
