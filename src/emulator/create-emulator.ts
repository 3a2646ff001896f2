// A stateful local stand-in for iVvy's batch service: the six operations of openapi.yaml
// with real signing checks, batches that run asynchronously through job handlers,
// callbacks with retries, expiry, and fault injection, every wait on one injectable clock.
// `fetch` is the whole server, in-process; `listen` puts it on a socket. This file only
// composes the rooms (docs/emulator.md, "How it is built"): options, jobs, batches,
// callbacks, operations, the HTTP edge, the port, and the dashboard over the port.
import type { Clock, ClockTimer } from "../util/clock.js";
import { createTimerSet } from "../util/timer-set.js";
import type { BatchView } from "./batches/batch-state.js";
import { createBatchStore } from "./batches/batch-store.js";
import { createJobRunner } from "./batches/job-runner.js";
import { type CallbackDelivery, createCallbackDeliverer, snapshotDelivery } from "./callbacks/callback-delivery.js";
import { fetchTransport } from "./callbacks/callback-transport.js";
import { createNodeCallbackTransport } from "./callbacks/node-callback-transport.js";
import { createDashboard, type Dashboard, type DashboardHandle } from "./dashboard/create-dashboard.js";
import { checkEmulatorOptions, type EmulatorOptions } from "./emulator-options.js";
import { toFetchHandler } from "./http/fetch-handler.js";
import { createRequestHandler } from "./http/handle-request.js";
import { type Listening, type ListenOptions, listenWith } from "./http/listen.js";
import { createMounts } from "./http/mounts.js";
import { createBuiltInHandlers } from "./jobs/built-in-handlers.js";
import { withCatalogJobs } from "./jobs/catalog-jobs.js";
import { composeHandlers } from "./jobs/job-handlers-option.js";
import { createDirectCallAnswerer } from "./operations/answer-direct-call.js";
import { createOperationAnswerer } from "./operations/answer-operation.js";
import { createDirectCallMemory } from "./operations/direct-call-memory.js";
import type { EmulatorSettings } from "./options/emulator-settings.js";
import { checkFaults, type FaultOptions, type ResolvedFaults, resolveFaults } from "./options/faults.js";
import { createEmulatorPort } from "./port/create-port.js";
import type { EmulatorPort } from "./port/emulator-port.js";
import { observedRequest } from "./port/observed-request.js";
import { createPortEvents } from "./port/port-events.js";

export interface Emulator {
  /** The whole server as a fetch function: pass it to `createBatchClient({ fetch })` for in-process use. */
  fetch(request: Request): Promise<Response>;
  /** Serves the emulator over HTTP (default 127.0.0.1 on a free port). */
  listen(options?: ListenOptions): Promise<{ url: string; port: number }>;
  /** Stops every job loop, timer, pending callback delivery and socket. Idempotent. */
  close(): Promise<void>;
  /** Read access to the stored batches (expired ones are gone). */
  batches: {
    get(asyncId: string): BatchView | undefined;
    list(): BatchView[];
  };
  /** Every callback delivery so far (of one batch, or all). */
  callbacks: {
    list(asyncId?: string): CallbackDelivery[];
  };
  /** Resolves when no batch is running and no callback delivery is pending. */
  idle(): Promise<void>;
  /** Replaces the fault injection settings (e.g. end a 5xx storm mid-test). */
  setFaults(faults: FaultOptions): void;
  /** The clock the emulator reads and waits on (the one given in options, or the system clock). */
  readonly clock: Clock;
  /** The URL once `listen` has resolved, else undefined. */
  readonly url: string | undefined;
  /** What an observer may read and do, and its events; `port.mount` serves a side application by path (docs/emulator.md). */
  readonly port: EmulatorPort;
  /** The dashboard, when the `dashboard` option is on: its path, token, and a fetch function to mount it. */
  readonly dashboard: DashboardHandle | undefined;
}

export function createEmulator(options?: EmulatorOptions): Emulator {
  const {
    credentials,
    handlers: own,
    fixtures,
    recordings,
    faults: givenFaults,
    dashboard: dashboardOptions,
    catalog,
    ...rest
  } = checkEmulatorOptions(options);
  const settings: EmulatorSettings = { ...rest, secrets: credentials };
  const { clock } = settings;
  const now = () => clock.now();
  const builtIns = createBuiltInHandlers();
  const handlers = composeHandlers({ builtIns: withCatalogJobs(builtIns.handlers, catalog), fixtures, own, replay: recordings });
  // As given (for observers to show and change), and resolved (for the request path and the job loops).
  let faultOptions: FaultOptions = givenFaults;
  let faults: ResolvedFaults = resolveFaults(givenFaults);
  const timers = createTimerSet(clock);
  const shutdown = new AbortController();
  const events = createPortEvents();
  const mounts = createMounts();
  let closed = false;
  let listening: Listening | undefined;
  let listenInFlight: Promise<Listening> | undefined;

  // The user's fetch when given (tests deliver into a receiver in-process), else node:http(s)
  // through this emulator's own keep-alive agents, destroyed by close().
  const transport = settings.fetch ? { post: fetchTransport(settings.fetch), destroy: () => undefined } : createNodeCallbackTransport();
  const deliverer = createCallbackDeliverer({
    post: transport.post,
    timers,
    clock,
    options: settings.callbacks,
    faults: () => faults,
    signal: shutdown.signal,
    onChange: (delivery) => {
      if (events.wants("delivery")) events.emit({ type: "delivery", asyncId: delivery.asyncId, delivery: snapshotDelivery(delivery) });
    },
  });
  const store = createBatchStore({
    now,
    retentionMs: settings.retentionMs,
    onExpire: (asyncId) => {
      deliverer.forget(asyncId);
      builtIns.forget(asyncId);
    },
    onChange: (asyncId, change) => {
      if (events.wants("batch")) events.emit({ type: "batch", asyncId, change });
    },
  });
  const runner = createJobRunner({
    store,
    timers,
    now,
    jobDelayMs: settings.jobDelayMs,
    handlers,
    failJob: () => faults.failJob,
    maxStoredBytes: settings.maxStoredBytes,
    signal: shutdown.signal,
    onComplete: (batch) => deliverer.deliver(batch, "complete"),
  });
  const directCalls = createDirectCallMemory({ now, retentionMs: settings.retentionMs, holds: builtIns.holds, forget: builtIns.forget });
  const answerDirectCall = createDirectCallAnswerer({ handlers, now, signal: shutdown.signal, memory: directCalls });
  const answerOperation = createOperationAnswerer({ store, runner, deliverer, now, maxStoredBytes: settings.maxStoredBytes });
  const setFaults = (next: FaultOptions): FaultOptions => {
    faultOptions = checkFaults(next, { owner: "emulator.setFaults", path: "" });
    faults = resolveFaults(faultOptions);
    events.emit({ type: "faults", faults: faultOptions });
    return faultOptions;
  };
  const port = createEmulatorPort({ settings, events, store, deliverer, answerOperation, faults: { get: () => faultOptions, set: setFaults }, mounts });

  // One core, two edges: `fetch` in-process, a node:http server from `listen`; mounted apps beside them.
  const handle = createRequestHandler({
    settings,
    faults: () => faults,
    answerOperation,
    answerDirectCall,
    timers,
    isClosed: () => closed,
    observer: {
      get active() {
        return events.wants("request");
      },
      served: (served) => events.emit({ type: "request", request: observedRequest(served) }),
    },
  });
  const fetch = toFetchHandler(handle, mounts);

  // The dashboard is an observer like any other: it sees the port, and is mounted by path.
  const dashboard: Dashboard | undefined = dashboardOptions ? createDashboard(port, dashboardOptions) : undefined;
  if (dashboard) port.mount(dashboard.path, dashboard.fetch);

  // Expired batches are already invisible (checked on every lookup); this frees their
  // memory, on the emulator's clock. unref: a forgotten emulator must not keep a process alive.
  let purgeTimer: ClockTimer | undefined;
  const purgeEvery = Math.min(settings.retentionMs, 60_000);
  const purge = () => {
    store.purge();
    directCalls.purge();
    purgeTimer = clock.setTimeout(purge, purgeEvery, { unref: true });
  };
  purgeTimer = clock.setTimeout(purge, purgeEvery, { unref: true });

  return {
    fetch: (request) => fetch(request),
    async listen(listenOptions) {
      if (closed) throw new Error("emulator.listen: the emulator is closed");
      if (listening || listenInFlight)
        throw new Error(`emulator.listen: already listening${listening ? ` on ${listening.url}` : ""}; create another emulator for a second server`);
      const host = typeof listenOptions?.host === "string" ? listenOptions.host : "127.0.0.1";
      events.emit({ type: "listen", host });
      listenInFlight = listenWith({ handle, mounts, clock, bodyTimeoutMs: settings.bodyTimeoutMs }, listenOptions);
      try {
        listening = await listenInFlight;
      } finally {
        listenInFlight = undefined;
      }
      return { url: listening.url, port: listening.port };
    },
    async close() {
      if (closed) return;
      closed = true;
      purgeTimer?.cancel();
      timers.clear();
      events.emit({ type: "close" });
      dashboard?.close();
      shutdown.abort(new Error("The emulator was closed"));
      const server = listening ?? (await listenInFlight?.catch(() => undefined));
      listening = undefined;
      await Promise.all([server?.close(), runner.idle(), deliverer.idle()]);
      transport.destroy();
    },
    batches: {
      get: (asyncId) => (typeof asyncId === "string" ? store.view(asyncId) : undefined),
      list: () => store.views(),
    },
    callbacks: { list: (asyncId) => deliverer.list(asyncId) },
    async idle() {
      // A completing batch starts a delivery, so wait for both until neither has work.
      do {
        await runner.idle();
        await deliverer.idle();
      } while (runner.busy || deliverer.busy);
    },
    setFaults: (next) => void setFaults(next),
    clock,
    get url() {
      return listening?.url;
    },
    port,
    dashboard: dashboard && {
      path: dashboard.path,
      get token() {
        return dashboard.token;
      },
      fetch: dashboard.fetch,
    },
  };
}
