export interface PollDelayInput {
  /** The delay used before the last poll (undefined before the first wait). */
  previousMs: number | undefined;
  /** Whether the last poll saw any chunk move on. */
  advanced: boolean;
  intervalMs: number;
  maxIntervalMs: number;
}

/**
 * How long to wait before the next progress poll: the base interval while the batch is
 * moving, growing by half each time nothing moved (a stuck or queued batch is polled
 * less and less), never above maxIntervalMs.
 */
export function nextPollDelayMs({ previousMs, advanced, intervalMs, maxIntervalMs }: PollDelayInput): number {
  if (previousMs === undefined || advanced) return Math.min(intervalMs, maxIntervalMs);
  // From at least 1 ms, so that an interval of 0 (poll flat out while moving) still backs off when stuck.
  return Math.min(Math.round(Math.max(1, previousMs) * 1.5), maxIntervalMs);
}
