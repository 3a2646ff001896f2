import type { CallbackNotifications } from "../inbox/shared-callbacks.js";
import { type Clock, type ClockTimer, clockOption } from "../util/clock.js";
import { checkOptions, func, integer, string } from "../util/options.js";
import type { ConnectingPool, ListeningClient } from "./queryable.js";

export interface ListenForCallbacksOptions {
  /** The store set's `channel` (see createPostgresStores). */
  channel: string;
  /** Wait before connecting again after the LISTEN connection fails. Default 1 s. */
  reconnectDelayMs?: number;
  /** Connection errors. Without it they are dropped: the library never logs. */
  onError?: (error: unknown) => void;
  /** The clock the reconnect delay runs on (default: systemClock). */
  clock?: Clock;
}

const shape = {
  channel: string({ required: true, pattern: /^[a-z_][a-z0-9_]*$/, describe: "the store set's channel (createPostgresStores(...).channel)" }),
  reconnectDelayMs: integer({ min: 0, unit: "ms", default: 1_000 }),
  onError: func<(error: unknown) => void>({ describe: "(error) => void" }),
  clock: clockOption(),
};

export interface CallbackListener extends CallbackNotifications {
  /** Resolves once LISTEN is in place (or rejects when the first connection fails). */
  ready: Promise<void>;
  /** Stops listening and gives the connection back to the pool. */
  close(): Promise<void>;
}

/**
 * Holds one pool connection in LISTEN on the inbox channel and tells subscribers the
 * asyncId of each new entry, from any instance. When the connection drops it reconnects;
 * notifications sent meanwhile are lost, which is why waiters also poll the inbox.
 */
export function listenForCallbacks(pool: ConnectingPool, options: ListenForCallbacksOptions): CallbackListener {
  if (typeof pool?.connect !== "function")
    throw new TypeError("listenForCallbacks: pass a pool with connect(), e.g. new pg.Pool(): LISTEN needs a connection of its own");
  const { channel, reconnectDelayMs, onError: reportError, clock } = checkOptions("listenForCallbacks", options, shape);
  const listeners = new Set<(asyncId: string) => void>();
  let client: ListeningClient | undefined;
  let closed = false;
  let retry: ClockTimer | undefined;

  const onNotification = (message: { channel: string; payload?: string | undefined }) => {
    if (message.channel !== channel || !message.payload) return;
    for (const listener of listeners) listener(message.payload);
  };

  async function connect(): Promise<void> {
    const next = await pool.connect();
    const onError = (error: Error) => {
      reportError?.(error);
      next.removeListener("notification", onNotification);
      next.removeListener("error", onError);
      next.release(error);
      if (client !== next) return;
      client = undefined;
      if (!closed) retry = clock.setTimeout(() => void attempt().catch(() => undefined), reconnectDelayMs);
    };
    next.on("notification", onNotification);
    next.on("error", onError);
    try {
      await next.query(`LISTEN "${channel}"`);
    } catch (error) {
      next.removeListener("notification", onNotification);
      next.removeListener("error", onError);
      next.release(error as Error);
      throw error;
    }
    if (closed) {
      next.removeListener("notification", onNotification);
      await next.query(`UNLISTEN "${channel}"`).catch(() => undefined);
      next.release();
      return;
    }
    client = next;
  }

  // One connection attempt; a failed one is reported and tried again after the delay.
  const attempt = (): Promise<void> =>
    connect().catch((error: unknown) => {
      reportError?.(error);
      if (!closed) retry = clock.setTimeout(() => void attempt().catch(() => undefined), reconnectDelayMs);
      throw error;
    });

  const ready = attempt();
  // The first failure rejects `ready` and schedules a reconnect; nobody must see it unhandled.
  ready.catch(() => undefined);

  return {
    ready,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async close() {
      closed = true;
      retry?.cancel();
      listeners.clear();
      const current = client;
      client = undefined;
      if (current) {
        current.removeListener("notification", onNotification);
        await current.query(`UNLISTEN "${channel}"`).catch(() => undefined);
        current.release();
      }
    },
  };
}
