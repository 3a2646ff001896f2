// `ivvy-batch/testing`: helpers for the tests of code that uses this package.
export { buildCallbackRequest, type BuildCallbackRequestInput } from "../receiver/testing.js";
export { createManualClock, systemClock, type Clock, type ClockTimer, type ManualClock } from "../util/clock.js";
export { DEMO_CREDENTIALS, type EmulatorCredentials } from "../emulator/options/demo-credentials.js";
