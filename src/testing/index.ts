// `ivvy-batch/testing`: helpers for the tests of code that uses this package.

export { DEMO_CREDENTIALS, type EmulatorCredentials } from "../emulator/options/demo-credentials.js";
export { type BuildCallbackRequestInput, buildCallbackRequest } from "../receiver/testing.js";
export {
  type CallbackToolsOptions,
  type CheckReceiverOptions,
  type CheckVerdict,
  callbackTools,
  checkReceiver,
  type PostOutcome,
  type ReceiverCheckId,
  type ReceiverCheckReport,
  type ReceiverCheckRow,
  resultsFromJobs,
  type TriggerCallbackOptions,
  type TriggeredCallback,
  triggerCallback,
} from "../receiver-check/index.js";
export { type Clock, type ClockTimer, createManualClock, type ManualClock, systemClock } from "../util/clock.js";
