import { ExpiringMap } from "./expiring-map.js";
import { checkMemoryStoreOptions, type MemoryStoreOptions } from "./memory-store-options.js";
import { sameAsyncId } from "./same-async-id.js";
import type { TokenRecord, TokenStore } from "./token-store.js";

/**
 * The default token store: one process's memory, bounded and expiring. Tokens issued
 * by one process are unknown to another; share a store when that matters.
 */
export function createMemoryTokenStore(options: MemoryStoreOptions = {}): TokenStore {
  const map = new ExpiringMap<TokenRecord>(checkMemoryStoreOptions("createMemoryTokenStore", options));
  return {
    async get(key) {
      const record = map.get(key);
      // A copy, so callers cannot change the stored record behind the store's back.
      return record && { ...record };
    },
    async set(key, record, ttlMs) {
      map.set(key, { ...record }, ttlMs);
    },
    // Synchronous from read to write: nothing can bind the token in between.
    async bindIfPending(key, asyncId, ttlMs) {
      const record = map.get(key);
      if (!record) return "unknown";
      if (record.asyncId !== null && !sameAsyncId(record.asyncId, asyncId)) return "conflict";
      map.set(key, { asyncId, issuedAt: record.issuedAt }, ttlMs);
      return "bound";
    },
  };
}
