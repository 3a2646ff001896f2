import type { BatchResult, ErrorEnvelope, Job } from "../spec/types.js";

/** A job's successful response: the called action's own response body. */
export type SuccessResponse = Exclude<BatchResult["response"], ErrorEnvelope>;

interface OutcomeBase {
  /** The job's position in the original job list. */
  index: number;
  /** The batch (chunk) that ran the job. */
  asyncId: string;
  /** The job, when the jobs were given to collect or iterate the results. */
  job?: Job;
  /** Why the result does not match its job, when mismatches are flagged rather than thrown. */
  mismatch?: string;
}

export interface JobSuccess extends OutcomeBase {
  status: "success";
  response: SuccessResponse;
}

export interface JobFailure extends OutcomeBase {
  status: "failure";
  /** The iVvy error envelope the job's call answered with. */
  error: ErrorEnvelope;
}

/** What became of one job. */
export type JobOutcome = JobSuccess | JobFailure;
