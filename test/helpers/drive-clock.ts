// Moving a manual clock until what a test waits for has happened: each step runs what
// falls due and lets the program react (ManualClock.advanceAsync), so job delays, polls
// and callback retries on the clock happen in clock order and never on real time.
import type { ManualClock } from "../../src/util/clock.js";

export interface DriveOptions {
  /** Clock time moved per step, in ms. */
  stepMs: number;
  /** Clock time after which the test fails, in ms: the bound on the wait. */
  maxMs: number;
  /** What is awaited, for the failure message. */
  what: string;
}

/** Advances `clock` `stepMs` at a time until `promise` settles, and settles as it does. */
export async function driveClock<T>(clock: ManualClock, promise: Promise<T>, { stepMs, maxMs, what }: DriveOptions): Promise<T> {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  const end = clock.now() + maxMs;
  // One turn first: a promise that needs no clock time settles without moving it.
  await new Promise((resolve) => setImmediate(resolve));
  while (!settled) {
    if (clock.now() >= end) throw new Error(`${what}: not done after ${maxMs} ms on the clock`);
    await clock.advanceAsync(stepMs);
  }
  return promise;
}
