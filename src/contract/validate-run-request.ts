// The rules `batch?action=run` applies to its body, shared by the client (checked before
// anything is sent) and the emulator (checked on receipt), so both give the same code.
// See the x-decision notes in openapi.yaml for the choices the iVvy docs leave open.

import { findNonJsonNumber } from "./find-non-json-number.js";
import { isPlainObject } from "./is-plain-object.js";
import { readNoParameters } from "./no-parameters.js";
import { SpecificCode } from "./specific-codes.js";
import type { RunRequest } from "./types.js";
import { invalid, type ValidationResult } from "./validation-result.js";

export const MAX_JOBS_PER_BATCH = 200;
const JOB_KEYS = ["action", "namespace", "params"];

export function validateRunRequest(body: unknown): ValidationResult<RunRequest> {
  if (!isPlainObject(body)) return invalid(SpecificCode.InvalidParameter, "The request body must be a JSON object");
  const { jobs, callbackUrl } = body;
  // A missing required parameter is named first, as iVvy's exceptions page shows (23017).
  // ivvy-sdk-js 0.0.3's batch.progress() sends {"async": id} to run: say where it belongs.
  if (jobs === undefined) {
    return "async" in body
      ? invalid(
          SpecificCode.MissingParameter,
          "'jobs' is required",
          "'async' is a parameter of batch progress, results, restart and repost, not of run: nothing was stored",
        )
      : invalid(SpecificCode.MissingParameter, "'jobs' is required");
  }
  const unknownKeys = Object.keys(body).filter((k) => k !== "jobs" && k !== "callbackUrl");
  if (unknownKeys.length) {
    return invalid(SpecificCode.InvalidParameter, `'${unknownKeys[0]}' is not a parameter of run`, "run takes jobs and callbackUrl");
  }
  if (!Array.isArray(jobs) || jobs.length === 0) {
    return invalid(SpecificCode.InvalidParameter, "'jobs' does not validate", "Value must be a non-empty array");
  }
  if (jobs.length > MAX_JOBS_PER_BATCH) {
    return invalid(
      SpecificCode.TooManyJobs,
      `The maximum number of jobs can be put on a single request is ${MAX_JOBS_PER_BATCH}`,
      `${jobs.length} jobs were given`,
    );
  }
  // A job's `"params":[]` is no parameters (readNoParameters): checked and stored as `{}`.
  const read = jobs.map((job: unknown) => (isPlainObject(job) && "params" in job ? { ...job, params: readNoParameters(job.params) } : job));
  for (let i = 0; i < read.length; i++) {
    const problem = jobProblem(read[i], i);
    if (problem) return problem;
  }
  if (callbackUrl !== undefined && !isCallbackUrl(callbackUrl)) {
    return invalid(
      SpecificCode.InvalidParameter,
      "'callbackUrl' does not validate",
      "Value must be an absolute http or https URL (RFC 3986: no spaces, a host)",
    );
  }
  return { ok: true, value: { ...body, jobs: read } as RunRequest };
}

function jobProblem(job: unknown, index: number) {
  const format = (why: string) => invalid(SpecificCode.IncorrectJobFormat, "Incorrect Job Format", `jobs[${index}] ${why}`);
  if (!isPlainObject(job)) return format("must be an object with the keys namespace, action and params");
  const keys = Object.keys(job).sort();
  if (keys.length !== JOB_KEYS.length || keys.some((k, i) => k !== JOB_KEYS[i])) {
    return format(`must have exactly the keys namespace, action and params (has ${keys.join(", ") || "none"})`);
  }
  if (typeof job.namespace !== "string") return format("namespace must be a string");
  if (typeof job.action !== "string") return format("action must be a string");
  if (!isPlainObject(job.params)) return format("params must be an object");
  if (job.namespace === "") return invalid(SpecificCode.EmptyJobParameter, "Empty job parameter found", `jobs[${index}].namespace is empty`);
  if (job.action === "") return invalid(SpecificCode.EmptyJobParameter, "Empty job parameter found", `jobs[${index}].action is empty`);
  const number = findNonJsonNumber(job.params);
  if (number) {
    return invalid(
      SpecificCode.InvalidParameter,
      "'params' does not validate",
      `jobs[${index}].params${number.path} is ${number.value}: JSON has no such number (a literal like 1e400 overflows to Infinity); send a finite number or a string`,
    );
  }
  return undefined;
}

// openapi.yaml, the x-decision on callbackUrl: an absolute http(s) URI as sent (RFC 3986
// characters and percent-escapes, scheme in any case, a host), never new URL()'s repair of it
// (which reads `http:example.com` as `http://example.com` and encodes spaces).
const HTTP_URI = /^https?:\/\/[^/?#\s]+(?:[/?#].*)?$/i;
const URI_CHARACTERS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;

/** Whether a callbackUrl is one the contract accepts. */
export function isCallbackUrl(value: unknown): boolean {
  if (typeof value !== "string" || !HTTP_URI.test(value) || !URI_CHARACTERS.test(value)) return false;
  try {
    return new URL(value).hostname !== "";
  } catch {
    return false;
  }
}
