/**
 * Remembers which callback deliveries have already been handed to the user's handler.
 * Implement it over a shared store when several receivers sit behind one callbackUrl.
 */
export interface DedupeStore {
  /**
   * Records `key` for `ttlMs` milliseconds and resolves true, or resolves false when
   * the key is already recorded. It must be atomic (Redis: `SET key 1 NX PX ttlMs`):
   * a separate get-then-set lets two receivers both see a duplicate as new.
   */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /** Forgets `key`, so a later delivery of the same payload is handled again. */
  release(key: string): Promise<void>;
}
