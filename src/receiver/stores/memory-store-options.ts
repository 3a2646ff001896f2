// Options shared by the in-memory token and dedupe stores.
import { type Clock, clockOption } from "../../util/clock.js";
import { checkOptions } from "../../util/options.js";
import { NOW_MOVED, positiveInteger, refuseMoved } from "../option-rules.js";

export interface MemoryStoreOptions {
  /** Most entries held at once; past it the oldest are dropped. Default 100,000. */
  maxEntries?: number;
  /** What expiry is read from. Default: the system clock; `createManualClock()` in tests. */
  clock?: Clock;
}

export const DEFAULT_MAX_STORE_ENTRIES = 100_000;

export function checkMemoryStoreOptions(factory: string, options: MemoryStoreOptions | undefined): { maxEntries: number; now: () => number } {
  refuseMoved(factory, options, NOW_MOVED);
  const { maxEntries, clock } = checkOptions(factory, options, { maxEntries: positiveInteger(DEFAULT_MAX_STORE_ENTRIES), clock: clockOption() });
  return { maxEntries, now: () => clock.now() };
}
