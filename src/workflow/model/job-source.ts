import type { Job } from "../../contract/types.js";

/**
 * Jobs as an array, or any iterable or async iterable (a generator, a stream of parsed
 * lines), so inputs far larger than memory can be submitted and checked.
 */
export type JobSource<J extends Job = Job> = readonly J[] | Iterable<J> | AsyncIterable<J>;

export function isJobSource(value: unknown): value is JobSource {
  return (
    typeof value === "object" &&
    value !== null &&
    (typeof (value as Iterable<Job>)[Symbol.iterator] === "function" || typeof (value as AsyncIterable<Job>)[Symbol.asyncIterator] === "function")
  );
}

/** The source as an async iterable (arrays and sync iterables are wrapped, not copied). */
export async function* iterateJobSource(source: JobSource): AsyncGenerator<Job> {
  yield* source as AsyncIterable<Job>;
}
