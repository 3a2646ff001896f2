export type { BatchDetail, BatchJobView, BatchSummary, DeliverySummary } from "./batch-summaries.js";
export type {
  ActionAnswer,
  BatchChange,
  CallbackDelivery,
  DirectCallOperation,
  EmulatorEvent,
  EmulatorEventType,
  EmulatorPort,
  EmulatorSettingsView,
  FaultOptions,
  MountedApp,
  ObservedHeaders,
  ObservedRequest,
} from "./emulator-port.js";
