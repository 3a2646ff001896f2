// `ivvy-batch/workflow`: submit past 200 jobs, wait, collect ordered results, retry failures.

export { isErrorEnvelope } from "../contract/is-error-envelope.js";
export { canonicalJson } from "../util/canonical-json.js";
export { IvvyDeadlineError } from "./errors/ivvy-deadline-error.js";
export { IvvyResultMismatchError } from "./errors/ivvy-result-mismatch-error.js";
export { type ChunkFailureReason, type FailedChunk, IvvySubmissionError } from "./errors/ivvy-submission-error.js";
export { isIvvyDeadlineError, isIvvyResultMismatchError, isIvvySubmissionError } from "./errors/type-guards.js";
export { aggregateProgress, type BatchProgress, type ChunkProgress } from "./model/aggregate-progress.js";
export {
  BATCH_HANDLE_VERSION,
  type BatchHandle,
  buildBatchHandle,
  type ChunkRef,
  parseBatchHandle,
  RESULTS_TTL_MS,
} from "./model/batch-handle.js";
export type { CallbackRegistrar } from "./model/callback-registrar.js";
export { DEFAULT_EXPIRY_WARNING_MS } from "./model/handle-expiry.js";
export type { JobFailure, JobOutcome, JobSuccess, SuccessResponse } from "./model/job-outcome.js";
export type { JobSource } from "./model/job-source.js";
export { jobsHash } from "./model/jobs-hash.js";
export type { WarningListener, WorkflowWarning } from "./model/workflow-warning.js";
export { type CollectResultsOptions, collectResults } from "./results/collect-results.js";
export { type ChunkOutcomes, type IterateResultsOptions, iterateChunkOutcomes, iterateResults } from "./results/iterate-results.js";
export { mergeOutcomes } from "./results/merge-outcomes.js";
export { type ReportedFailure, reportedFailure } from "./results/reported-failure.js";
export { type RetryFailedOptions, retryFailed } from "./results/retry-failed.js";
export {
  createSubmissionLedger,
  defaultSubmissionLedger,
  type LedgerClaim,
  type LedgerEntry,
  type SubmissionLedger,
  type SubmissionLedgerOptions,
} from "./submit/submission-ledger.js";
export { submitAll } from "./submit/submit-all.js";
export type { SubmitAllOptions } from "./submit/submit-options.js";
export { waitForAll } from "./wait/wait-for-all.js";
export type { WaitForAllOptions } from "./wait/wait-options.js";
