import type { BatchCallback } from "../contract/types.js";
import { ExpiringMap } from "./stores/expiring-map.js";

type Waiter = { resolve: (payload: BatchCallback) => void };

/**
 * The first accepted callback per asyncId, and the callers waiting for one. Kept in
 * this process only: with several receivers, a caller waits on the one that got the
 * callback, or falls back to polling (as waitForAll does when a callback is late).
 */
export class CallbackWaiters {
  readonly #retained: ExpiringMap<BatchCallback>;
  readonly #waiting = new Map<string, Set<Waiter>>();
  readonly #ttlMs: number;

  constructor(options: { maxRetained: number; ttlMs: number; now: () => number }) {
    this.#retained = new ExpiringMap({ maxEntries: options.maxRetained, now: options.now });
    this.#ttlMs = options.ttlMs;
  }

  /** Records an accepted callback; only the first per asyncId is kept and handed to waiters. */
  accept(payload: BatchCallback): void {
    if (this.#retained.has(payload.asyncId)) return;
    this.#retained.set(payload.asyncId, payload, this.#ttlMs);
    const waiters = this.#waiting.get(payload.asyncId);
    if (!waiters) return;
    this.#waiting.delete(payload.asyncId);
    for (const waiter of waiters) waiter.resolve(payload);
  }

  wait(asyncId: string, signal?: AbortSignal): Promise<BatchCallback> {
    const retained = this.#retained.get(asyncId);
    if (retained) return Promise.resolve(retained);
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
      let waiters = this.#waiting.get(asyncId);
      if (!waiters) this.#waiting.set(asyncId, (waiters = new Set()));
      const set = waiters;
      const onAbort = () => {
        set.delete(waiter);
        if (set.size === 0 && this.#waiting.get(asyncId) === set) this.#waiting.delete(asyncId);
        reject(signal?.reason);
      };
      const waiter: Waiter = {
        resolve: (payload) => {
          signal?.removeEventListener("abort", onAbort);
          resolve(payload);
        },
      };
      set.add(waiter);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }

  /** Callers still waiting, for tests and diagnostics. */
  get waitingCount(): number {
    let count = 0;
    for (const set of this.#waiting.values()) count += set.size;
    return count;
  }
}
