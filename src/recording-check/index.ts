// `ivvy-batch/recording-check`: a HAR recording against openapi.yaml and the catalog
// (docs/recording.md). Heavy: it loads ajv, the contract and the catalog's validators.

export { type CheckRecordingOptions, checkRecording } from "./check-recording.js";
export type { Finding, FindingKind, OperationSummary, RecordingReport, Unmatched } from "./finding.js";
export { formatRecordingReport } from "./format-report.js";
