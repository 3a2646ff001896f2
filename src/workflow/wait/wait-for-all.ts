import type { BatchClient } from "../../client/create-batch-client.js";
import { isRetryableStatus } from "../../client/retry-policy.js";
import { isIvvyApiError, isIvvyNetworkError } from "../../errors/type-guards.js";
import { sleep } from "../../util/clock.js";
import { forEachConcurrent } from "../../util/for-each-concurrent.js";
import { IvvyDeadlineError } from "../errors/ivvy-deadline-error.js";
import { aggregateProgress, type BatchProgress } from "../model/aggregate-progress.js";
import { type BatchHandle, parseBatchHandle } from "../model/batch-handle.js";
import { checkExpiry } from "../model/handle-expiry.js";
import { nextPollDelayMs } from "./poll-delay.js";
import { resolveWaitOptions, type WaitForAllOptions } from "./wait-options.js";

export type { WaitForAllOptions };

/**
 * Waits until every chunk of the handle is complete and resolves with the final
 * progress. Polls progress with backoff, or, with `callbacks`, waits for each chunk's
 * callback and polls only those still missing after `callbackGraceMs` (a first poll at
 * the start finds chunks that completed while nobody listened, e.g. on resume).
 * Transient failures of a poll (429, 5xx, network, after the client's own retries) are
 * waited out; other API errors (an unknown batch, bad credentials) are thrown.
 */
export async function waitForAll(client: BatchClient, handleInput: BatchHandle, options?: WaitForAllOptions): Promise<BatchProgress> {
  const config = resolveWaitOptions(options);
  const handle = parseBatchHandle(handleInput, "waitForAll");
  const { clock, signal } = config;
  const now = () => clock.now();
  const startedAt = now();
  const deadlineAt = config.deadline !== undefined ? config.deadline.getTime() : config.deadlineMs !== undefined ? startedAt + config.deadlineMs : Infinity;
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
        await sleep(clock, wait, sleepSignal);
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
const isTransient = (error: unknown): boolean => isIvvyNetworkError(error) || (isIvvyApiError(error) && isRetryableStatus(error.status));
