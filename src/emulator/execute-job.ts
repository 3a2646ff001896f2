// One job, through the fault switch and the handler for its 'namespace.action'. Whatever
// the handler does, the result is a JSON object: its response, or an error envelope.
import type { Job, JobResponse } from "../spec/types.js";
import { deepFreeze } from "./deep-freeze.js";
import { isEmulatorJobError } from "./emulator-job-error.js";
import { envelope } from "./error-envelope.js";
import type { JobContext, JobHandler } from "./job-handler.js";
import { isPlainObject } from "../validation/validation-result.js";

export interface ExecuteJobInput {
  job: Job;
  context: JobContext;
  handler: JobHandler | undefined;
  injectFailure: boolean;
}

export async function executeJob({ job, context, handler, injectFailure }: ExecuteJobInput): Promise<JobResponse> {
  const name = `${job.namespace}.${job.action}`;
  if (injectFailure) return envelope(500, "Internal Server Error", 0, [`Job ${context.index} (${name}) failed by faults.failJobs`]);
  if (!handler) {
    return envelope(404, "Unknown action", 0, [`The emulator has no handler for '${name}': register one with options.handlers or a fixture`]);
  }
  let value: unknown;
  try {
    value = await handler(job.params, context);
  } catch (error) {
    if (isEmulatorJobError(error)) return error.envelope;
    return envelope(500, "Internal Server Error", 0, [`The handler for '${name}' threw: ${error instanceof Error ? error.message : String(error)}`]);
  }
  // A copy through JSON: what is stored is exactly what a client would receive, and a
  // handler cannot change a stored result afterwards by mutating its own object.
  let copy: unknown;
  try {
    copy = JSON.parse(JSON.stringify(value ?? null)) as unknown;
  } catch (error) {
    return envelope(500, "Internal Server Error", 0, [`The handler for '${name}' returned a value that is not JSON: ${(error as Error).message}`]);
  }
  if (!isPlainObject(copy)) return envelope(500, "Internal Server Error", 0, [`The handler for '${name}' must return a JSON object, not ${copy === null ? "null" : Array.isArray(copy) ? "an array" : typeof copy}`]);
  return deepFreeze(copy) as JobResponse;
}
