// What a check of a recording reports: each way the recorded service differed from the
// contract (openapi.yaml) or the catalog, and the data it could not match to either.

/** What kind of difference a finding is. */
export type FindingKind = "unknown-field" | "missing-field" | "type" | "numeric-string" | "null" | "format" | "status" | "specific-code" | "envelope" | "value";

export interface Finding {
  /** The exchange's index in the HAR's `log.entries` (0-based). */
  exchange: number;
  /** The operation (`batch.results`, `test.ping`) or, for a job inside a batch, its action (`contact.getContact`). */
  operation: string;
  /** Where in the exchange: `request`, `response`, or `job 3 request` / `job 3 response` inside a batch. */
  part: string;
  /** A JSON pointer into that part's body ("" for the whole body). */
  pointer: string;
  kind: FindingKind;
  /** What the contract or the catalog says. */
  expected: string;
  /** What the recording holds there (undefined for a missing field). */
  observed: unknown;
}

export interface Unmatched {
  exchange: number;
  /** The part nothing could be matched to (`request`, or `job 2` of a batch). */
  part: string;
  /** The method and URL, or the job's 'namespace.action'. */
  what: string;
  why: string;
}

export interface OperationSummary {
  operation: string;
  /** Exchanges (or jobs, for an action inside batches) checked. */
  checked: number;
  findings: number;
}

export interface RecordingReport {
  /** Entries in the recording. */
  exchanges: number;
  findings: Finding[];
  unmatched: Unmatched[];
  /** Per operation and action, in order of first appearance. */
  summary: OperationSummary[];
  /** True when nothing differs (unmatched data does not count). */
  ok: boolean;
}
