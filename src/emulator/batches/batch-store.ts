// The emulator's batches, by asyncId. Expiry is read from the injected clock: a batch older
// than the retention is treated as gone the moment it is looked up (lazy), and `purge`
// (run on a timer by the emulator) frees the memory of ones nobody asks about. It also
// keeps the bytes the batches hold (`Batch.storedBytes`), in all and per API key: the
// total for the emulator's storage budget (maxStoredBytes, docs/emulator.md, Limits), the
// share of each key for the dashboard.
import { type Batch, type BatchView, isExpired, toView } from "./batch-state.js";

export interface BatchStore {
  /** The live batch, or undefined when unknown or expired (an expired one is removed). */
  get(asyncId: string): Batch | undefined;
  set(batch: Batch): void;
  /** Removes expired batches; returns their asyncIds. */
  purge(): string[];
  views(): BatchView[];
  /** The live batches themselves (expired ones purged first), in creation order. */
  list(): Batch[];
  /** Expires a batch now, as if its retention had passed; false when there is none. */
  expireNow(asyncId: string): boolean;
  view(asyncId: string): BatchView | undefined;
  /** Bytes held by the live batches of this key (undefined: the batches run under relaxed auth). */
  storedBytes(owner: string | undefined): number;
  /** Bytes held by every live batch together. */
  readonly totalStoredBytes: number;
  /** When the oldest batch expires (frees its bytes), or undefined when there is none. */
  nextExpiry(): number | undefined;
  readonly size: number;
}

/** What a stored batch went through: told to `onChange` (the port's batch events). */
export type BatchChange = "created" | "progressed" | "completed" | "restarted" | "expired";

export interface BatchStoreOptions {
  now: () => number;
  retentionMs: number;
  onExpire?: (asyncId: string) => void;
  onChange?: (asyncId: string, change: BatchChange) => void;
}

const changeOf = (previous: Batch | undefined, next: Batch): BatchChange => {
  if (!previous) return "created";
  if (next.generation !== previous.generation) return "restarted";
  return next.status === "complete" && previous.status !== "complete" ? "completed" : "progressed";
};

export function createBatchStore(options: BatchStoreOptions): BatchStore {
  const batches = new Map<string, Batch>();
  const bytesByOwner = new Map<string | undefined, number>();
  let total = 0;
  const count = (owner: string | undefined, delta: number) => {
    total += delta;
    const next = (bytesByOwner.get(owner) ?? 0) + delta;
    if (next > 0) bytesByOwner.set(owner, next);
    else bytesByOwner.delete(owner);
  };
  const expire = (asyncId: string) => {
    const batch = batches.get(asyncId);
    if (batch) count(batch.owner, -batch.storedBytes);
    batches.delete(asyncId);
    options.onExpire?.(asyncId);
    options.onChange?.(asyncId, "expired");
  };
  const get = (asyncId: string): Batch | undefined => {
    const batch = batches.get(asyncId);
    if (batch && isExpired(batch, options.now(), options.retentionMs)) {
      expire(asyncId);
      return undefined;
    }
    return batch;
  };
  return {
    get,
    set(batch) {
      const previous = batches.get(batch.asyncId);
      count(batch.owner, batch.storedBytes - (previous?.storedBytes ?? 0));
      batches.set(batch.asyncId, batch);
      options.onChange?.(batch.asyncId, changeOf(previous, batch));
    },
    purge() {
      const now = options.now();
      const gone = [...batches.values()].filter((b) => isExpired(b, now, options.retentionMs)).map((b) => b.asyncId);
      gone.forEach(expire);
      return gone;
    },
    list() {
      this.purge();
      return [...batches.values()];
    },
    expireNow(asyncId) {
      if (!get(asyncId)) return false;
      expire(asyncId);
      return true;
    },
    views() {
      this.purge();
      return [...batches.values()].map((b) => toView(b, options.retentionMs));
    },
    view(asyncId) {
      const batch = get(asyncId);
      return batch && toView(batch, options.retentionMs);
    },
    storedBytes: (owner) => bytesByOwner.get(owner) ?? 0,
    get totalStoredBytes() {
      return total;
    },
    nextExpiry() {
      // Batches are kept in creation order (a Map keeps insertion order, and a restart
      // re-sets an existing key, which keeps its place), so the first is the oldest.
      for (const batch of batches.values()) return batch.createdAt + options.retentionMs;
      return undefined;
    },
    get size() {
      return batches.size;
    },
  };
}
