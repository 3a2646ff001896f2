import type { BatchResult, Job } from "../../contract/types.js";
import { jsonEqual } from "../../util/json-equal.js";

/**
 * Why a result does not answer a job, or undefined when it does. iVvy has no per-job
 * id: results come back in submission order, and their namespace, action and request
 * (the params as submitted) are the only way to check that they line up.
 */
export function resultMismatch(result: BatchResult, job: Job): string | undefined {
  if (result.namespace !== job.namespace || result.action !== job.action) {
    return `the result is for ${result.namespace}.${result.action}, the job is ${job.namespace}.${job.action}`;
  }
  if (!jsonEqual(result.request, job.params)) return `the result's request is not the job's params`;
  return undefined;
}
