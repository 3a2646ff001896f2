import { abortableSleep } from "../../util/abortable-sleep.js";
import type { BatchProgress } from "../model/aggregate-progress.js";
import type { CallbackRegistrar } from "../model/callback-registrar.js";
import { DEFAULT_EXPIRY_WARNING_MS } from "../model/handle-expiry.js";
import type { WarningListener } from "../model/workflow-warning.js";

export interface WaitForAllOptions {
  /** First (and, while the batch moves, usual) wait between progress polls, in ms (default 1000). */
  intervalMs?: number;
  /** Longest wait between polls, in ms, as the interval backs off (default 15000). */
  maxIntervalMs?: number;
  /** Give up this many ms from now (IvvyDeadlineError; the batch goes on). */
  deadlineMs?: number;
  /** Give up at this time (IvvyDeadlineError; the batch goes on). */
  deadline?: Date;
  /** Stops waiting; rejects with the signal's reason. The batch goes on. */
  signal?: AbortSignal;
  /** Called after every poll round and every callback, with overall and per-chunk state. */
  onProgress?: (progress: BatchProgress) => void;
  /** A receiver: chunks complete when their callback arrives, instead of by polling. */
  callbacks?: CallbackRegistrar;
  /** With callbacks: how long after starting to wait before polling the chunks whose callback has not come (default 60000). */
  callbackGraceMs?: number;
  /** Progress calls in flight at once (default 8). */
  concurrency?: number;
  /** Warn through onWarning when the handle expires within this many ms (default 6 h). */
  expiryWarningMs?: number;
  onWarning?: WarningListener;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Checks waitForAll's options when it is called, and fills in defaults. */
export function resolveWaitOptions(options: WaitForAllOptions) {
  const problem = (message: string) => new TypeError(`waitForAll: ${message}`);
  if (typeof options !== "object" || options === null) throw problem("options must be an object");
  const positive = (key: keyof WaitForAllOptions, fallback: number, integer = false): number => {
    const value = options[key] ?? fallback;
    if (typeof value !== "number" || !(value >= 0) || !Number.isFinite(value) || (integer && (!Number.isInteger(value) || value < 1))) {
      throw problem(`${key} must be a ${integer ? "positive integer" : "non-negative number of milliseconds"}, not ${String(value)}`);
    }
    return value;
  };
  if (options.deadline !== undefined && options.deadlineMs !== undefined) throw problem("give deadline or deadlineMs, not both");
  if (options.deadline !== undefined && (!(options.deadline instanceof Date) || Number.isNaN(options.deadline.getTime()))) {
    throw problem("deadline must be a valid Date");
  }
  if (options.deadlineMs !== undefined) positive("deadlineMs", 0);
  if (options.callbacks !== undefined && typeof options.callbacks.waitForCallback !== "function") {
    throw problem("callbacks must implement CallbackRegistrar (waitForCallback)");
  }
  for (const key of ["onProgress", "onWarning", "now", "sleep"] as const) {
    if (options[key] !== undefined && typeof options[key] !== "function") throw problem(`${key} must be a function`);
  }
  const intervalMs = positive("intervalMs", 1000);
  const maxIntervalMs = positive("maxIntervalMs", Math.max(15_000, intervalMs));
  if (maxIntervalMs < intervalMs) throw problem(`maxIntervalMs (${maxIntervalMs}) must not be below intervalMs (${intervalMs})`);
  return {
    intervalMs,
    maxIntervalMs,
    callbackGraceMs: positive("callbackGraceMs", 60_000),
    concurrency: positive("concurrency", 8, true),
    expiryWarningMs: positive("expiryWarningMs", DEFAULT_EXPIRY_WARNING_MS),
    callbacks: options.callbacks,
    signal: options.signal,
    onProgress: options.onProgress,
    onWarning: options.onWarning ?? (() => {}),
    now: options.now ?? Date.now,
    sleep: options.sleep ?? abortableSleep,
  };
}
