// The emulator's options, checked once when it is made: a misconfigured emulator fails in
// createEmulator with a message naming the option, not later in the middle of a test.
import { DEMO_CREDENTIALS, type EmulatorCredentials } from "./demo-credentials.js";
import { resolveFaults, type FaultOptions, type ResolvedFaults } from "./faults.js";
import { fixtureHandlers, loadFixtures, type Fixtures } from "../jobs/fixtures.js";
import { HANDLER_KEY_PATTERN, type JobHandler, type JobHandlers } from "../jobs/job-handler.js";
import { isClock, systemClock, CLOCK_EXPECTED, type Clock } from "../../util/clock.js";
import type { OperationId } from "../../contract/types.js";
import { resolveDashboardOptions, type DashboardOptions } from "../dashboard/create-dashboard.js";
import type { CatalogJobOptions } from "../jobs/catalog-jobs.js";
import { BATCH_LIFETIME_MS } from "../../contract/lifetime.js";

export interface CallbackOptions {
  /** Delivery attempts per callback, the first included (default 5). */
  attempts?: number;
  /** Wait before the second attempt in ms (default 1000); doubles for each further one. */
  baseDelayMs?: number;
  /** Per-attempt timeout in ms (default 10000). */
  timeoutMs?: number;
}

/** One line of the request log (see `onRequest`). */
export interface RequestLogEntry {
  method: string;
  /** Path and query as received. */
  path: string;
  status: number;
  /** The operation, when the request reached one. */
  operation: OperationId | undefined;
  /** The envelope's specific code on an error response. */
  specificCode: number | undefined;
  durationMs: number;
  /**
   * On a 401 for the signature: the precise reason (the answer itself says only "unknown
   * key or wrong signature", so keys cannot be enumerated) and the string to sign the
   * emulator computed from the request, to compare with the client's. Else undefined.
   */
  authFailure: AuthFailure | undefined;
}

export interface AuthFailure {
  reason: string;
  /** Lowercased, as it is signed; undefined when the headers were too incomplete to build it. */
  stringToSign: string | undefined;
}

export interface EmulatorOptions {
  /** Key/secret pairs the emulator accepts (default: `DEMO_CREDENTIALS`). */
  credentials?: EmulatorCredentials | readonly EmulatorCredentials[];
  /** 'strict' (default) checks every signature as iVvy does; 'relaxed' accepts unsigned requests. */
  auth?: "strict" | "relaxed";
  /** What the emulator reads the time from and waits on: request dates, ping, expiry, job delays, callback retries, timeouts (default: the system clock). See `createManualClock`. */
  clock?: Clock;
  /** Time each job takes, in ms (default 0: as fast as possible, yielding to the event loop). */
  jobDelayMs?: number;
  /** Your own job handlers by 'namespace.action'; they win over fixtures and built-ins. */
  handlers?: JobHandlers;
  /** Canned job outcomes by 'namespace.action', or the path of a JSON file of them. */
  fixtures?: Fixtures | string;
  /** Callback delivery: attempts, backoff and timeout. */
  callbacks?: CallbackOptions;
  /** Largest request body accepted, in bytes (default 1 MiB); larger gets 413. */
  maxBodyBytes?: number;
  /** A request's whole body must arrive within this many ms (default 10000); else 400. */
  bodyTimeoutMs?: number;
  /** Bytes of request bodies buffered across all requests in flight (default 32 MiB); past it, 429 with Retry-After. */
  maxBufferedBytes?: number;
  /**
   * Bytes of batch data (the jobs as sent, and their responses as JSON) kept per API key
   * (default 16 MiB). A run while the key is at the limit gets 429 with Retry-After; a job
   * response that does not fit is kept as a 500 envelope instead. Freed as batches expire.
   */
  maxStoredBytesPerKey?: number;
  /** How long batches are kept after they are created, in ms (default two days, as iVvy). */
  retentionMs?: number;
  /** Fault injection; all off by default. */
  faults?: FaultOptions;
  /** Answer a `Prefer: code=NNN` request header with that documented error status, as Prism does (default false). */
  honourPreferHeader?: boolean;
  /** Called once per request after it is answered; the emulator itself never logs. */
  onRequest?: (entry: RequestLogEntry) => void;
  /**
   * A live dashboard under `/_emulator/` on the emulator's port (and `emulator.dashboard.fetch`
   * to mount it elsewhere): `true`, or `{ token, requestLogSize }` (default off). See docs/dashboard.md.
   */
  dashboard?: boolean | DashboardOptions;
  /** Deliver callbacks with this fetch instead of the default node:http/https keep-alive client (e.g. `receiver.fetch`, with no socket). */
  fetch?: (request: Request) => Promise<Response>;
  /**
   * Every catalogued iVvy action (docs/catalog.md): params checked as iVvy checks them
   * (23017, 23016), and a response that fits the action's schema where no handler or
   * fixture answers. On by default; `false` turns it off.
   */
  catalog?: CatalogJobOptions | false;
}

export interface ResolvedEmulatorOptions {
  secrets: ReadonlyMap<string, string>;
  auth: "strict" | "relaxed";
  clock: Clock;
  jobDelayMs: number;
  handlers: Readonly<Record<string, JobHandler>>;
  callbacks: Required<CallbackOptions>;
  maxBodyBytes: number;
  bodyTimeoutMs: number;
  maxBufferedBytes: number;
  maxStoredBytesPerKey: number;
  retentionMs: number;
  faults: ResolvedFaults;
  honourPreferHeader: boolean;
  onRequest: ((entry: RequestLogEntry) => void) | undefined;
  /** undefined: no dashboard. */
  dashboard: DashboardOptions | undefined;
  /** undefined: callbacks go out through node:http/https. */
  fetch: ((request: Request) => Promise<Response>) | undefined;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
export const DEFAULT_BODY_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BUFFERED_BYTES = 32 * 1024 * 1024;
export const DEFAULT_MAX_STORED_BYTES_PER_KEY = 16 * 1024 * 1024;
export const DEFAULT_RETENTION_MS = BATCH_LIFETIME_MS;
export const DEFAULT_CALLBACKS: Required<CallbackOptions> = { attempts: 5, baseDelayMs: 1000, timeoutMs: 10_000 };

const OPTION_KEYS = new Set([
  "credentials", "auth", "clock", "jobDelayMs", "handlers", "fixtures", "callbacks", "maxBodyBytes",
  "bodyTimeoutMs", "maxBufferedBytes", "maxStoredBytesPerKey", "retentionMs", "faults", "honourPreferHeader", "onRequest", "fetch", "dashboard",
  "catalog",
]);

export const emulatorProblem = (message: string) => new TypeError(`createEmulator: ${message}`);
const problem = emulatorProblem;

function integer(name: string, value: unknown, fallback: number, min: number): number {
  const v = value ?? fallback;
  if (typeof v !== "number" || !Number.isInteger(v) || v < min) throw problem(`${name} must be an integer of at least ${min}, not ${String(value)}`);
  return v;
}

function resolveCredentials(credentials: EmulatorOptions["credentials"]): Map<string, string> {
  const list = credentials === undefined ? [DEMO_CREDENTIALS] : Array.isArray(credentials) ? credentials : [credentials];
  if (list.length === 0) throw problem("credentials must name at least one { apiKey, apiSecret } pair");
  const secrets = new Map<string, string>();
  list.forEach((pair: unknown, i) => {
    const where = Array.isArray(credentials) ? `credentials[${i}]` : "credentials";
    if (typeof pair !== "object" || pair === null) throw problem(`${where} must be { apiKey, apiSecret }`);
    const { apiKey, apiSecret } = pair as Record<string, unknown>;
    if (typeof apiKey !== "string" || apiKey === "" || /[\s:]/.test(apiKey)) throw problem(`${where}.apiKey must be a non-empty string without whitespace or ':'`);
    if (typeof apiSecret !== "string" || apiSecret === "") throw problem(`${where}.apiSecret must be a non-empty string`);
    if (secrets.has(apiKey) && secrets.get(apiKey) !== apiSecret) throw problem(`${where}: apiKey '${apiKey}' is given twice with different secrets`);
    secrets.set(apiKey, apiSecret);
  });
  return secrets;
}

function resolveHandlers(options: EmulatorOptions, builtIns: JobHandlers): Record<string, JobHandler> {
  const own = options.handlers ?? {};
  if (typeof own !== "object" || own === null || Array.isArray(own)) throw problem("handlers must be an object mapping 'namespace.action' to a function");
  for (const [key, handler] of Object.entries(own)) {
    if (!HANDLER_KEY_PATTERN.test(key)) throw problem(`handlers: '${key}' is not a 'namespace.action' key`);
    if (typeof handler !== "function") throw problem(`handlers['${key}'] must be a function (params, context) => response`);
  }
  const fixtures = options.fixtures === undefined ? {} : fixtureHandlers(loadFixtures(options.fixtures, problem));
  // Precedence: code beats fixtures beats built-ins, so a user can override either.
  return Object.assign(Object.create(null) as Record<string, JobHandler>, builtIns, fixtures, own);
}

export function resolveEmulatorOptions(options: EmulatorOptions | undefined, builtIns: JobHandlers): ResolvedEmulatorOptions {
  const o = options ?? {};
  if (typeof o !== "object" || o === null) throw problem("options must be an object");
  for (const key of Object.keys(o)) if (!OPTION_KEYS.has(key)) throw problem(`unknown option '${key}' (known: ${[...OPTION_KEYS].join(", ")})`);
  const auth = o.auth ?? "strict";
  if (auth !== "strict" && auth !== "relaxed") throw problem(`auth must be 'strict' or 'relaxed', not ${JSON.stringify(o.auth)}`);
  const clock = o.clock ?? systemClock;
  if (!isClock(clock)) throw problem(`clock must be ${CLOCK_EXPECTED}`);
  const callbacks = o.callbacks ?? {};
  if (typeof callbacks !== "object" || callbacks === null) throw problem("callbacks must be { attempts, baseDelayMs, timeoutMs }");
  for (const key of Object.keys(callbacks)) if (!(key in DEFAULT_CALLBACKS)) throw problem(`callbacks.${key} is not a callback option (attempts, baseDelayMs, timeoutMs)`);
  for (const key of ["onRequest", "fetch"] as const) {
    if (o[key] !== undefined && typeof o[key] !== "function") throw problem(`${key} must be a function`);
  }
  if (o.honourPreferHeader !== undefined && typeof o.honourPreferHeader !== "boolean") throw problem("honourPreferHeader must be a boolean");
  return {
    secrets: resolveCredentials(o.credentials),
    auth,
    clock,
    jobDelayMs: integer("jobDelayMs", o.jobDelayMs, 0, 0),
    handlers: resolveHandlers(o, builtIns),
    callbacks: {
      attempts: integer("callbacks.attempts", callbacks.attempts, DEFAULT_CALLBACKS.attempts, 1),
      baseDelayMs: integer("callbacks.baseDelayMs", callbacks.baseDelayMs, DEFAULT_CALLBACKS.baseDelayMs, 0),
      timeoutMs: integer("callbacks.timeoutMs", callbacks.timeoutMs, DEFAULT_CALLBACKS.timeoutMs, 1),
    },
    maxBodyBytes: integer("maxBodyBytes", o.maxBodyBytes, DEFAULT_MAX_BODY_BYTES, 1),
    bodyTimeoutMs: integer("bodyTimeoutMs", o.bodyTimeoutMs, DEFAULT_BODY_TIMEOUT_MS, 1),
    maxBufferedBytes: integer("maxBufferedBytes", o.maxBufferedBytes, DEFAULT_MAX_BUFFERED_BYTES, 1),
    maxStoredBytesPerKey: integer("maxStoredBytesPerKey", o.maxStoredBytesPerKey, DEFAULT_MAX_STORED_BYTES_PER_KEY, 1),
    retentionMs: integer("retentionMs", o.retentionMs, DEFAULT_RETENTION_MS, 1),
    faults: resolveFaults(o.faults, problem),
    honourPreferHeader: o.honourPreferHeader ?? false,
    onRequest: o.onRequest,
    dashboard: resolveDashboardOptions(o.dashboard, (message) => problem(message)),
    fetch: o.fetch,
  };
}
