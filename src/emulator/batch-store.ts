// The emulator's batches, by asyncId. Expiry is read from the injected clock: a batch older
// than the retention is treated as gone the moment it is looked up (lazy), and `purge`
// (run on a timer by the emulator) frees the memory of ones nobody asks about.
import { isExpired, toView, type Batch, type BatchView } from "./batch-state.js";

export interface BatchStore {
  /** The live batch, or undefined when unknown or expired (an expired one is removed). */
  get(asyncId: string): Batch | undefined;
  set(batch: Batch): void;
  /** Removes expired batches; returns their asyncIds. */
  purge(): string[];
  views(): BatchView[];
  view(asyncId: string): BatchView | undefined;
  readonly size: number;
}

export function createBatchStore(options: { now: () => number; retentionMs: number; onExpire?: (asyncId: string) => void }): BatchStore {
  const batches = new Map<string, Batch>();
  const expire = (asyncId: string) => {
    batches.delete(asyncId);
    options.onExpire?.(asyncId);
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
    set: (batch) => void batches.set(batch.asyncId, batch),
    purge() {
      const now = options.now();
      const gone = [...batches.values()].filter((b) => isExpired(b, now, options.retentionMs)).map((b) => b.asyncId);
      gone.forEach(expire);
      return gone;
    },
    views() {
      this.purge();
      return [...batches.values()].map((b) => toView(b, options.retentionMs));
    },
    view(asyncId) {
      const batch = get(asyncId);
      return batch && toView(batch, options.retentionMs);
    },
    get size() {
      return batches.size;
    },
  };
}
