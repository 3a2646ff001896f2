// `ivvy-batch/workflow`: submit past 200 jobs, wait, collect ordered results, retry failures.
export { submitAll } from "./submit-all.js";
export type { SubmitAllOptions } from "./submit-options.js";
export { waitForAll } from "./wait-for-all.js";
export type { WaitForAllOptions } from "./wait-options.js";
export { collectResults, type CollectResultsOptions } from "./collect-results.js";
export { iterateChunkOutcomes, iterateResults, type ChunkOutcomes, type IterateResultsOptions } from "./iterate-results.js";
export { retryFailed, type RetryFailedOptions } from "./retry-failed.js";
export { mergeOutcomes } from "./merge-outcomes.js";
export type { JobFailure, JobOutcome, JobSuccess, SuccessResponse } from "./job-outcome.js";
export type { JobSource } from "./job-source.js";
export {
  BATCH_HANDLE_VERSION,
  RESULTS_TTL_MS,
  buildBatchHandle,
  parseBatchHandle,
  type BatchHandle,
  type ChunkRef,
} from "./batch-handle.js";
export { aggregateProgress, type BatchProgress, type ChunkProgress } from "./aggregate-progress.js";
export { createSubmissionLedger, defaultSubmissionLedger, type LedgerClaim, type LedgerEntry, type SubmissionLedger, type SubmissionLedgerOptions } from "./submission-ledger.js";
export { jobsHash } from "./jobs-hash.js";
export { canonicalJson } from "./canonical-json.js";
export { isErrorEnvelope } from "../spec/is-error-envelope.js";
export type { CallbackRegistrar } from "./callback-registrar.js";
export type { WorkflowWarning, WarningListener } from "./workflow-warning.js";
export { DEFAULT_EXPIRY_WARNING_MS } from "./handle-expiry.js";

export { IvvyDeadlineError } from "../errors/ivvy-deadline-error.js";
export { IvvySubmissionError, type ChunkFailureReason, type FailedChunk } from "../errors/ivvy-submission-error.js";
export { IvvyResultMismatchError } from "../errors/ivvy-result-mismatch-error.js";
export { isIvvyDeadlineError, isIvvyResultMismatchError, isIvvySubmissionError } from "../errors/workflow-type-guards.js";
