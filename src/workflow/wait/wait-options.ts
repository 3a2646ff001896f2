import { type Clock, clockOption, RETIRED_FOR_CLOCK } from "../../util/clock.js";
import { abortSignal, checkOptions, custom, describeValue, func, integer, number, optionError, refuseRetired, withMethods } from "../../util/options.js";
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
  /**
   * The clock (default: systemClock): the waits between polls, the deadline and the
   * handle's expiry. Tests pass createManualClock() and move it.
   */
  clock?: Clock;
}

const shape = {
  intervalMs: number({ min: 0, unit: "ms", default: 1000 }),
  maxIntervalMs: number({ min: 0, unit: "ms" }),
  deadlineMs: number({ min: 0, unit: "ms" }),
  deadline: custom<Date | undefined>((value, fail) => {
    if (value === undefined) return undefined;
    if (!(value instanceof Date) || Number.isNaN(value.getTime())) return fail(`must be a valid Date, not ${describeValue(value)}`);
    return value;
  }),
  signal: abortSignal(),
  onProgress: func<(progress: BatchProgress) => void>({ describe: "(progress) => void" }),
  callbacks: withMethods<CallbackRegistrar>(["waitForCallback"], {
    describe: "a CallbackRegistrar (issueCallbackUrl, bind, waitForCallback), e.g. createCallbackReceiver()",
  }),
  callbackGraceMs: number({ min: 0, unit: "ms", default: 60_000 }),
  concurrency: integer({ min: 1, default: 8 }),
  expiryWarningMs: number({ min: 0, unit: "ms", default: DEFAULT_EXPIRY_WARNING_MS }),
  onWarning: func<WarningListener, WarningListener>({ describe: "(warning) => void", default: () => {} }),
  clock: clockOption(),
};

/** Checks waitForAll's options when it is called, and fills in defaults. */
export function resolveWaitOptions(options: WaitForAllOptions | undefined) {
  refuseRetired("waitForAll", options, RETIRED_FOR_CLOCK);
  const o = checkOptions("waitForAll", options, shape);
  const root = { owner: "waitForAll", path: "" };
  if (o.deadline !== undefined && o.deadlineMs !== undefined) throw optionError(root, "give deadline or deadlineMs, not both");
  const maxIntervalMs = o.maxIntervalMs ?? Math.max(15_000, o.intervalMs);
  if (maxIntervalMs < o.intervalMs)
    throw optionError({ owner: "waitForAll", path: "maxIntervalMs" }, `(${maxIntervalMs}) must not be below intervalMs (${o.intervalMs})`);
  return { ...o, maxIntervalMs };
}
