// One job, through the fault switch and the handler for its 'namespace.action'. Whatever
// the handler does, the result is a JSON object (its response, or an error envelope), or,
// for an action whose catalogued answer is an array, a JSON array of objects (the
// x-decision on JobResponse in openapi.yaml).

import { answerShapeProblem } from "../../catalog/answers-array.js";
import { envelope } from "../../contract/error-envelope.js";
import type { Job, JobResponse } from "../../contract/types.js";
import { deepFreeze } from "../../util/deep-freeze.js";
import { isEmulatorJobError } from "./emulator-job-error.js";
import type { JobContext, JobHandler } from "./job-handler.js";

export interface ExecuteJobInput {
  job: Job;
  context: JobContext;
  handler: JobHandler | undefined;
  injectFailure: boolean;
  /** Room left under the key's storage limit: a larger response is replaced by `tooLarge`'s envelope. */
  maxBytes?: number;
  tooLarge?: (bytes: number) => JobResponse;
}

/** A job's response, and its size as JSON (what it counts against its key's storage limit). */
export interface ExecutedJob {
  response: JobResponse;
  bytes: number;
}

const sized = (response: JobResponse): ExecutedJob => ({ response, bytes: Buffer.byteLength(JSON.stringify(response)) });

export async function executeJob(input: ExecuteJobInput): Promise<ExecutedJob> {
  const { job, context, handler, injectFailure } = input;
  const name = `${job.namespace}.${job.action}`;
  if (injectFailure) return sized(envelope(500, "Internal Server Error", 0, [`Job ${context.index} (${name}) failed by faults.failJobs`]));
  if (!handler) {
    return sized(envelope(404, "Unknown action", 0, [`The emulator has no handler for '${name}': register one with options.handlers or a fixture`]));
  }
  let value: unknown;
  try {
    value = await handler(job.params, context);
  } catch (error) {
    if (isEmulatorJobError(error)) return sized(error.envelope);
    return sized(envelope(500, "Internal Server Error", 0, [`The handler for '${name}' threw: ${error instanceof Error ? error.message : String(error)}`]));
  }
  // A copy through JSON: what is stored is exactly what a client would receive, and a
  // handler cannot change a stored result afterwards by mutating its own object.
  let json: string | undefined;
  try {
    json = JSON.stringify(value ?? null) as string | undefined;
  } catch (error) {
    return sized(envelope(500, "Internal Server Error", 0, [`The handler for '${name}' returned a value that is not JSON: ${(error as Error).message}`]));
  }
  if (json === undefined)
    return sized(envelope(500, "Internal Server Error", 0, [`The handler for '${name}' must return ${answerShapeProblem(job.namespace, job.action, value)}`]));
  const bytes = Buffer.byteLength(json);
  // Checked before the copy is made: an answer too large to keep is never held twice.
  if (input.maxBytes !== undefined && bytes > input.maxBytes && input.tooLarge) return sized(input.tooLarge(bytes));
  const copy = JSON.parse(json) as unknown;
  const problem = answerShapeProblem(job.namespace, job.action, copy);
  if (problem) return sized(envelope(500, "Internal Server Error", 0, [`The handler for '${name}' must return ${problem}`]));
  return { response: deepFreeze(copy) as JobResponse, bytes };
}
