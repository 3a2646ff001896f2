import type { DedupeStore } from "./dedupe-store.js";
import { ExpiringMap } from "./expiring-map.js";
import { checkMemoryStoreOptions, type MemoryStoreOptions } from "./memory-store-options.js";

/** The default dedupe store: one process's memory, bounded and expiring. */
export function createMemoryDedupeStore(options: MemoryStoreOptions = {}): DedupeStore {
  const map = new ExpiringMap<true>(checkMemoryStoreOptions("createMemoryDedupeStore", options));
  return {
    // Synchronous check-and-set inside one turn of the event loop: atomic in-process.
    async claim(key, ttlMs) {
      if (map.has(key)) return false;
      map.set(key, true, ttlMs);
      return true;
    },
    async release(key) {
      map.delete(key);
    },
  };
}
