import type { ResponseFor } from "../../catalog/catalog-types.js";
import type { ErrorEnvelope, Job } from "../../contract/types.js";

/** A job's successful response: the called action's own response body. */
export type { SuccessResponse } from "../../catalog/catalog-types.js";

// The type parameter J is the job type given to collectResults / iterateResults: for
// typed jobs (src/catalog) a success's `response` has the type of that job's action.
interface OutcomeBase<J extends Job> {
  /** The job's position in the original job list. */
  index: number;
  /** The batch (chunk) that ran the job. */
  asyncId: string;
  /** The job, when the jobs were given to collect or iterate the results. */
  job?: J;
  /** Why the result does not match its job, when mismatches are flagged rather than thrown. */
  mismatch?: string;
}

export interface JobSuccess<J extends Job = Job> extends OutcomeBase<J> {
  status: "success";
  response: ResponseFor<J>;
}

export interface JobFailure<J extends Job = Job> extends OutcomeBase<J> {
  status: "failure";
  /** The iVvy error envelope the job's call answered with. */
  error: ErrorEnvelope;
}

/** What became of one job (for a union of job types, one outcome type per job type). */
export type JobOutcome<J extends Job = Job> = J extends Job ? JobSuccess<J> | JobFailure<J> : never;
