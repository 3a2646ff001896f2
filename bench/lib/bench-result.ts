// What every benchmark returns: rows of ratios measured in one run, each with the
// absolute figures it was computed from (printed only beside the ratio).

export interface RatioRow {
  benchmark: string;
  /** What the ratio compares, e.g. "signed client / openapi-fetch (time per call)". */
  ratio: string;
  value: number;
  /** The figures the ratio was computed from, e.g. "312 µs vs 301 µs". */
  absolute: string;
  /** e.g. "<= 1.05"; undefined when the row is for information. */
  target?: string;
  met?: boolean;
}

export interface BenchResult {
  rows: RatioRow[];
  /** Anything the reader needs to judge the rows (auth mode, rounds, durations). */
  notes: string[];
}

/** A row with its target checked. */
export function row(init: Omit<RatioRow, "met"> & { atMost?: number; atLeast?: number }): RatioRow {
  const { atMost, atLeast, ...rest } = init;
  if (atMost === undefined && atLeast === undefined) return rest;
  const met = (atMost === undefined || init.value <= atMost) && (atLeast === undefined || init.value >= atLeast);
  return { ...rest, target: init.target ?? (atMost !== undefined ? `<= ${atMost}` : `>= ${atLeast}`), met };
}

export const fmt = (n: number, digits = 2): string => (Number.isFinite(n) ? n.toFixed(digits) : String(n));
export const fmtInt = (n: number): string => Math.round(n).toLocaleString("en-US");
