// Options shared by the in-memory token and dedupe stores.
export interface MemoryStoreOptions {
  /** Most entries held at once; past it the oldest are dropped. Default 100,000. */
  maxEntries?: number;
  /** Clock in epoch milliseconds, injectable for tests. Default `Date.now`. */
  now?: () => number;
}

export const DEFAULT_MAX_STORE_ENTRIES = 100_000;

export function checkMemoryStoreOptions(factory: string, options: MemoryStoreOptions): { maxEntries: number; now: () => number } {
  const { maxEntries = DEFAULT_MAX_STORE_ENTRIES, now = Date.now } = options;
  if (!Number.isSafeInteger(maxEntries) || maxEntries < 1) {
    throw new TypeError(`${factory}: option 'maxEntries' must be a positive integer, got ${String(maxEntries)}`);
  }
  if (typeof now !== "function") throw new TypeError(`${factory}: option 'now' must be a function returning epoch milliseconds`);
  return { maxEntries, now };
}
