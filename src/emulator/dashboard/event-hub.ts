// The dashboard's live feed, as server-sent events. Requests are pushed as they are
// answered; batches, deliveries and faults are compared every `intervalMs` and sent when
// they changed. All of it only while at least one page is connected: with none, the hub
// holds no subscription and no timer.
import type { DashboardSource } from "./dashboard-source.js";
import { batchSummary, faultsView, requestSummary } from "./dashboard-views.js";

export type SendEvent = (chunk: string) => void;

export interface EventHub {
  /** Starts a feed; returns its end. `hangUp` is called when the hub ends it (close()). */
  connect(send: SendEvent, hangUp: () => void): () => void;
  readonly clients: number;
  /** Ends every feed (the emulator is closing). */
  close(): void;
}

export const formatEvent = (event: string, data: unknown): string => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

export function createEventHub(source: DashboardSource, intervalMs = 300): EventHub {
  const clients = new Map<SendEvent, { end: () => void; hangUp: () => void }>();
  let stopFeed: (() => void) | undefined;
  let lastBatches = "";
  let lastFaults = "";

  const broadcast = (chunk: string) => {
    for (const send of clients.keys()) {
      try {
        send(chunk);
      } catch {
        // A feed that cannot be written to is ended by its edge; the others go on.
      }
    }
  };

  const snapshot = () => {
    const batches = JSON.stringify(source.batches().map((b) => batchSummary(b, source.settings.retentionMs, source.deliveries(b.asyncId))));
    const faults = JSON.stringify(faultsView(source.faults()));
    return { batches, faults };
  };

  function tick() {
    const { batches, faults } = snapshot();
    if (batches !== lastBatches) {
      lastBatches = batches;
      broadcast(`event: batches\ndata: ${batches}\n\n`);
    }
    if (faults !== lastFaults) {
      lastFaults = faults;
      broadcast(`event: faults\ndata: ${faults}\n\n`);
    }
  }

  function start() {
    const unsubscribe = source.requests.subscribe((entry) => broadcast(formatEvent("request", requestSummary(entry))));
    const timer = setInterval(tick, intervalMs);
    // Comments keep proxies and idle timeouts from closing a quiet feed.
    const heartbeat = setInterval(() => broadcast(": ping\n\n"), 15_000);
    timer.unref();
    heartbeat.unref();
    ({ batches: lastBatches, faults: lastFaults } = snapshot());
    stopFeed = () => {
      unsubscribe();
      clearInterval(timer);
      clearInterval(heartbeat);
    };
  }

  return {
    connect(send, hangUp) {
      const end = () => {
        if (!clients.delete(send)) return;
        if (clients.size === 0) {
          stopFeed?.();
          stopFeed = undefined;
        }
      };
      if (clients.size === 0) start();
      clients.set(send, { end, hangUp });
      // The state at connection, so a page needs no separate first fetch to be current.
      send(`retry: 1000\n\n`);
      send(`event: batches\ndata: ${lastBatches}\n\n`);
      send(`event: faults\ndata: ${lastFaults}\n\n`);
      return end;
    },
    get clients() {
      return clients.size;
    },
    close() {
      for (const { end, hangUp } of [...clients.values()]) {
        end();
        hangUp();
      }
    },
  };
}
