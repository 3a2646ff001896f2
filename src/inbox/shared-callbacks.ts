import type { BatchCallback } from "../contract/types.js";
import { implementing } from "../receiver/option-rules.js";
import { parseCallbackBody } from "../receiver/parse-callback-body.js";
import { type Clock, type ClockTimer, clockOption, every } from "../util/clock.js";
import { checkOptions, custom } from "../util/options.js";
import type { CallbackRegistrar } from "../workflow/model/callback-registrar.js";
import type { CallbackInbox } from "./callback-inbox.js";

/** Announcements of new inbox entries (Postgres: `listenForCallbacks()`, over LISTEN/NOTIFY). */
export interface CallbackNotifications {
  /** Calls `listener` with the asyncId of each entry stored from now on, by any instance; returns the unsubscribe. */
  subscribe(listener: (asyncId: string) => void): () => void;
}

export interface SharedCallbacksOptions {
  /** This process's receiver (or any registrar sharing the token store): issues and binds the URLs, and knows the callbacks it got itself. */
  registrar: CallbackRegistrar;
  /** The inbox every receiver writes to. */
  inbox: Pick<CallbackInbox, "findByAsyncIds">;
  /** Wakes a waiter as soon as another instance stores its callback. Without it, waiters only poll. */
  notifications?: CallbackNotifications;
  /** How often the inbox is read for every batch still awaited (one query for all), also the fallback when a notification is missed. Default 2 s. */
  pollIntervalMs?: number;
  /** What the polling waits on. Default: the system clock; `createManualClock()` in tests. */
  clock?: Clock;
}

const SHAPE = {
  registrar: custom<CallbackRegistrar>((value, fail) => {
    const registrar = value as Partial<CallbackRegistrar> | undefined;
    if (typeof registrar?.issueCallbackUrl !== "function" || typeof registrar.bind !== "function" || typeof registrar.waitForCallback !== "function") {
      fail("must be a CallbackRegistrar, e.g. createCallbackReceiver({ … })");
    }
    return value as CallbackRegistrar;
  }),
  inbox: custom<Pick<CallbackInbox, "findByAsyncIds">>((value, fail) => {
    if (typeof (value as Partial<CallbackInbox> | undefined)?.findByAsyncIds !== "function")
      fail("must have findByAsyncIds(), e.g. the Postgres store set's inbox");
    return value as Pick<CallbackInbox, "findByAsyncIds">;
  }),
  notifications: implementing<CallbackNotifications>(["subscribe"], "have subscribe()"),
  pollIntervalMs: custom<number>((value, fail) => {
    if (value === undefined) return 2_000;
    if (typeof value !== "number" || !(value > 0) || !Number.isFinite(value)) fail(`must be a positive number of milliseconds, got ${String(value)}`);
    return value as number;
  }),
  clock: clockOption(),
};

interface Waiter {
  resolve: (payload: BatchCallback) => void;
}

/**
 * A CallbackRegistrar whose waitForCallback learns of a callback that any instance
 * received: from this process's receiver, from a notification, or from the inbox on the
 * next poll. Pass it as `waitForAll(…, { callbacks })` (and to submitAll) where the
 * instance that waits is not the one iVvy's callback reaches.
 */
export function createSharedCallbacks(options: SharedCallbacksOptions): CallbackRegistrar {
  if (typeof options !== "object" || options === null) throw new TypeError("createSharedCallbacks: pass an options object, at least { registrar, inbox }");
  const { registrar, inbox, notifications, pollIntervalMs, clock } = checkOptions("createSharedCallbacks", options, SHAPE);

  // Every wait of this registrar shares one poll and one subscription.
  const waiting = new Map<string, Set<Waiter>>();
  let timer: ClockTimer | undefined;
  let unsubscribe: (() => void) | undefined;

  const deliver = (asyncId: string, payload: BatchCallback) => {
    const set = waiting.get(asyncId);
    if (!set) return;
    waiting.delete(asyncId);
    for (const waiter of set) waiter.resolve(payload);
    if (waiting.size === 0) stop();
  };

  // A stored entry is the callback a receiver accepted; a row that does not parse (it
  // should not happen) is left for the polling of progress to cover. A failed read is
  // retried on the next poll.
  const look = async (asyncIds: string[]) => {
    if (asyncIds.length === 0) return;
    const found = await inbox.findByAsyncIds(asyncIds).catch(() => new Map<string, Uint8Array>());
    for (const [asyncId, body] of found) {
      const parsed = parseCallbackBody(body);
      if (parsed.ok && parsed.payload.asyncId === asyncId) deliver(asyncId, parsed.payload);
    }
  };

  // Waits begun in one turn (waitForAll starts one per chunk) share one lookup.
  let soon: Set<string> | undefined;
  const lookSoon = (asyncId: string) => {
    if (soon) return void soon.add(asyncId);
    soon = new Set([asyncId]);
    setImmediate(() => {
      const ids = [...(soon ?? [])].filter((id) => waiting.has(id));
      soon = undefined;
      void look(ids);
    });
  };

  let polling = false;
  const poll = async () => {
    if (polling) return;
    polling = true;
    try {
      await look([...waiting.keys()]);
    } finally {
      polling = false;
    }
  };

  const start = () => {
    if (timer) return;
    timer = every(clock, pollIntervalMs, () => void poll());
    unsubscribe = notifications?.subscribe((asyncId) => {
      if (waiting.has(asyncId)) lookSoon(asyncId);
    });
  };
  function stop() {
    timer?.cancel();
    timer = undefined;
    unsubscribe?.();
    unsubscribe = undefined;
  }

  return {
    issueCallbackUrl: () => registrar.issueCallbackUrl(),
    bind: (token, asyncId) => registrar.bind(token, asyncId),

    waitForCallback(asyncId, signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      return new Promise<BatchCallback>((resolve, reject) => {
        const local = new AbortController();
        let set = waiting.get(asyncId);
        if (!set) waiting.set(asyncId, (set = new Set()));
        const mine = set;
        const finish = () => {
          mine.delete(waiter);
          if (mine.size === 0 && waiting.get(asyncId) === mine) waiting.delete(asyncId);
          if (waiting.size === 0) stop();
          signal?.removeEventListener("abort", onAbort);
          local.abort();
        };
        const waiter: Waiter = {
          resolve: (payload) => {
            finish();
            resolve(payload);
          },
        };
        const onAbort = () => {
          finish();
          reject(signal?.reason);
        };
        mine.add(waiter);
        signal?.addEventListener("abort", onAbort, { once: true });
        // This process's own receiver may have it first (or already).
        registrar.waitForCallback(asyncId, local.signal).then(
          (payload) => mine.has(waiter) && waiter.resolve(payload),
          () => undefined,
        );
        start();
        // A callback that came before the wait began is in the inbox already.
        lookSoon(asyncId);
      });
    },
  };
}
