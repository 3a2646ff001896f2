// Options shared by the in-memory token and dedupe stores.
import { type Clock, clockOption, RETIRED_FOR_CLOCK } from "../../util/clock.js";
import { checkOptions, custom, refuseRetired } from "../../util/options.js";

export interface MemoryStoreOptions {
  /** Most entries held at once; past it the oldest are dropped. Default 100,000. */
  maxEntries?: number;
  /** What expiry is read from. Default: the system clock; `createManualClock()` in tests. */
  clock?: Clock;
}

export const DEFAULT_MAX_STORE_ENTRIES = 100_000;

const maxEntriesRule = custom<number>((value, fail) => {
  if (value === undefined) return DEFAULT_MAX_STORE_ENTRIES;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1) fail(`must be a positive integer, got ${JSON.stringify(value)}`);
  return value as number;
});

export function checkMemoryStoreOptions(factory: string, options: MemoryStoreOptions | undefined): { maxEntries: number; now: () => number } {
  refuseRetired(factory, options, RETIRED_FOR_CLOCK);
  const { maxEntries, clock } = checkOptions(factory, options, { maxEntries: maxEntriesRule, clock: clockOption() });
  return { maxEntries, now: () => clock.now() };
}
