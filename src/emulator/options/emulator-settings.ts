// The emulator's settings: the options that tune its HTTP edge, its batches and its
// callbacks, each with the rule that checks it (src/util/options.ts) and its default.
// The options object as a whole is checked once, in createEmulator (emulator-options.ts).
import { BATCH_LIFETIME_MS } from "../../contract/lifetime.js";
import { type Clock, clockOption } from "../../util/clock.js";
import { heapShare } from "../../util/heap-share.js";
import { boolean, custom, func, integer, object, oneOf, optionError, string } from "../../util/options.js";
import { DEMO_CREDENTIALS, type EmulatorCredentials } from "./demo-credentials.js";
import type { RequestLogEntry } from "./request-log-entry.js";

export interface CallbackOptions {
  /** Delivery attempts per callback, the first included (default 5). */
  attempts?: number;
  /** Wait before the second attempt in ms (default 1000); doubles for each further one. */
  baseDelayMs?: number;
  /** Per-attempt timeout in ms (default 10000). */
  timeoutMs?: number;
}

/** The settings in force, as every room of the emulator reads them. */
export interface EmulatorSettings {
  /** Secret by API key. */
  secrets: ReadonlyMap<string, string>;
  auth: "strict" | "relaxed";
  clock: Clock;
  jobDelayMs: number;
  callbacks: Required<CallbackOptions>;
  maxBodyBytes: number;
  bodyTimeoutMs: number;
  maxBufferedBytes: number;
  maxStoredBytes: number;
  retentionMs: number;
  honourPreferHeader: boolean;
  onRequest: ((entry: RequestLogEntry) => void) | undefined;
  /** undefined: callbacks go out through node:http/https. */
  fetch: ((request: Request) => Promise<Response>) | undefined;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
export const DEFAULT_BODY_TIMEOUT_MS = 10_000;
/**
 * Share of V8's heap limit (`v8.getHeapStatistics().heap_size_limit`) that request bodies
 * in flight may buffer, all requests together, by default: 1/32 (128 MiB of a 4 GiB heap).
 */
export const DEFAULT_BUFFERED_HEAP_SHARE = 1 / 32;
/**
 * Share of V8's heap limit that stored batches (every API key together) may count by
 * default: 1/4 (1 GiB of a 4 GiB heap). A job and a response count their JSON plus the
 * measured cost of the objects they are held as (STORED_JOB_OVERHEAD_BYTES in
 * batches/batch-state.ts), so the count follows the heap they take: a million `test.ping`
 * jobs with their responses count about 200 MB, and a full budget leaves three quarters
 * of the heap to the rest.
 */
export const DEFAULT_STORED_HEAP_SHARE = 1 / 4;
/** The default of `maxBufferedBytes` in this process: its heap share, never below one body of `maxBodyBytes`' default. */
export const defaultMaxBufferedBytes = (): number => heapShare(DEFAULT_BUFFERED_HEAP_SHARE, DEFAULT_MAX_BODY_BYTES);
/** The default of `maxStoredBytes` in this process: its heap share. */
export const defaultMaxStoredBytes = (): number => heapShare(DEFAULT_STORED_HEAP_SHARE);
export const DEFAULT_RETENTION_MS = BATCH_LIFETIME_MS;
export const DEFAULT_CALLBACKS: Required<CallbackOptions> = { attempts: 5, baseDelayMs: 1000, timeoutMs: 10_000 };

const pair = object({
  apiKey: string({ required: true, pattern: /^[^\s:]+$/, describe: "a non-empty string without whitespace or ':'" }),
  apiSecret: string({ required: true, nonEmpty: true }),
});

/** `credentials`: one `{ apiKey, apiSecret }` or a list of them (default the demo pair), as a secret by key. */
const credentialsOption = () =>
  custom<Map<string, string>>((value, fail, at) => {
    if (value === undefined) return new Map([[DEMO_CREDENTIALS.apiKey, DEMO_CREDENTIALS.apiSecret]]);
    const list = Array.isArray(value) ? value : [value];
    if (list.length === 0) fail("must name at least one { apiKey, apiSecret } pair");
    const secrets = new Map<string, string>();
    list.forEach((item: unknown, i) => {
      const where = Array.isArray(value) ? { owner: at.owner, path: `${at.path}[${i}]` } : at;
      const { apiKey, apiSecret } = pair(item, where) as EmulatorCredentials;
      if (secrets.has(apiKey) && secrets.get(apiKey) !== apiSecret) throw optionError(where, `gives apiKey '${apiKey}' a second, different secret`);
      secrets.set(apiKey, apiSecret);
    });
    return secrets;
  });

/** The rules of the settings, by option name: spread into createEmulator's shape. */
export const settingRules = {
  credentials: credentialsOption(),
  auth: oneOf(["strict", "relaxed"], { default: "strict" }),
  clock: clockOption(),
  jobDelayMs: integer({ min: 0, unit: "ms", default: 0 }),
  callbacks: object({
    attempts: integer({ min: 1, default: DEFAULT_CALLBACKS.attempts }),
    baseDelayMs: integer({ min: 0, unit: "ms", default: DEFAULT_CALLBACKS.baseDelayMs }),
    timeoutMs: integer({ min: 1, unit: "ms", default: DEFAULT_CALLBACKS.timeoutMs }),
  }),
  maxBodyBytes: integer({ min: 1, unit: "bytes", default: DEFAULT_MAX_BODY_BYTES }),
  bodyTimeoutMs: integer({ min: 1, unit: "ms", default: DEFAULT_BODY_TIMEOUT_MS }),
  maxBufferedBytes: integer({ min: 1, unit: "bytes", default: defaultMaxBufferedBytes() }),
  maxStoredBytes: integer({ min: 1, unit: "bytes", default: defaultMaxStoredBytes() }),
  retentionMs: integer({ min: 1, unit: "ms", default: DEFAULT_RETENTION_MS }),
  honourPreferHeader: boolean({ default: false }),
  onRequest: func<(entry: RequestLogEntry) => void>({ describe: "(entry) => void" }),
  fetch: func<(request: Request) => Promise<Response>>({ describe: "(request) => Promise<Response>" }),
};
