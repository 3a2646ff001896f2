/**
 * A Map whose entries expire and whose size is capped, for the in-memory stores.
 *
 * No timers: a `setInterval` sweeper would keep the process alive and run when nobody
 * uses the map. Instead expired entries are dropped when read, and every write sweeps
 * expired entries off the front (insertion order is close to expiry order, because the
 * receiver uses one TTL per store), so the work is amortised O(1). When the cap is
 * reached the oldest entry goes, whether expired or not: memory stays bounded even
 * under a flood of distinct keys.
 */
export class ExpiringMap<V> {
  readonly #entries = new Map<string, { value: V; expiresAt: number }>();
  readonly #maxEntries: number;
  readonly #now: () => number;

  constructor(options: { maxEntries: number; now: () => number }) {
    this.#maxEntries = options.maxEntries;
    this.#now = options.now;
  }

  get size(): number {
    return this.#entries.size;
  }

  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.#now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  set(key: string, value: V, ttlMs: number): void {
    const now = this.#now();
    // Re-inserting moves the key to the back, keeping the front the oldest write.
    this.#entries.delete(key);
    this.#entries.set(key, { value, expiresAt: now + ttlMs });
    this.#sweep(now);
  }

  delete(key: string): boolean {
    return this.#entries.delete(key);
  }

  #sweep(now: number): void {
    for (const [key, entry] of this.#entries) {
      if (entry.expiresAt <= now || this.#entries.size > this.#maxEntries) this.#entries.delete(key);
      else break;
    }
  }
}
