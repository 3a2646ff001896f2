import createClient, { type Client } from "openapi-fetch";
import type { ActionParams, ActionResponse, CatalogAction, CatalogNamespace, ListAction, ListItem, ParamsArgument } from "../catalog/catalog-types.js";
import { type Job, type OperationId, operationPaths, type operations, type paths, type ResultsResponse } from "../contract/types.js";
import { validateAsyncRef } from "../contract/validate-async-ref.js";
import { validateRunRequest } from "../contract/validate-run-request.js";
import { IvvyApiError } from "../errors/ivvy-api-error.js";
import { IvvyNetworkError } from "../errors/ivvy-network-error.js";
import { IvvyResponseError } from "../errors/ivvy-response-error.js";
import { IvvyTimeoutError } from "../errors/ivvy-timeout-error.js";
import { IvvyValidationError } from "../errors/ivvy-validation-error.js";
import { readErrorEnvelope } from "../errors/read-error-envelope.js";
import { signRequest } from "../signing/sign-request.js";
import { sleep } from "../util/clock.js";
import {
  type CallOptions,
  checkCallOptions,
  checkDirectCallOptions,
  checkPaginateOptions,
  checkRunOptions,
  type DirectCallOptions,
  type PaginateOptions,
  type RunOptions,
} from "./call-options.js";
import { checkSuccess } from "./check-success.js";
import { type BatchClientOptions, type JobsCheck, resolveClientOptions } from "./client-options.js";
import { acceptDirectAnswer, directCallPath, isSafeAction, validateDirectCall } from "./direct-call.js";
import { guardFetch } from "./guarded-fetch.js";
import { isNeverSent } from "./never-sent.js";
import { paginate } from "./paginate.js";
import { type PingResult, readPingAnswer } from "./read-ping-answer.js";
import { isRetryableStatus, parseRetryAfter, retryDelayMs } from "./retry-policy.js";
import { createSigningMiddleware, requestStringOf } from "./signing-middleware.js";

export type { CallOptions, DirectCallOptions, PaginateOptions, RunOptions } from "./call-options.js";
export type { PingResult } from "./read-ping-answer.js";

export interface BatchClient {
  /** Submits 1..200 jobs; resolves with the batch's asyncId. Never retried (not idempotent). */
  run(jobs: readonly Job[], options?: RunOptions): Promise<{ asyncId: string }>;
  /** The percentage (0 to 100, possibly with a fraction) of the batch's jobs that have run. */
  progress(asyncId: string, options?: CallOptions): Promise<{ progress: number }>;
  /** The results of a completed batch, in submission order. */
  results(asyncId: string, options?: CallOptions): Promise<ResultsResponse>;
  /** Runs a completed batch again; `restarted: false` when it is still running. Never retried. */
  restart(asyncId: string, options?: CallOptions): Promise<{ restarted: boolean }>;
  /** Delivers the callback again; `reposted: false` when the batch has no callbackUrl. Never retried. */
  repost(asyncId: string, options?: CallOptions): Promise<{ reposted: boolean }>;
  /** Checks credentials and signing, and measures clock skew against the server when its answer says the time. */
  ping(options?: CallOptions): Promise<PingResult>;
  /**
   * Calls one iVvy action directly (`POST /api/1.0/{namespace}?action={action}`), typed
   * from the catalog: its params are checked by `checkJobs` as a job's would be, its answer
   * by `checkResponses`; only `get…` actions are retried.
   */
  call<N extends CatalogNamespace, A extends CatalogAction<N>>(
    namespace: N,
    action: A,
    ...args: [...ParamsArgument<N, A>, options?: DirectCallOptions]
  ): Promise<ActionResponse<N, A>>;
  /**
   * Every item of a list action's collection, page by page (`perPage`, default 100, and
   * `start`) until `meta.totalResults` is reached.
   */
  paginate<N extends CatalogNamespace, A extends ListAction<N>>(
    namespace: N,
    action: A,
    params?: Omit<ActionParams<N, A>, "start"> & { start?: number },
    options?: PaginateOptions,
  ): AsyncGenerator<ListItem<N, A>, void, undefined>;
  /** The typed openapi-fetch client underneath (signed, not retried, returns `{data, error}`). */
  readonly raw: Client<paths>;
  /** The base URL requests go to. */
  readonly baseUrl: string;
  /** The check `run` applies to jobs before sending (options.checkJobs), if any. */
  readonly checkJobs: JobsCheck | undefined;
}

/**
 * Calls whose success answer must match its schema in openapi.yaml. Not ping: its answer
 * is left open by the contract (the x-decision on ping: iVvy documents only "an ack"),
 * and any JSON answer proves the credentials; readPingAnswer reads what it can.
 */
const SCHEMA_CHECKED: ReadonlySet<OperationId> = new Set(["run", "progress", "results", "restart", "repost"]);

/** Calls that change nothing on the server, and so may be retried. */
const SAFE: ReadonlySet<OperationId> = new Set(["progress", "results", "ping"]);

/** The JSON request body of an operation, as openapi.yaml defines it. */
type RequestBody<Op extends OperationId> = NonNullable<operations[Op]["requestBody"]>["content"]["application/json"];

/** One request to send, with how to send it and what to make of a 2xx. */
interface Exchange<T> {
  /** The action named in errors: `run`, or `namespace.action`. */
  label: string;
  path: string;
  /** The body as sent and signed. */
  json: string;
  /** Path and query as the Request will carry them (what is signed). */
  requestString: string;
  retries: number;
  post: (init: AttemptInit) => Promise<{ data?: string; error?: unknown; response: Response }>;
  accept: (data: string | undefined, url: string, status: number) => T | Promise<T>;
}

/** What every attempt passes to openapi-fetch besides the body. */
interface AttemptInit {
  bodySerializer: () => string;
  headers: Record<string, string>;
  signal: AbortSignal;
  parseAs: "text";
}

/** One POST per operation, each on its own literal path, so openapi-fetch checks its body type. */
type Senders = {
  [Op in OperationId]: (body: RequestBody<Op>, init: AttemptInit) => Promise<{ data?: string; error?: unknown; response: Response }>;
};

/**
 * A signed client for iVvy's batch API. Its methods resolve with the response body on
 * success and throw on failure: IvvyValidationError (caught locally, nothing sent),
 * IvvyApiError (iVvy answered with an error envelope), IvvyResponseError (an answer the
 * contract does not allow: a redirect, a body too large or of the wrong shape),
 * IvvyTimeoutError and IvvyNetworkError (no answer). An aborted call rejects with the
 * signal's reason.
 */
export function createBatchClient(options: BatchClientOptions): BatchClient {
  const config = resolveClientOptions(options);
  // Redirects are never followed (docs/client.md, IvvyResponseError): a 3xx would re-send the signed request and
  // its jobs to whatever origin it names.
  const fetch = guardFetch(config.fetch, config.maxResponseBytes);
  const raw = createClient<paths>({ baseUrl: config.baseUrl, fetch, redirect: "manual" });
  raw.use(createSigningMiddleware({ apiKey: config.apiKey, apiSecret: config.apiSecret, clock: config.clock }));
  // The methods sign before openapi-fetch builds the Request and hand it the headers, as
  // the middleware of `raw` would set them: no middleware pass, and the five headers go
  // into the Request's one Headers instead of being set on it one by one (docs/performance.md).
  const signed = createClient<paths>({ baseUrl: config.baseUrl, fetch, redirect: "manual" });
  const { clock, apiKey, apiSecret } = config;
  const send: Senders = {
    run: (body, init) => signed.POST(operationPaths.run, { body, ...init }),
    progress: (body, init) => signed.POST(operationPaths.progress, { body, ...init }),
    results: (body, init) => signed.POST(operationPaths.results, { body, ...init }),
    restart: (body, init) => signed.POST(operationPaths.restart, { body, ...init }),
    repost: (body, init) => signed.POST(operationPaths.repost, { body, ...init }),
    ping: (body, init) => signed.POST(operationPaths.ping, { body, ...init }),
  };
  // What each operation's Request will carry as its path and query, worked out once: the
  // URL as the Request normalises it (a base URL with a path prefix is part of it).
  const operationTargets = Object.fromEntries(
    Object.entries(operationPaths).map(([operation, path]) => [operation, requestStringOf(new URL(config.baseUrl + path).href)]),
  ) as Record<OperationId, string>;

  /** One exchange: signed attempts, each with its timeout, retried `retries` times on 429, 5xx and network errors. */
  async function exchange<T>(x: Exchange<T>, signal: AbortSignal | undefined): Promise<T> {
    const url = config.baseUrl + x.path;
    for (let attempt = 0; ; attempt++) {
      signal?.throwIfAborted();
      // One controller per attempt, aborted by the timer or by the caller's signal. Both
      // hold it strongly: AbortSignal.timeout() and AbortSignal.any() hold their signals
      // weakly, so a request whose only other references are promises could be collected
      // and never time out.
      const attemptAbort = new AbortController();
      let timedOut = false;
      const timer = clock.setTimeout(() => {
        timedOut = true;
        attemptAbort.abort(new DOMException("timed out", "TimeoutError"));
      }, config.timeoutMs);
      const forwardAbort = () => attemptAbort.abort(signal?.reason);
      signal?.addEventListener("abort", forwardAbort, { once: true });
      let failure: IvvyApiError | IvvyNetworkError;
      try {
        // Each attempt is signed afresh (its own IVVY-Date) over the JSON serialised once.
        const headers = signRequest({ apiKey, apiSecret, requestString: x.requestString, body: x.json, now: clock.now() });
        const { data, error, response } = await x.post({
          bodySerializer: () => x.json,
          headers: headers as unknown as Record<string, string>,
          signal: attemptAbort.signal,
          parseAs: "text",
        });
        if (response.ok) return await x.accept(data, url, response.status);
        failure = new IvvyApiError({
          action: x.label,
          url,
          status: response.status,
          envelope: readErrorEnvelope(error, response.status, response.statusText),
          retryAfterSeconds: parseRetryAfter(response.headers.get("retry-after"), clock.now()),
        });
        if (!isRetryableStatus(response.status)) throw failure;
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        if (error instanceof IvvyApiError || error instanceof IvvyResponseError) throw error;
        failure = timedOut
          ? new IvvyTimeoutError({ action: x.label, url, timeoutMs: config.timeoutMs, cause: error })
          : new IvvyNetworkError({ action: x.label, url, cause: error, mayHaveReachedServer: !isNeverSent(error) });
      } finally {
        timer.cancel();
        signal?.removeEventListener("abort", forwardAbort);
      }
      if (attempt >= x.retries) throw failure;
      const retryAfter = failure instanceof IvvyApiError ? failure.retryAfterSeconds : undefined;
      await sleep(clock, retryDelayMs(attempt, config.retry, config.random, retryAfter), signal);
    }
  }

  function call<T, Op extends OperationId = OperationId>(operation: Op, body: RequestBody<Op>, signal: AbortSignal | undefined): Promise<T> {
    return exchange<T>(
      {
        label: operation,
        path: operationPaths[operation],
        requestString: operationTargets[operation],
        json: JSON.stringify(body),
        retries: SAFE.has(operation) ? config.retry.retries : 0,
        post: (init) => send[operation](body, init),
        accept: (data, url, status) => checkSuccess<T>(operation, data, url, status, SCHEMA_CHECKED.has(operation)),
      },
      signal,
    );
  }

  /** Refuses what iVvy could not route, then runs the client's checkJobs over the call as a job. */
  async function checkDirectCall(label: string, job: Job, validateParams: boolean): Promise<void> {
    const checked = validateDirectCall(label, job);
    if (config.checkJobs && validateParams) {
      const invalid = await config.checkJobs([checked], { action: label, directCall: true });
      if (invalid) throw invalid;
    }
  }

  /** A direct call of any iVvy action, checked as a job of it would be. */
  async function callAction(namespace: string, action: string, params: unknown, callOptions: DirectCallOptions | undefined): Promise<unknown> {
    const { signal, validateParams } = checkDirectCallOptions(callOptions);
    const label = `${namespace}.${action}`;
    const body = params ?? {};
    const job: Job = { namespace, action, params: body as Job["params"] };
    await checkDirectCall(label, job, validateParams);
    const path = directCallPath(namespace, action);
    return exchange(
      {
        label,
        path,
        requestString: requestStringOf(new URL(config.baseUrl + path).href),
        json: JSON.stringify(body),
        // Only reads are retried: an add… or update… that timed out may have been applied.
        retries: isSafeAction(action) ? config.retry.retries : 0,
        post: (init) => signed.POST(path as never, { body, ...init } as never) as Promise<{ data?: string; error?: unknown; response: Response }>,
        accept: (data, url, status) => acceptDirectAnswer({ label, namespace, action, text: data, url, status }, config),
      },
      signal,
    );
  }

  return {
    raw,
    baseUrl: config.baseUrl,
    checkJobs: config.checkJobs,
    async run(jobs, runOptions) {
      const { callbackUrl, signal, validateParams } = checkRunOptions(runOptions);
      const checked = validateRunRequest(callbackUrl === undefined ? { jobs } : { jobs, callbackUrl });
      if (!checked.ok) throw new IvvyValidationError({ action: "run", ...checked });
      if (config.checkJobs && validateParams) {
        const invalid = await config.checkJobs(jobs);
        if (invalid) throw invalid;
      }
      return call("run", checked.value, signal);
    },
    progress: async (asyncId, callOptions) => call("progress", asyncRef("progress", asyncId), checkCallOptions("progress", callOptions).signal),
    results: async (asyncId, callOptions) => call("results", asyncRef("results", asyncId), checkCallOptions("results", callOptions).signal),
    restart: async (asyncId, callOptions) => call("restart", asyncRef("restart", asyncId), checkCallOptions("restart", callOptions).signal),
    repost: async (asyncId, callOptions) => call("repost", asyncRef("repost", asyncId), checkCallOptions("repost", callOptions).signal),
    call: ((namespace: string, action: string, params?: unknown, callOptions?: DirectCallOptions) =>
      callAction(namespace, action, params, callOptions)) as BatchClient["call"],
    paginate: ((namespace: string, action: string, params?: Record<string, unknown>, pageOptions?: PaginateOptions) => {
      const { maxPages, signal, validateParams } = checkPaginateOptions(pageOptions);
      const label = `${namespace}.${action}`;
      const given = params ?? {};
      return paginate({
        label,
        params: given,
        maxPages,
        url: config.baseUrl + directCallPath(namespace, action),
        signal,
        // The caller's params are checked once, as given: perPage and start go to every list
        // action, as iVvy's clients send them (known-clients.md: a PHP integration pages venue
        // lists with them), though some list pages do not document them (venue
        // getBookingAttendeeList); every collection's answer carries meta.start and meta.perPage
        // (getting-started/interpreting-the-response/collections.md).
        checkParams: () => checkDirectCall(label, { namespace, action, params: given as Job["params"] }, validateParams),
        fetchPage: (pageParams) => callAction(namespace, action, pageParams, { ...(signal ? { signal } : {}), validateParams: false }),
      });
    }) as BatchClient["paginate"],
    async ping(callOptions) {
      const { signal } = checkCallOptions("ping", callOptions);
      const sentAt = clock.now();
      const answer = await call<unknown>("ping", {}, signal);
      return readPingAnswer(answer, sentAt, clock.now());
    },
  };
}

/** The body of progress, results, restart and repost, checked as the server checks it. */
function asyncRef(action: OperationId, asyncId: string): { async: string } {
  const checked = validateAsyncRef({ async: asyncId });
  if (!checked.ok) throw new IvvyValidationError({ action, ...checked });
  return checked.value;
}
