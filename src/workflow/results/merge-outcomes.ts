import type { JobOutcome } from "../model/job-outcome.js";

/**
 * The original outcomes with each retried job's outcome put in its place (matched by
 * `index`, the job's original position). Neither input is changed. Throws if a retried
 * outcome names a position the original outcomes do not have: it belongs to another batch.
 */
export function mergeOutcomes(original: readonly JobOutcome[], retried: readonly JobOutcome[]): JobOutcome[] {
  const slot = new Map<number, number>();
  for (const [i, outcome] of original.entries()) slot.set(outcome.index, i);
  const merged = [...original];
  for (const outcome of retried) {
    const at = slot.get(outcome.index);
    if (at === undefined) {
      throw new RangeError(`mergeOutcomes: a retried outcome is for job ${outcome.index}, which is not among the original outcomes`);
    }
    merged[at] = outcome;
  }
  return merged;
}
