import type { BatchClient } from "../client/create-batch-client.js";
import { isRetryableStatus } from "../client/retry-policy.js";
import { IvvyDeadlineError } from "../errors/ivvy-deadline-error.js";
import { isIvvyApiError, isIvvyNetworkError } from "../errors/type-guards.js";
import { abortableSleep } from "../util/abortable-sleep.js";
import { aggregateProgress, type BatchProgress } from "./aggregate-progress.js";
import { parseBatchHandle, type BatchHandle } from "./batch-handle.js";
import type { CallbackRegistrar } from "./callback-registrar.js";
import { forEachConcurrent } from "./for-each-concurrent.js";
import { checkExpiry, DEFAULT_EXPIRY_WARNING_MS } from "./handle-expiry.js";
import { nextPollDelayMs } from "./poll-delay.js";
import type { WarningListener } from "./workflow-warning.js";

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

/**
 * Waits until every chunk of the handle is complete and resolves with the final
 * progress. Polls progress with backoff, or, with `callbacks`, waits for each chunk's
 * callback and polls only those still missing after `callbackGraceMs` (a first poll at
 * the start finds chunks that completed while nobody listened, e.g. on resume).
 * Transient failures of a poll (429, 5xx, network, after the client's own retries) are
 * waited out; other API errors (an unknown batch, bad credentials) are thrown.
 */
export async function waitForAll(client: BatchClient, handleInput: BatchHandle, options: WaitForAllOptions = {}): Promise<BatchProgress> {
  const config = resolveWaitOptions(options);
  const handle = parseBatchHandle(handleInput, "waitForAll");
  const { now, signal } = config;
  const startedAt = now();
  const deadlineAt =
    options.deadline !== undefined ? options.deadline.getTime() : options.deadlineMs !== undefined ? startedAt + options.deadlineMs : Infinity;
  signal?.throwIfAborted();
  let warnedExpiry = false;
  const checkHandleExpiry = () => {
    const warning = checkExpiry("waitForAll", handle, now(), config.expiryWarningMs);
    if (warning && !warnedExpiry) {
      warnedExpiry = true;
      config.onWarning(warning);
    }
  };
  checkHandleExpiry();

  const progressByIndex = new Map<number, number>();
  const done = new Set<number>();
  const report = (): BatchProgress => {
    const progress = aggregateProgress(handle, progressByIndex, done);
    config.onProgress?.(progress);
    return progress;
  };
  if (handle.chunks.length === 0) return report();

  // A callback's arrival interrupts the current wait, so completion is seen at once.
  let wake = new AbortController();
  const listening = new AbortController();
  const graceEndsAt = config.callbacks ? startedAt + config.callbackGraceMs : startedAt;
  if (config.callbacks) {
    const callbacks = config.callbacks;
    for (const chunk of handle.chunks) {
      callbacks.waitForCallback(chunk.asyncId, listening.signal).then(
        () => {
          done.add(chunk.index);
          wake.abort();
        },
        // Aborted when this wait ends, or the receiver failed: polling covers the chunk.
        () => {},
      );
    }
  }

  let last: BatchProgress | undefined;
  let delay: number | undefined;
  let warnedLate = false;
  try {
    for (let round = 0; ; round++) {
      const polling = round === 0 || now() >= graceEndsAt;
      let advanced = false;
      if (polling) {
        if (config.callbacks && round > 0 && !warnedLate) {
          warnedLate = true;
          const late = handle.chunks.filter((c) => !done.has(c.index)).length;
          config.onWarning({
            code: "callback-late",
            message: `waitForAll: ${late} chunk(s) had no callback within ${config.callbackGraceMs} ms; polling their progress instead`,
          });
        }
        const pending = handle.chunks.filter((c) => !done.has(c.index));
        await forEachConcurrent(pending, config.concurrency, async (chunk) => {
          let progress: number;
          try {
            ({ progress } = await client.progress(chunk.asyncId, { signal }));
          } catch (error) {
            if (isTransient(error) && !signal?.aborted) return;
            throw error;
          }
          if (progress !== (progressByIndex.get(chunk.index) ?? 0)) advanced = true;
          progressByIndex.set(chunk.index, progress);
          if (progress >= 100) done.add(chunk.index);
        });
      }
      last = report();
      if (last.chunks.every((c) => c.done)) return last;
      if (now() >= deadlineAt) throw new IvvyDeadlineError({ handle, lastProgress: last, deadline: deadlineAt });
      checkHandleExpiry();

      delay = polling
        ? nextPollDelayMs({ previousMs: delay, advanced, intervalMs: config.intervalMs, maxIntervalMs: config.maxIntervalMs })
        : Math.max(0, graceEndsAt - now());
      const wait = Math.max(0, Math.min(delay, deadlineAt - now()));
      const sleepSignal = signal ? AbortSignal.any([signal, wake.signal]) : wake.signal;
      try {
        await config.sleep(wait, sleepSignal);
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        if (!wake.signal.aborted) throw error;
        wake = new AbortController();
      }
    }
  } finally {
    listening.abort();
  }
}

// Worth waiting out: the client has already retried these a few times, but a longer
// storm of 429s or 5xx must not end a wait that may last hours.
const isTransient = (error: unknown): boolean =>
  isIvvyNetworkError(error) || (isIvvyApiError(error) && isRetryableStatus(error.status));

function resolveWaitOptions(options: WaitForAllOptions) {
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
