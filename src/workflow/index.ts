// `ivvy-batch/workflow`: submit past 200 jobs, wait, collect ordered results, retry failures.
export { submitAll } from "./submit/submit-all.js";
export type { SubmitAllOptions } from "./submit/submit-options.js";
export { waitForAll } from "./wait/wait-for-all.js";
export type { WaitForAllOptions } from "./wait/wait-options.js";
export { collectResults, type CollectResultsOptions } from "./results/collect-results.js";
export { iterateChunkOutcomes, iterateResults, type ChunkOutcomes, type IterateResultsOptions } from "./results/iterate-results.js";
export { retryFailed, type RetryFailedOptions } from "./results/retry-failed.js";
export { mergeOutcomes } from "./results/merge-outcomes.js";
export type { JobFailure, JobOutcome, JobSuccess, SuccessResponse } from "./model/job-outcome.js";
export type { JobSource } from "./model/job-source.js";
export {
  BATCH_HANDLE_VERSION,
  RESULTS_TTL_MS,
  buildBatchHandle,
  parseBatchHandle,
  type BatchHandle,
  type ChunkRef,
} from "./model/batch-handle.js";
export { aggregateProgress, type BatchProgress, type ChunkProgress } from "./model/aggregate-progress.js";
export { createSubmissionLedger, defaultSubmissionLedger, type LedgerClaim, type LedgerEntry, type SubmissionLedger, type SubmissionLedgerOptions } from "./submit/submission-ledger.js";
export { jobsHash } from "./model/jobs-hash.js";
export { canonicalJson } from "../util/canonical-json.js";
export { isErrorEnvelope } from "../contract/is-error-envelope.js";
export type { CallbackRegistrar } from "./model/callback-registrar.js";
export type { WorkflowWarning, WarningListener } from "./model/workflow-warning.js";
export { DEFAULT_EXPIRY_WARNING_MS } from "./model/handle-expiry.js";

export { IvvyDeadlineError } from "./errors/ivvy-deadline-error.js";
export { IvvySubmissionError, type ChunkFailureReason, type FailedChunk } from "./errors/ivvy-submission-error.js";
export { IvvyResultMismatchError } from "./errors/ivvy-result-mismatch-error.js";
export { isIvvyDeadlineError, isIvvyResultMismatchError, isIvvySubmissionError } from "./errors/type-guards.js";
