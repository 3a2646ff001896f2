import type { Job } from "../contract/types.js";
import type { IvvyValidationError } from "../errors/ivvy-validation-error.js";
import { type Clock, clockOption, RETIRED_FOR_CLOCK } from "../util/clock.js";
import { boolean, checkOptions, custom, describeValue, func, integer, number, object, optionError, refuseRetired } from "../util/options.js";
import { isRegion, type Region, regionBaseUrls } from "./regions.js";
import { defaultRetryOptions, type ResolvedRetryOptions, type RetryOptions } from "./retry-policy.js";

export interface BatchClientOptions {
  /** Your iVvy API key. */
  apiKey: string;
  /** The secret of that key; it signs requests and is never sent. */
  apiSecret: string;
  /** The iVvy region of your account. Give this or baseUrl. */
  region?: Region;
  /** Any other server: the emulator, the Prism mock, a gateway. Give this or region. */
  baseUrl?: string;
  /** The fetch to send requests with (default: globalThis.fetch). `emulator.fetch` plugs in here. */
  fetch?: (request: Request) => Promise<Response>;
  /**
   * The clock (default: systemClock). Requests are dated and signed with its time, and the
   * per-attempt timeouts and the waits between retries run on it: a test passes
   * createManualClock() and moves time itself.
   */
  clock?: Clock;
  /** Per-attempt timeout in ms (default 30000). A per-call AbortSignal can cut it shorter. */
  timeoutMs?: number;
  /**
   * Largest answer body read, in bytes (default 64 MiB: a `results` of 200 jobs with large
   * responses fits many times over). A larger one is an IvvyResponseError, cut off unread.
   */
  maxResponseBytes?: number;
  /** Retries of the safe calls (progress, results, ping) on 429, 5xx and network errors. */
  retry?: RetryOptions;
  /** Randomness for backoff jitter (default Math.random). */
  random?: () => number;
  /**
   * Checks jobs before `run` sends them, resolving with the error to throw (nothing is
   * then sent) or undefined. `checkJobParams` from `ivvy-batch/catalog` checks each job's
   * params against its action in the catalog; it lives in that entry point because its
   * validators weigh ~0.5 MB. `run(jobs, { validateParams: false })` skips it for one call.
   */
  checkJobs?: JobsCheck;
  /**
   * Checks the answer of a direct call (`client.call`, `client.paginate`) against its
   * action's schema, resolving with the reasons it does not fit, or undefined.
   * `checkActionResponse` from `ivvy-batch/catalog` checks against the catalog; most of
   * its schemas are inferred from one example on a doc page, so a misfit is told to
   * onWarning and thrown only with strictResponses. Without it, answers are not checked.
   */
  checkResponses?: ResponseCheck;
  /** Throw an IvvyResponseError (problem `schema`) when a direct call's answer does not fit its schema (default false: warn). */
  strictResponses?: boolean;
  /** Told of what the client accepts but doubts: a direct call's answer that does not fit its schema. Must not throw. */
  onWarning?: (warning: ClientWarning) => void;
}

/** A check of a direct call's answer (see BatchClientOptions.checkResponses). */
export type ResponseCheck = (namespace: string, action: string, response: unknown) => Promise<string[] | undefined>;

/** Something the client accepted but doubts. */
export interface ClientWarning {
  kind: "response-schema";
  /** `namespace.action` of the call. */
  action: string;
  url: string;
  /** Why the answer does not fit, e.g. `/meta/totalResults: Value must be a number`. */
  violations: string[];
  message: string;
}

/** A check of jobs before they are sent (see BatchClientOptions.checkJobs). */
export type JobsCheck = (jobs: readonly Job[], options?: { action?: string; directCall?: boolean }) => Promise<IvvyValidationError | undefined>;

export interface ResolvedClientOptions {
  apiKey: string;
  apiSecret: string;
  baseUrl: string;
  fetch: (request: Request) => Promise<Response>;
  clock: Clock;
  timeoutMs: number;
  maxResponseBytes: number;
  retry: ResolvedRetryOptions;
  random: () => number;
  checkJobs: JobsCheck | undefined;
  checkResponses: ResponseCheck | undefined;
  strictResponses: boolean;
  onWarning: ((warning: ClientWarning) => void) | undefined;
}

export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

const OWNER = "createBatchClient";

// The value of a secret is never put in a message; only its type, when it is not a string.
const credential = (extra?: (value: string, fail: (why: string) => never) => void) =>
  custom<string>((value, fail) => {
    if (typeof value !== "string") return fail(`must be a non-empty string (from your iVvy account's API settings), not ${describeValue(value)}`);
    if (value.trim() === "") return fail("must be a non-empty string (from your iVvy account's API settings)");
    extra?.(value, fail);
    return value;
  });

const regionNames = Object.keys(regionBaseUrls)
  .map((r) => `'${r}'`)
  .join(", ");

const shape = {
  apiKey: credential((value, fail) => {
    if (/[\s:]/.test(value)) fail("must not contain whitespace or ':'");
  }),
  apiSecret: credential(),
  region: custom<Region | undefined>((value, fail) => {
    if (value === undefined || isRegion(value)) return value;
    return fail(`must be one of ${regionNames}, not ${describeValue(value)}`);
  }),
  baseUrl: custom<string | undefined>((value, fail) => {
    if (value === undefined) return undefined;
    if (typeof value !== "string") return fail(`must be a URL string, not ${describeValue(value)}`);
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return fail(`${describeValue(value)} is not a valid URL`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") return fail(`must be http or https, not ${url.protocol}`);
    if (url.search || url.hash) return fail("must not have a query or fragment");
    return url.href.replace(/\/+$/, "");
  }),
  fetch: func<(request: Request) => Promise<Response>>({ describe: "(request: Request) => Promise<Response>" }),
  clock: clockOption(),
  timeoutMs: number({ above: 0, unit: "ms", default: 30_000 }),
  maxResponseBytes: integer({ min: 1, unit: "bytes", default: DEFAULT_MAX_RESPONSE_BYTES }),
  retry: object({
    retries: integer({ min: 0, default: defaultRetryOptions.retries }),
    baseDelayMs: integer({ min: 0, unit: "ms", default: defaultRetryOptions.baseDelayMs }),
    maxDelayMs: integer({ min: 0, unit: "ms", default: defaultRetryOptions.maxDelayMs }),
  }),
  random: func<() => number>({ describe: "returning a number in [0, 1)" }),
  checkJobs: func<JobsCheck>({ describe: "(jobs) => Promise<IvvyValidationError | undefined>, e.g. checkJobParams from ivvy-batch/catalog" }),
  checkResponses: func<ResponseCheck>({
    describe: "(namespace, action, response) => Promise<string[] | undefined>, e.g. checkActionResponse from ivvy-batch/catalog",
  }),
  strictResponses: boolean({ default: false }),
  onWarning: func<(warning: ClientWarning) => void>({ describe: "(warning) => void" }),
};

/** Checks the options once, when the client is made, and fills in defaults. */
export function resolveClientOptions(options: BatchClientOptions): ResolvedClientOptions {
  refuseRetired(OWNER, options, RETIRED_FOR_CLOCK);
  const o = checkOptions(OWNER, options, shape);
  const root = { owner: OWNER, path: "" };
  if (o.region !== undefined && o.baseUrl !== undefined) throw optionError(root, "give region or baseUrl, not both");
  const baseUrl = o.baseUrl ?? (o.region === undefined ? undefined : regionBaseUrls[o.region]);
  if (baseUrl === undefined) throw optionError(root, "give region ('au', 'us' or 'uk') or a baseUrl");
  return {
    apiKey: o.apiKey,
    apiSecret: o.apiSecret,
    baseUrl,
    fetch: o.fetch ?? ((request) => globalThis.fetch(request)),
    clock: o.clock,
    timeoutMs: o.timeoutMs,
    maxResponseBytes: o.maxResponseBytes,
    retry: o.retry,
    random: o.random ?? Math.random,
    checkJobs: o.checkJobs,
    checkResponses: o.checkResponses,
    strictResponses: o.strictResponses,
    onWarning: o.onWarning,
  };
}
