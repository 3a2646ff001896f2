// A manual clock that moves itself whenever the program waits on it, for tests that count
// calls or check an order rather than time: a backoff of 15 s passes at once, and the
// test still sees every wait (`waits`) and the time each one moved the clock to.
import { createManualClock, type ManualClock } from "../../src/util/clock.js";

export interface SteppingClock extends ManualClock {
  /** Every wait scheduled on the clock, in ms, in the order they were scheduled. */
  readonly waits: number[];
}

/**
 * After each event-loop turn in which a wait is pending, advances to the earliest one and
 * runs it. Give it only to code whose every wait may pass early (polling, backoff): a
 * request timeout on it would fire while the request is still in flight.
 */
export function createSteppingClock(startMs: number = Date.now()): SteppingClock {
  const clock = createManualClock(startMs);
  const waits: number[] = [];
  let scheduled = false;
  const step = () => {
    scheduled = false;
    clock.runNext();
    if (clock.pending > 0) schedule();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(step);
  };
  return {
    now: () => clock.now(),
    setTimeout(callback, ms, options) {
      waits.push(ms);
      const timer = clock.setTimeout(callback, ms, options);
      schedule();
      return timer;
    },
    advance: (ms) => clock.advance(ms),
    advanceAsync: (ms) => clock.advanceAsync(ms),
    set: (ms) => clock.set(ms),
    runNext: () => clock.runNext(),
    nextAt: () => clock.nextAt(),
    get pending() {
      return clock.pending;
    },
    waits,
  };
}
