/** What the emulator reads the time from, in epoch milliseconds. */
export interface EmulatorClock {
  now(): number;
}

/** A clock that only moves when told to, for stale-date and expiry tests. */
export interface ManualClock extends EmulatorClock {
  /** Moves the clock forward by `ms` (negative moves it back) and returns the new time. */
  advance(ms: number): number;
  /** Sets the clock to `ms` and returns it. */
  set(ms: number): number;
}

const checkTime = (what: string, value: number) => {
  if (typeof value !== "number" || !Number.isFinite(value)) throw new TypeError(`createManualClock: ${what} must be a finite number of milliseconds, not ${String(value)}`);
};

/** A manual clock starting at `startMs` (default: the real time now). */
export function createManualClock(startMs: number = Date.now()): ManualClock {
  checkTime("startMs", startMs);
  let current = startMs;
  return {
    now: () => current,
    advance(ms) {
      checkTime("advance(ms)", ms);
      return (current += ms);
    },
    set(ms) {
      checkTime("set(ms)", ms);
      return (current = ms);
    },
  };
}

export const systemClock: EmulatorClock = { now: () => Date.now() };
