export { createEmulator, type Emulator } from "./create-emulator.js";
export type { AuthFailure, CallbackOptions, EmulatorOptions, RequestLogEntry } from "./emulator-options.js";
export {
  DEFAULT_BODY_TIMEOUT_MS,
  DEFAULT_CALLBACKS,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_MAX_BUFFERED_BYTES,
  DEFAULT_MAX_STORED_BYTES_PER_KEY,
  DEFAULT_RETENTION_MS,
} from "./emulator-options.js";
export { DEMO_CREDENTIALS, type EmulatorCredentials } from "./demo-credentials.js";
export { createManualClock, type EmulatorClock, type ManualClock } from "./manual-clock.js";
export { EmulatorJobError, isEmulatorJobError } from "./emulator-job-error.js";
export type { JobContext, JobHandler, JobHandlers } from "./job-handler.js";
export type { Fixture, Fixtures } from "./fixtures.js";
export type { FaultOptions } from "./faults.js";
export type { BatchStatus, BatchView } from "./batch-state.js";
export type { CallbackAttempt, CallbackDelivery, DeliveryReason } from "./callback-delivery.js";
export { DEFAULT_MAX_CONNECTIONS, type ListenOptions } from "./listen.js";
export { DASHBOARD_PATH, type DashboardHandle, type DashboardOptions } from "../dashboard/index.js";
export { INVITE_LINK_BASE } from "./built-in-handlers.js";
