// A stateful local stand-in for iVvy's batch service (issue 3): the six operations of
// openapi.yaml with real signing checks, batches that run asynchronously through job
// handlers, callbacks with retries, expiry by an injectable clock, and fault injection.
// `fetch` is the whole server, in-process; `listen` puts it on a socket.

import type { IncomingMessage, ServerResponse } from "node:http";
import type { Clock } from "../util/clock.js";
import { createTimerSet } from "../util/timer-set.js";
import type { BatchView } from "./batches/batch-state.js";
import { createBatchStore } from "./batches/batch-store.js";
import { createJobRunner } from "./batches/job-runner.js";
import { type CallbackDelivery, createCallbackDeliverer } from "./callbacks/callback-delivery.js";
import { fetchTransport } from "./callbacks/callback-transport.js";
import { createNodeCallbackTransport } from "./callbacks/node-callback-transport.js";
import { createDashboard, type DashboardHandle, isDashboardPath } from "./dashboard/create-dashboard.js";
import { checkEmulatorOptions, type EmulatorOptions } from "./emulator-options.js";
import { toFetchHandler } from "./http/fetch-handler.js";
import { createRequestHandler } from "./http/handle-request.js";
import { type Listening, type ListenOptions, listenWith } from "./http/listen.js";
import { createBuiltInHandlers } from "./jobs/built-in-handlers.js";
import { withCatalogJobs } from "./jobs/catalog-jobs.js";
import { composeHandlers } from "./jobs/job-handlers-option.js";
import { createOperationAnswerer } from "./operations/answer-operation.js";
import type { EmulatorSettings } from "./options/emulator-settings.js";
import { checkFaults, type FaultOptions, type ResolvedFaults, resolveFaults } from "./options/faults.js";

/** Path and query of an absolute URL, without parsing it (the in-process hot path). */
const pathOf = (url: string): string => url.slice(url.indexOf("/", url.indexOf("//") + 2));

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
  /** The clock the emulator reads (the one given in options, or the system clock). */
  readonly clock: Clock;
  /** The URL once `listen` has resolved, else undefined. */
  readonly url: string | undefined;
  /** The dashboard, when the `dashboard` option is on: its path, token, and a fetch function to mount it. */
  readonly dashboard: DashboardHandle | undefined;
}

export function createEmulator(options?: EmulatorOptions): Emulator {
  const checked = checkEmulatorOptions(options);
  const { credentials, handlers: own, fixtures, faults: givenFaults, dashboard: dashboardOptions, catalog, ...rest } = checked;
  const resolved: EmulatorSettings = { ...rest, secrets: credentials };
  const builtIns = createBuiltInHandlers();
  const handlers = composeHandlers({ builtIns: withCatalogJobs(builtIns.handlers, catalog), fixtures, own });
  const { clock } = resolved;
  const now = () => clock.now();
  let faults: ResolvedFaults = resolveFaults(givenFaults);
  // As given, for the dashboard to show and change (the resolved form has lost the shape).
  let faultOptions: FaultOptions = givenFaults;
  const timers = createTimerSet(clock);
  const shutdown = new AbortController();
  let closed = false;
  let listening: Listening | undefined;
  let listenInFlight: Promise<Listening> | undefined;

  // The user's fetch when given (tests deliver into a receiver in-process), else node:http(s)
  // through this emulator's own keep-alive agents, destroyed by close().
  const transport = resolved.fetch ? { post: fetchTransport(resolved.fetch), destroy: () => undefined } : createNodeCallbackTransport();
  const post = transport.post;
  const deliverer = createCallbackDeliverer({ post, timers, options: resolved.callbacks, faults: () => faults, signal: shutdown.signal });
  const store = createBatchStore({
    now,
    retentionMs: resolved.retentionMs,
    onExpire: (asyncId) => {
      deliverer.forget(asyncId);
      builtIns.forget(asyncId);
    },
  });
  const runner = createJobRunner({
    store,
    timers,
    now,
    jobDelayMs: resolved.jobDelayMs,
    handlers,
    failJob: () => faults.failJob,
    maxStoredBytesPerKey: resolved.maxStoredBytesPerKey,
    signal: shutdown.signal,
    onComplete: (batch) => deliverer.deliver(batch, "complete"),
  });
  const answerOperation = createOperationAnswerer({ store, runner, deliverer, now, maxStoredBytesPerKey: resolved.maxStoredBytesPerKey });
  const setFaults = (next: FaultOptions) => {
    faultOptions = checkFaults(next, { owner: "emulator.setFaults", path: "" });
    faults = resolveFaults(faultOptions);
  };
  const dashboard = dashboardOptions
    ? createDashboard(dashboardOptions, (requests) => ({
        requests,
        settings: {
          auth: resolved.auth,
          apiKeys: [...resolved.secrets.keys()],
          jobDelayMs: resolved.jobDelayMs,
          retentionMs: resolved.retentionMs,
          callbacks: { ...resolved.callbacks },
          maxBodyBytes: resolved.maxBodyBytes,
          bodyTimeoutMs: resolved.bodyTimeoutMs,
          maxBufferedBytes: resolved.maxBufferedBytes,
          maxStoredBytesPerKey: resolved.maxStoredBytesPerKey,
        },
        now,
        batches: () => store.list(),
        batch: (asyncId) => store.get(asyncId),
        deliveries: (asyncId) => deliverer.list(asyncId),
        storedBytes: (owner) => store.storedBytes(owner),
        act: (action, asyncId) => answerOperation(action, { async: asyncId }, undefined),
        expireNow: (asyncId) => store.expireNow(asyncId),
        faults: () => faultOptions,
        setFaults,
      }))
    : undefined;
  // One core, two edges: `fetch` in-process, a node:http server from `listen`.
  const handle = createRequestHandler({
    settings: resolved,
    faults: () => faults,
    answerOperation,
    timers,
    isClosed: () => closed,
    ...(dashboard ? { observe: dashboard.observe } : {}),
  });
  const apiFetch = toFetchHandler(handle);
  const fetchHandler = dashboard ? (request: Request) => (isDashboardPath(pathOf(request.url)) ? dashboard.fetch(request) : apiFetch(request)) : apiFetch;
  const sideRoute = dashboard
    ? (req: IncomingMessage, res: ServerResponse) => {
        if (!isDashboardPath(req.url ?? "")) return false;
        dashboard.listener(req, res);
        return true;
      }
    : undefined;

  // Expired batches are already invisible (checked on every lookup); this frees their
  // memory. unref: a forgotten emulator must not keep a test process alive.
  const purgeTimer = setInterval(() => store.purge(), Math.min(resolved.retentionMs, 60_000));
  purgeTimer.unref();

  return {
    fetch: (request) => fetchHandler(request),
    async listen(listenOptions) {
      if (closed) throw new Error("emulator.listen: the emulator is closed");
      if (listening || listenInFlight)
        throw new Error(`emulator.listen: already listening${listening ? ` on ${listening.url}` : ""}; create another emulator for a second server`);
      dashboard?.boundTo(listenOptions?.host ?? "127.0.0.1");
      listenInFlight = listenWith(handle, listenOptions, sideRoute);
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
      clearInterval(purgeTimer);
      timers.clear();
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
    setFaults,
    clock,
    get url() {
      return listening?.url;
    },
    dashboard: dashboard && {
      path: dashboard.path,
      get token() {
        return dashboard.token;
      },
      fetch: dashboard.fetch,
    },
  };
}
