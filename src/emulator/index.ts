export { type Clock, type ClockTimer, createManualClock, type ManualClock, systemClock } from "../util/clock.js";
export type { BatchProgress, BatchStatus, BatchView } from "./batches/batch-state.js";
export type { CallbackAttempt, CallbackDelivery, DeliveryReason } from "./callbacks/callback-delivery.js";
export { createEmulator, type Emulator } from "./create-emulator.js";
export {
  type CallbackToolsCheckInput,
  type CallbackToolsTriggerInput,
  DASHBOARD_PATH,
  type DashboardCallbackTools,
  type DashboardHandle,
  type DashboardOptions,
} from "./dashboard/index.js";
export type { EmulatorOptions } from "./emulator-options.js";
export {
  DEFAULT_CONNECTIONS_CHECKING_INTERVAL_MS,
  DEFAULT_HEADERS_TIMEOUT_MS,
  DEFAULT_KEEP_ALIVE_TIMEOUT_MS,
  type ListenOptions,
} from "./http/listen.js";
export { INVITE_LINK_BASE } from "./jobs/built-in-handlers.js";
export { EmulatorJobError, isEmulatorJobError } from "./jobs/emulator-job-error.js";
export type { Fixture, Fixtures } from "./jobs/fixtures.js";
export type { JobContext, JobHandler, JobHandlers } from "./jobs/job-handler.js";
export { DEMO_CREDENTIALS, type EmulatorCredentials } from "./options/demo-credentials.js";
export type { CallbackOptions } from "./options/emulator-settings.js";
export {
  DEFAULT_BODY_TIMEOUT_MS,
  DEFAULT_BUFFERED_HEAP_SHARE,
  DEFAULT_CALLBACKS,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_RETENTION_MS,
  DEFAULT_STORED_HEAP_SHARE,
  defaultMaxBufferedBytes,
  defaultMaxStoredBytes,
} from "./options/emulator-settings.js";
export type { FaultOptions } from "./options/faults.js";
export type { AuthFailure, DirectCallOperation, RequestLogEntry } from "./options/request-log-entry.js";
export type {
  ActionAnswer,
  BatchChange,
  BatchDetail,
  BatchJobView,
  BatchSummary,
  DeliverySummary,
  EmulatorEvent,
  EmulatorEventType,
  EmulatorPort,
  EmulatorSettingsView,
  MountedApp,
  ObservedHeaders,
  ObservedRequest,
} from "./port/index.js";
