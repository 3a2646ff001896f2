// Checking and triggering callback endpoints: `ivvy-batch trigger callback` and `ivvy-batch check-receiver`.

export { type CallbackToolsOptions, callbackTools } from "./callback-tools.js";
export { type CheckReceiverOptions, checkReceiver, OVERSIZED_BYTES, type ReceiverCheckReport } from "./check-receiver.js";
export type { PostOutcome } from "./post-callback.js";
export { type CheckVerdict, describeOutcome, maskUrl, type ReceiverCheckId, type ReceiverCheckRow, type SentRequest } from "./receiver-check-row.js";
export { type ResultsFromFile, resultsFromJson } from "./results-from-file.js";
export { type RecordedResults, resultsFromHar, resultsInHar } from "./results-from-har.js";
export { failingPositions, type ResultsFromJobsInput, resultsFromJobs } from "./results-from-jobs.js";
export {
  callbackDelivery,
  DEFAULT_MAX_MS,
  randomAsyncId,
  type TriggerCallbackOptions,
  type TriggeredCallback,
  type TriggerReport,
  triggerCallback,
  triggerReport,
} from "./trigger-callback.js";
