import { readJobErrorEnvelope } from "../../contract/is-error-envelope.js";
import type { BatchResult, Job } from "../../contract/types.js";
import type { JobOutcome, SuccessResponse } from "../model/job-outcome.js";

/** A job's outcome from its result: failure when the response is an error envelope. */
export function classifyResult(result: BatchResult, at: { index: number; asyncId: string; job?: Job; mismatch?: string }): JobOutcome {
  const base = {
    index: at.index,
    asyncId: at.asyncId,
    ...(at.job === undefined ? {} : { job: at.job }),
    ...(at.mismatch === undefined ? {} : { mismatch: at.mismatch }),
  };
  const error = readJobErrorEnvelope(result.response);
  return error ? { ...base, status: "failure", error } : { ...base, status: "success", response: result.response as SuccessResponse };
}
