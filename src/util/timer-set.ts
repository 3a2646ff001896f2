// A group of waits on one clock that can all be ended at once: an emulator's job loops
// and callback retries wait here, so close() stops every one of them. Pending sleeps
// resolve `false` and the loops waiting on them stop.
import type { Clock, ClockTimer } from "./clock.js";

export interface TimerSet {
  /** Resolves true after `ms` on the clock (a wait of 0 or less yields to the event loop once), or false as soon as the set is cleared. */
  sleep(ms: number): Promise<boolean>;
  /** Lets I/O run (setImmediate); false when the set was cleared meanwhile. */
  yieldToEventLoop(): Promise<boolean>;
  /** Cancels every pending wait; later waits resolve false at once. */
  clear(): void;
  readonly cleared: boolean;
  /** Number of waits in flight. */
  readonly pending: number;
}

export function createTimerSet(clock: Clock): TimerSet {
  const pending = new Map<object, { resolve: (slept: boolean) => void; cancel: () => void }>();
  let cleared = false;
  const wait = (start: (done: () => void) => ClockTimer) =>
    new Promise<boolean>((resolve) => {
      if (cleared) return resolve(false);
      const key = {};
      const timer = start(() => {
        pending.delete(key);
        resolve(!cleared);
      });
      pending.set(key, { resolve, cancel: () => timer.cancel() });
    });
  const immediate = (done: () => void): ClockTimer => {
    const handle = setImmediate(done);
    return { cancel: () => clearImmediate(handle) };
  };
  return {
    sleep: (ms) => wait((done) => (ms <= 0 ? immediate(done) : clock.setTimeout(done, ms))),
    yieldToEventLoop: () => wait(immediate),
    clear() {
      cleared = true;
      for (const { resolve, cancel } of pending.values()) {
        cancel();
        resolve(false);
      }
      pending.clear();
    },
    get cleared() {
      return cleared;
    },
    get pending() {
      return pending.size;
    },
  };
}
