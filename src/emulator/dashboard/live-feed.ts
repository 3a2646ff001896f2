// The dashboard's live feed, as server-sent events, pushed when something happens: the
// port tells it of each request, batch change, delivery attempt and fault change, and a
// burst of them goes out as one push, at most one per `intervalMs` of the emulator's
// clock. Nothing is polled or compared. All of it only while a page is connected: with
// none, the feed holds no subscription and no timer.
import type { ClockTimer } from "../../util/clock.js";
import type { EmulatorPort } from "../port/index.js";
import { faultsView, requestSummary } from "./dashboard-views.js";
import type { LoggedRequest, RequestLog } from "./request-log.js";

export interface LiveFeed {
  /** An event stream for one page: the batches and faults now, then every change. */
  connect(request: Request, headers: Record<string, string>): Response;
  readonly clients: number;
  /** Ends every stream (the emulator is closing). */
  close(): void;
}

export interface LiveFeedOptions {
  port: EmulatorPort;
  log: RequestLog;
  /** At most one push per this many ms of the emulator's clock (default 100). */
  intervalMs?: number;
  /** A comment this often keeps proxies and idle timeouts from closing a quiet stream (default 15 s). */
  heartbeatMs?: number;
}

interface Client {
  send(chunk: string): void;
  end(): void;
}

/** Requests held for the next push: a burst beyond this sends its newest ones (the page lists the last few hundred). */
const MAX_PENDING_REQUESTS = 500;
/** A page that falls this far behind (bytes queued, unread) is cut off rather than buffered without end; it reconnects. */
const MAX_BACKLOG_BYTES = 4 * 1024 * 1024;

export const formatEvent = (event: string, data: unknown): string => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

const encoder = new TextEncoder();

export function createLiveFeed(options: LiveFeedOptions): LiveFeed {
  const { port, log } = options;
  const { clock } = port;
  const intervalMs = options.intervalMs ?? 100;
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const clients = new Set<Client>();
  let requests: LoggedRequest[] = [];
  let batches = new Set<string>();
  let faults = false;
  let lastPush = Number.NEGATIVE_INFINITY;
  let pushTimer: ClockTimer | undefined;
  let immediate: NodeJS.Immediate | undefined;
  let heartbeat: ClockTimer | undefined;
  let unwatch: (() => void) | undefined;

  const broadcast = (chunk: string) => {
    for (const client of [...clients]) client.send(chunk);
  };

  function push() {
    pushTimer = undefined;
    immediate = undefined;
    lastPush = clock.now();
    let chunk = "";
    for (const entry of requests) chunk += formatEvent("request", requestSummary(entry));
    for (const asyncId of batches) {
      const summary = port.batches.summary(asyncId);
      chunk += summary ? formatEvent("batch", summary) : formatEvent("batch-expired", { asyncId });
    }
    if (faults) chunk += formatEvent("faults", faultsView(port.faults.get()));
    requests = [];
    batches = new Set();
    faults = false;
    if (chunk !== "") broadcast(chunk);
  }

  /** The first change after a quiet spell goes out at once (after the current turn); the rest wait for the interval on the clock. */
  function schedule() {
    if (pushTimer || immediate) return;
    const wait = lastPush + intervalMs - clock.now();
    if (wait <= 0) immediate = setImmediate(push);
    else pushTimer = clock.setTimeout(push, wait, { unref: true });
  }

  function beat() {
    broadcast(": ping\n\n");
    heartbeat = clock.setTimeout(beat, heartbeatMs, { unref: true });
  }

  function watch() {
    const offLog = log.subscribe((entry) => {
      requests.push(entry);
      if (requests.length > MAX_PENDING_REQUESTS) requests = requests.slice(-MAX_PENDING_REQUESTS);
      schedule();
    });
    const offPort = port.on(
      (event) => {
        if (event.type === "batch" || event.type === "delivery") batches.add(event.asyncId);
        else if (event.type === "faults") faults = true;
        schedule();
      },
      ["batch", "delivery", "faults"],
    );
    heartbeat = clock.setTimeout(beat, heartbeatMs, { unref: true });
    unwatch = () => {
      offLog();
      offPort();
      pushTimer?.cancel();
      heartbeat?.cancel();
      if (immediate) clearImmediate(immediate);
      pushTimer = heartbeat = immediate = undefined;
      requests = [];
      batches = new Set();
      faults = false;
    };
  }

  function remove(client: Client) {
    if (!clients.delete(client) || clients.size > 0) return;
    unwatch?.();
    unwatch = undefined;
  }

  return {
    connect(request, headers) {
      let client: Client | undefined;
      let open = true;
      const stream = new ReadableStream<Uint8Array>(
        {
          start(controller) {
            const mine: Client = {
              send(chunk) {
                if (!open) return;
                if ((controller.desiredSize ?? 0) < -MAX_BACKLOG_BYTES) return mine.end();
                controller.enqueue(encoder.encode(chunk));
              },
              end() {
                if (!open) return;
                open = false;
                remove(mine);
                controller.close();
              },
            };
            client = mine;
            if (clients.size === 0) watch();
            clients.add(mine);
            // The state now, so a page needs no separate first fetch to be current.
            mine.send(`retry: 1000\n\n${formatEvent("batches", port.batches.list())}${formatEvent("faults", faultsView(port.faults.get()))}`);
            request.signal.addEventListener("abort", () => mine.end(), { once: true });
          },
          cancel() {
            open = false;
            if (client) remove(client);
          },
        },
        new ByteLengthQueuingStrategy({ highWaterMark: 64 * 1024 }),
      );
      return new Response(stream, { status: 200, headers });
    },
    get clients() {
      return clients.size;
    },
    close() {
      for (const client of [...clients]) client.end();
    },
  };
}
