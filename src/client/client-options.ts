import type { IvvyValidationError } from "../errors/ivvy-validation-error.js";
import type { Job } from "../contract/types.js";
import { isRegion, regionBaseUrls, type Region } from "./regions.js";
import { abortableSleep } from "../util/abortable-sleep.js";
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
  /** The clock, in epoch milliseconds (default: Date.now). Requests are dated and signed with it. */
  now?: () => number;
  /** Per-attempt timeout in ms (default 30000). A per-call AbortSignal can cut it shorter. */
  timeoutMs?: number;
  /**
   * Largest answer body read, in bytes (default 64 MiB: a `results` of 200 jobs with large
   * responses fits many times over). A larger one is an IvvyResponseError, cut off unread.
   */
  maxResponseBytes?: number;
  /** Retries of the safe calls (progress, results, ping) on 429, 5xx and network errors. */
  retry?: RetryOptions;
  /** Waits between retries (default: a timer). Tests inject their own. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Randomness for backoff jitter (default Math.random). */
  random?: () => number;
  /**
   * Checks jobs before `run` sends them, resolving with the error to throw (nothing is
   * then sent) or undefined. `checkJobParams` from `ivvy-batch/catalog` checks each job's
   * params against its action in the catalog; it lives in that entry point because its
   * validators weigh ~0.5 MB. `run(jobs, { validateParams: false })` skips it for one call.
   */
  checkJobs?: JobsCheck;
}

/** A check of jobs before they are sent (see BatchClientOptions.checkJobs). */
export type JobsCheck = (jobs: readonly Job[], options?: { action?: string }) => Promise<IvvyValidationError | undefined>;

export interface ResolvedClientOptions {
  apiKey: string;
  apiSecret: string;
  baseUrl: string;
  fetch: (request: Request) => Promise<Response>;
  now: () => number;
  timeoutMs: number;
  maxResponseBytes: number;
  retry: ResolvedRetryOptions;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  random: () => number;
  checkJobs: JobsCheck | undefined;
}

export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

const problem = (message: string) => new TypeError(`createBatchClient: ${message}`);

const isNonNegativeInteger = (value: unknown) => typeof value === "number" && Number.isInteger(value) && value >= 0;

/** Checks the options once, when the client is made, and fills in defaults. */
export function resolveClientOptions(options: BatchClientOptions): ResolvedClientOptions {
  if (typeof options !== "object" || options === null) throw problem("options must be an object");
  for (const key of ["apiKey", "apiSecret"] as const) {
    if (typeof options[key] !== "string" || options[key].trim() === "") {
      throw problem(`${key} must be a non-empty string (from your iVvy account's API settings)`);
    }
  }
  if (/[\s:]/.test(options.apiKey)) throw problem("apiKey must not contain whitespace or ':'");
  if (options.region !== undefined && options.baseUrl !== undefined) {
    throw problem("give region or baseUrl, not both");
  }
  let baseUrl: string;
  if (options.baseUrl !== undefined) {
    let url: URL;
    try {
      url = new URL(options.baseUrl);
    } catch {
      throw problem(`baseUrl '${options.baseUrl}' is not a valid URL`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") throw problem(`baseUrl must be http or https, not ${url.protocol}`);
    if (url.search || url.hash) throw problem("baseUrl must not have a query or fragment");
    baseUrl = url.href.replace(/\/+$/, "");
  } else if (options.region !== undefined) {
    if (!isRegion(options.region)) {
      throw problem(`region must be one of ${Object.keys(regionBaseUrls).map((r) => `'${r}'`).join(", ")}, not '${String(options.region)}'`);
    }
    baseUrl = regionBaseUrls[options.region];
  } else {
    throw problem("give region ('au', 'us' or 'uk') or a baseUrl");
  }
  for (const key of ["fetch", "now", "sleep", "random", "checkJobs"] as const) {
    if (options[key] !== undefined && typeof options[key] !== "function") throw problem(`${key} must be a function`);
  }
  const timeoutMs = options.timeoutMs ?? 30_000;
  if (typeof timeoutMs !== "number" || !Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw problem(`timeoutMs must be a positive number of milliseconds, not ${String(options.timeoutMs)}`);
  }
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  if (!Number.isSafeInteger(maxResponseBytes) || maxResponseBytes < 1) {
    throw problem(`maxResponseBytes must be a positive integer number of bytes, not ${String(options.maxResponseBytes)}`);
  }
  const retry = { ...defaultRetryOptions, ...options.retry };
  for (const key of Object.keys(defaultRetryOptions) as (keyof ResolvedRetryOptions)[]) {
    if (!isNonNegativeInteger(retry[key])) throw problem(`retry.${key} must be a non-negative integer, not ${String(retry[key])}`);
  }
  return {
    apiKey: options.apiKey,
    apiSecret: options.apiSecret,
    baseUrl,
    fetch: options.fetch ?? ((request) => globalThis.fetch(request)),
    now: options.now ?? Date.now,
    timeoutMs,
    maxResponseBytes,
    retry,
    sleep: options.sleep ?? abortableSleep,
    random: options.random ?? Math.random,
    checkJobs: options.checkJobs,
  };
}
