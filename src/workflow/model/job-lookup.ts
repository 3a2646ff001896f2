import type { Job } from "../../contract/types.js";
import { iterateJobSource, type JobSource } from "./job-source.js";

/** Finds the job at a position in the original list. */
export interface JobLookup {
  at(position: number): Promise<Job | undefined>;
}

/**
 * Random access over an array; over a stream, a forward-only cursor, so that results
 * can be checked against a job list that is itself streamed (the same file read
 * again) without holding it. Positions must then be asked for in increasing order,
 * which is the order iterateResults walks a handle in.
 */
export function createJobLookup(source: JobSource): JobLookup {
  if (Array.isArray(source)) {
    const jobs = source as readonly Job[];
    return { at: async (position) => jobs[position] };
  }
  const iterator = iterateJobSource(source);
  let next = 0;
  let ended = false;
  return {
    async at(position) {
      if (position < next) {
        throw new TypeError(`jobs: position ${position} was asked for after ${next - 1}; a streamed job list can only be read forwards (pass an array)`);
      }
      while (!ended) {
        const step = await iterator.next();
        if (step.done) {
          ended = true;
          break;
        }
        if (next++ === position) return step.value;
      }
      return undefined;
    },
  };
}
