import type { BatchCallback } from "../spec/types.js";
import { parseCallbackBody } from "../receiver/parse-callback-body.js";
import type { CallbackRegistrar } from "../workflow/callback-registrar.js";
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
  inbox: Pick<CallbackInbox, "findByAsyncId">;
  /** Wakes a waiter as soon as another instance stores its callback. Without it, waiters only poll. */
  notifications?: CallbackNotifications;
  /** How often a waiter looks in the inbox, also the fallback when a notification is missed (a dropped LISTEN connection). Default 2 s. */
  pollIntervalMs?: number;
}

/**
 * A CallbackRegistrar whose waitForCallback learns of a callback that any instance
 * received: from this process's receiver, from a notification, or from the inbox on the
 * next poll. Pass it as `waitForAll(…, { callbacks })` (and to submitAll) where the
 * instance that waits is not the one iVvy's callback reaches.
 */
export function createSharedCallbacks(options: SharedCallbacksOptions): CallbackRegistrar {
  if (typeof options !== "object" || options === null) throw new TypeError("createSharedCallbacks: pass an options object, at least { registrar, inbox }");
  const { registrar, inbox, notifications } = options;
  if (typeof registrar?.issueCallbackUrl !== "function" || typeof registrar.bind !== "function" || typeof registrar.waitForCallback !== "function") {
    throw new TypeError("createSharedCallbacks: option 'registrar' must be a CallbackRegistrar, e.g. createCallbackReceiver({ … })");
  }
  if (typeof inbox?.findByAsyncId !== "function") throw new TypeError("createSharedCallbacks: option 'inbox' must have findByAsyncId(), e.g. the Postgres store set's inbox");
  if (notifications !== undefined && typeof notifications.subscribe !== "function") throw new TypeError("createSharedCallbacks: option 'notifications' must have subscribe()");
  const pollIntervalMs = options.pollIntervalMs ?? 2_000;
  if (typeof pollIntervalMs !== "number" || !(pollIntervalMs > 0) || !Number.isFinite(pollIntervalMs)) {
    throw new TypeError(`createSharedCallbacks: option 'pollIntervalMs' must be a positive number of milliseconds, got ${String(pollIntervalMs)}`);
  }

  return {
    issueCallbackUrl: () => registrar.issueCallbackUrl(),
    bind: (token, asyncId) => registrar.bind(token, asyncId),

    waitForCallback(asyncId, signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      return new Promise<BatchCallback>((resolve, reject) => {
        const local = new AbortController();
        let settled = false;
        let checking = false;
        let checkAgain = false;
        const cleanups: Array<() => void> = [];
        const settle = (finish: () => void) => {
          if (settled) return;
          settled = true;
          for (const cleanup of cleanups) cleanup();
          local.abort();
          finish();
        };

        // A stored entry is the callback the receiver accepted; a row that no longer
        // parses (it should not happen) is left for the polling of progress to cover.
        const check = async (): Promise<void> => {
          if (checking) return void (checkAgain = true);
          checking = true;
          try {
            do {
              checkAgain = false;
              const body = await inbox.findByAsyncId(asyncId).catch(() => undefined);
              const parsed = body && parseCallbackBody(body);
              if (parsed && parsed.ok && parsed.payload.asyncId === asyncId) return settle(() => resolve(parsed.payload));
            } while (checkAgain && !settled);
          } finally {
            checking = false;
          }
        };

        const onAbort = () => settle(() => reject(signal?.reason));
        signal?.addEventListener("abort", onAbort, { once: true });
        cleanups.push(() => signal?.removeEventListener("abort", onAbort));
        registrar.waitForCallback(asyncId, local.signal).then(
          (payload) => settle(() => resolve(payload)),
          () => undefined,
        );
        if (notifications) {
          const unsubscribe = notifications.subscribe((id) => {
            if (id === asyncId) void check();
          });
          cleanups.push(unsubscribe);
        }
        const timer = setInterval(() => void check(), pollIntervalMs);
        cleanups.push(() => clearInterval(timer));
        void check();
      });
    },
  };
}
