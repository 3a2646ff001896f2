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
  readonly #cancelsBySignal = new WeakMap<AbortSignal, Set<() => void>>();
  readonly #listenerBySignal = new WeakMap<AbortSignal, () => void>();

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
      const cancel = () => {
        set.delete(waiter);
        if (set.size === 0 && this.#waiting.get(asyncId) === set) this.#waiting.delete(asyncId);
        reject(signal?.reason);
      };
      const waiter: Waiter = {
        resolve: (payload) => {
          if (signal) this.#forget(signal, cancel);
          resolve(payload);
        },
      };
      set.add(waiter);
      if (signal) this.#cancelOnAbort(signal, cancel);
    });
  }

  // One abort listener per signal, however many waits share it: waitForAll waits for
  // every chunk of a handle on one signal, and a listener per chunk would pass Node's
  // limit of ten per EventTarget (MaxListenersExceededWarning) past ten chunks.
  #cancelOnAbort(signal: AbortSignal, cancel: () => void): void {
    let cancels = this.#cancelsBySignal.get(signal);
    if (!cancels) {
      const set = new Set<() => void>();
      cancels = set;
      this.#cancelsBySignal.set(signal, set);
      const onAbort = () => {
        this.#cancelsBySignal.delete(signal);
        for (const each of set) each();
      };
      this.#listenerBySignal.set(signal, onAbort);
      signal.addEventListener("abort", onAbort, { once: true });
    }
    cancels.add(cancel);
  }

  #forget(signal: AbortSignal, cancel: () => void): void {
    const cancels = this.#cancelsBySignal.get(signal);
    if (!cancels) return;
    cancels.delete(cancel);
    if (cancels.size > 0) return;
    this.#cancelsBySignal.delete(signal);
    const onAbort = this.#listenerBySignal.get(signal);
    if (onAbort) signal.removeEventListener("abort", onAbort);
    this.#listenerBySignal.delete(signal);
  }

  /** Callers still waiting, for tests and diagnostics. */
  get waitingCount(): number {
    let count = 0;
    for (const set of this.#waiting.values()) count += set.size;
    return count;
  }
}
