import type { BatchResult, Job } from "../spec/types.js";
import { isErrorEnvelope } from "../spec/is-error-envelope.js";
import type { JobOutcome, SuccessResponse } from "./job-outcome.js";

/** A job's outcome from its result: failure when the response is an error envelope. */
export function classifyResult(result: BatchResult, at: { index: number; asyncId: string; job?: Job; mismatch?: string }): JobOutcome {
  const base = {
    index: at.index,
    asyncId: at.asyncId,
    ...(at.job === undefined ? {} : { job: at.job }),
    ...(at.mismatch === undefined ? {} : { mismatch: at.mismatch }),
  };
  return isErrorEnvelope(result.response)
    ? { ...base, status: "failure", error: result.response }
    : { ...base, status: "success", response: result.response as SuccessResponse };
}
