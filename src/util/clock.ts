// The one clock every part of this package reads the time from and waits on: job delays,
// callback retries, body timeouts, expiry, visibility timeouts, polling and retry backoff.
// Pass a manual clock and time moves only when a test moves it, and every wait that falls
// due on the way runs (STYLE.md, habit 19: tests move time, they never sleep and hope).

import { withMethods } from "./options.js";

/** A wait scheduled on a clock. */
export interface ClockTimer {
  /** Stops it from running; harmless after it ran. */
  cancel(): void;
}

export interface ClockTimerOptions {
  /**
   * On the system clock, do not keep the process alive for this wait alone (Node's
   * `unref`): for housekeeping, never for a wait something is blocked on.
   */
  unref?: boolean;
}

/** What the package reads the time from and waits on. */
export interface Clock {
  /** The time now, in epoch milliseconds. */
  now(): number;
  /** Runs `callback` once `ms` have passed on this clock. */
  setTimeout(callback: () => void, ms: number, options?: ClockTimerOptions): ClockTimer;
}

/** The real time, and Node's timers. */
export const systemClock: Clock = Object.freeze({
  now: () => Date.now(),
  setTimeout(callback: () => void, ms: number, options?: ClockTimerOptions): ClockTimer {
    const timer = setTimeout(callback, ms);
    if (options?.unref) timer.unref();
    return { cancel: () => clearTimeout(timer) };
  },
});

/** True when `value` has the shape of a Clock (for the options checks). */
export const isClock = (value: unknown): value is Clock =>
  typeof value === "object" && value !== null && typeof (value as Clock).now === "function" && typeof (value as Clock).setTimeout === "function";

/** What a clock option must be, for error messages. */
export const CLOCK_EXPECTED = "a Clock ({ now(), setTimeout(callback, ms) }): systemClock, or createManualClock() in tests";

/**
 * Resolves after `ms` on `clock`; rejects with the signal's reason as soon as it aborts.
 * A wait of 0 or less yields to the event loop once instead of scheduling on the clock.
 */
export function sleep(clock: Clock, ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    let timer: ClockTimer | undefined;
    let immediate: NodeJS.Immediate | undefined;
    const onAbort = () => {
      timer?.cancel();
      if (immediate) clearImmediate(immediate);
      reject(signal?.reason);
    };
    const done = () => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    };
    if (ms <= 0) immediate = setImmediate(done);
    else timer = clock.setTimeout(done, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * An AbortSignal that aborts with `reason()` once `ms` have passed on `clock`, and the
 * function that stops it (call it when the guarded work is done, to free the timer).
 */
export function deadline(clock: Clock, ms: number, reason: () => unknown, options?: ClockTimerOptions): { signal: AbortSignal; cancel: () => void } {
  const controller = new AbortController();
  const timer = clock.setTimeout(() => controller.abort(reason()), ms, options);
  return { signal: controller.signal, cancel: () => timer.cancel() };
}

/** A clock that only moves when told to: every wait on it runs when the time passes its due time. */
export interface ManualClock extends Clock {
  /**
   * Moves the clock forward by `ms` (negative moves it back, running nothing), running
   * every wait that falls due on the way, in due order, each at its own time; returns
   * the new time. Waits those callbacks schedule within the window run too.
   */
  advance(ms: number): number;
  /**
   * As `advance`, but lets the program react after each wait that falls due (promise
   * continuations and I/O callbacks run before the next one), so a loop that awaits a
   * wait and then schedules the next one runs as it would in real time.
   */
  advanceAsync(ms: number): Promise<number>;
  /** Sets the time to `ms`; moving forward runs what falls due, as `advance` does. */
  set(ms: number): number;
  /** Advances to the next pending wait, if any, and runs it (with any others due then); returns whether one ran. */
  runNext(): boolean;
  /** When the next pending wait falls due, or undefined when none is pending. */
  nextAt(): number | undefined;
  /** Waits scheduled and neither run nor cancelled. */
  readonly pending: number;
}

interface Pending {
  due: number;
  seq: number;
  callback: () => void;
}

const checkTime = (what: string, value: number) => {
  if (typeof value !== "number" || !Number.isFinite(value))
    throw new TypeError(`createManualClock: ${what} must be a finite number of milliseconds, not ${String(value)}`);
};

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A manual clock starting at `startMs` (default: the real time now). */
export function createManualClock(startMs: number = Date.now()): ManualClock {
  checkTime("startMs", startMs);
  let current = startMs;
  let seq = 0;
  const waits = new Set<Pending>();

  const earliest = (limit: number): Pending | undefined => {
    let first: Pending | undefined;
    for (const wait of waits) {
      if (wait.due > limit) continue;
      if (!first || wait.due < first.due || (wait.due === first.due && wait.seq < first.seq)) first = wait;
    }
    return first;
  };

  const runOne = (wait: Pending) => {
    waits.delete(wait);
    current = Math.max(current, wait.due);
    wait.callback();
  };

  const moveTo = (target: number): number => {
    if (target < current) return (current = target);
    for (let wait = earliest(target); wait; wait = earliest(target)) runOne(wait);
    return (current = target);
  };

  return {
    now: () => current,
    setTimeout(callback, ms) {
      checkTime("setTimeout(ms)", ms);
      const wait: Pending = { due: current + Math.max(0, ms), seq: seq++, callback };
      waits.add(wait);
      return { cancel: () => void waits.delete(wait) };
    },
    advance(ms) {
      checkTime("advance(ms)", ms);
      return moveTo(current + ms);
    },
    async advanceAsync(ms) {
      checkTime("advanceAsync(ms)", ms);
      const target = current + ms;
      if (target < current) return (current = target);
      await turn();
      for (let wait = earliest(target); wait; wait = earliest(target)) {
        runOne(wait);
        await turn();
      }
      return (current = Math.max(current, target));
    },
    set(ms) {
      checkTime("set(ms)", ms);
      return moveTo(ms);
    },
    runNext() {
      const next = earliest(Number.POSITIVE_INFINITY);
      if (!next) return false;
      moveTo(next.due);
      return true;
    },
    nextAt: () => earliest(Number.POSITIVE_INFINITY)?.due,
    get pending() {
      return waits.size;
    },
  };
}

/** The options rule for a `clock` option: a Clock, the system clock by default. */
export const clockOption = () => withMethods<Clock, Clock>(["now", "setTimeout"], { describe: CLOCK_EXPECTED, default: systemClock });

/**
 * Runs `callback` every `ms` on `clock` until the returned timer is cancelled. Each run
 * schedules the next before it calls back, so a manual clock's `advance` runs every one
 * that falls due, and a callback may cancel its own timer.
 */
export function every(clock: Clock, ms: number, callback: () => void, options?: ClockTimerOptions): ClockTimer {
  let cancelled = false;
  let timer: ClockTimer;
  const arm = () => {
    timer = clock.setTimeout(
      () => {
        if (cancelled) return;
        arm();
        callback();
      },
      ms,
      options,
    );
  };
  arm();
  return {
    cancel() {
      cancelled = true;
      timer.cancel();
    },
  };
}

/** The options the clock replaced, and what to say to a caller still passing them (for refuseRetired). */
export const RETIRED_FOR_CLOCK: Readonly<Record<string, string>> = Object.freeze({
  now: `was replaced by 'clock': pass ${CLOCK_EXPECTED}`,
  sleep: `was replaced by 'clock', which every wait goes through: pass ${CLOCK_EXPECTED}`,
});
