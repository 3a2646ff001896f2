import { BATCH_LIFETIME_MS } from "../contract/lifetime.js";
import type { BatchCallback } from "../contract/types.js";
import type { InboxWriter } from "./inbox-writer.js";
import type { DedupeStore } from "./stores/dedupe-store.js";
import type { TokenStore } from "./stores/token-store.js";

/** What the handler learns about an accepted delivery besides the payload. */
export interface CallbackInfo {
  asyncId: string;
  /** `asyncId:sha256(body)`: the same bytes delivered again have the same key. */
  dedupeKey: string;
  receivedAt: Date;
  /** The body exactly as received, e.g. to archive it. */
  rawBody: Uint8Array;
  /** True when the token was still pending (the batch finished before `bind`) and was bound by this delivery. */
  boundOnArrival: boolean;
}

export interface ReceiverErrorContext {
  /** `handler`: onCallback threw or rejected. `store`: the token or dedupe store failed (the request got a 503). */
  phase: "handler" | "store";
  asyncId: string | undefined;
}

export interface CallbackReceiverOptions {
  /**
   * The receiver's public URL as iVvy will call it, e.g. `https://my.app/ivvy/callback`.
   * Each issued callbackUrl is this plus a `token` query parameter.
   */
  publicUrl: string | URL;
  /**
   * Called once per distinct delivery, after the HTTP answer is on its way. Errors it
   * throws go to `onError`, and release the delivery's dedupe key so a repost is
   * handled again.
   */
  onCallback?: (payload: BatchCallback, info: CallbackInfo) => void | Promise<void>;
  /** Receives handler and store errors. Without it they are dropped: the library never logs. */
  onError?: (error: unknown, context: ReceiverErrorContext) => void;
  /** Largest body accepted, in bytes; larger ones get 413. Default 10 MiB. */
  maxBodyBytes?: number;
  /**
   * Most body bytes held at once across every request being read (issue 10: 50 slow
   * 6 MiB bodies pinned 300 MiB). A request whose body would pass it gets 503 with
   * Retry-After before any of it is read. A body of unknown length counts as
   * maxBodyBytes. Default 64 MiB; at least maxBodyBytes.
   */
  maxBufferedBytes?: number;
  /** How long a body may take to arrive, in ms, from when reading starts; slower ones get 408. Default 15,000. */
  bodyTimeoutMs?: number;
  /** Default: `createMemoryTokenStore()`. Share one between processes that issue and receive. */
  tokenStore?: TokenStore;
  /** Default: `createMemoryDedupeStore()`. Share one between receivers behind one URL. */
  dedupeStore?: DedupeStore;
  /**
   * A durable inbox (`createMemoryInbox()`, or the Postgres store set's `inbox`): each new
   * delivery's exact bytes are stored there before the 2xx, a failed write is a 503, and
   * `createInboxConsumer()` hands entries to the handler on any instance. It takes the
   * dedupe store's place (deliveries are keyed by the same `asyncId:sha256(body)`), and
   * `onCallback` goes to the consumer instead.
   */
  inbox?: InboxWriter;
  /** How long an issued token stays valid, from issue and again from bind. Default two days, the life of a batch's results. */
  tokenTtlMs?: number;
  /** How long a delivery is remembered as seen. Default two days: after that iVvy cannot repost it. */
  dedupeTtlMs?: number;
  /** How many accepted callbacks are kept for `waitForCallback` calls made after they arrived. Default 1,000. */
  maxRetainedCallbacks?: number;
  /** Clock in epoch milliseconds, injectable for tests. Default `Date.now`. */
  now?: () => number;
}

export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_RETAINED_CALLBACKS = 1_000;
export const DEFAULT_MAX_BUFFERED_BYTES = 64 * 1024 * 1024;
export const DEFAULT_BODY_TIMEOUT_MS = 15_000;

export interface ResolvedReceiverOptions {
  publicUrl: URL;
  onCallback: CallbackReceiverOptions["onCallback"];
  onError: CallbackReceiverOptions["onError"];
  maxBodyBytes: number;
  maxBufferedBytes: number;
  bodyTimeoutMs: number;
  tokenStore: TokenStore | undefined;
  dedupeStore: DedupeStore | undefined;
  inbox: InboxWriter | undefined;
  tokenTtlMs: number;
  dedupeTtlMs: number;
  maxRetainedCallbacks: number;
  now: () => number;
}

const fail = (option: string, why: string): never => {
  throw new TypeError(`createCallbackReceiver: option '${option}' ${why}`);
};

function positiveInteger(option: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1) {
    fail(option, `must be a positive integer, got ${JSON.stringify(value)}`);
  }
  return value as number;
}

function optionalFunction<T>(option: string, value: T | undefined): T | undefined {
  if (value !== undefined && typeof value !== "function") fail(option, `must be a function, got ${typeof value}`);
  return value;
}

function store<T>(option: string, value: T | undefined, methods: string[]): T | undefined {
  if (value === undefined) return undefined;
  for (const method of methods) {
    if (typeof (value as Record<string, unknown> | null)?.[method] !== "function") {
      fail(
        option,
        `must implement ${methods
          .map((m) => `${m}()`)
          .join(", ")
          .replace(/, ([^,]*)$/, " and $1")}; it has no ${method}()`,
      );
    }
  }
  return value;
}

/** Checks every option once, at construction, naming the option that is wrong. */
export function resolveReceiverOptions(options: CallbackReceiverOptions): ResolvedReceiverOptions {
  if (typeof options !== "object" || options === null) {
    throw new TypeError("createCallbackReceiver: pass an options object, at least { publicUrl }");
  }
  const raw = options.publicUrl;
  if (raw === undefined) fail("publicUrl", "is required: the URL iVvy will POST callbacks to, e.g. https://my.app/ivvy/callback");
  let publicUrl: URL;
  try {
    publicUrl = new URL(String(raw));
  } catch {
    return fail("publicUrl", `must be an absolute URL, got ${JSON.stringify(String(raw))}`);
  }
  if (publicUrl.protocol !== "https:" && publicUrl.protocol !== "http:") {
    fail("publicUrl", `must be an http(s) URL, got ${publicUrl.protocol}`);
  }
  if (publicUrl.hash) fail("publicUrl", "must not have a #fragment: it is never sent to the server");
  if (options.inbox !== undefined && options.onCallback !== undefined) {
    fail(
      "inbox",
      "and 'onCallback' do not go together: with an inbox, pass the handler to createInboxConsumer({ inbox, onCallback }), which runs it until it succeeds",
    );
  }
  const maxBodyBytes = positiveInteger("maxBodyBytes", options.maxBodyBytes, DEFAULT_MAX_BODY_BYTES);
  const maxBufferedBytes = positiveInteger("maxBufferedBytes", options.maxBufferedBytes, Math.max(DEFAULT_MAX_BUFFERED_BYTES, maxBodyBytes));
  if (maxBufferedBytes < maxBodyBytes) {
    fail("maxBufferedBytes", `must be at least maxBodyBytes (${maxBodyBytes}), or no body of the largest size could ever be read; got ${maxBufferedBytes}`);
  }
  return {
    publicUrl,
    onCallback: optionalFunction("onCallback", options.onCallback),
    onError: optionalFunction("onError", options.onError),
    maxBodyBytes,
    maxBufferedBytes,
    bodyTimeoutMs: positiveInteger("bodyTimeoutMs", options.bodyTimeoutMs, DEFAULT_BODY_TIMEOUT_MS),
    tokenStore: store("tokenStore", options.tokenStore, ["get", "set", "bindIfPending"]),
    dedupeStore: store("dedupeStore", options.dedupeStore, ["claim", "release"]),
    inbox: store("inbox", options.inbox, ["put"]),
    tokenTtlMs: positiveInteger("tokenTtlMs", options.tokenTtlMs, BATCH_LIFETIME_MS),
    dedupeTtlMs: positiveInteger("dedupeTtlMs", options.dedupeTtlMs, BATCH_LIFETIME_MS),
    maxRetainedCallbacks: positiveInteger("maxRetainedCallbacks", options.maxRetainedCallbacks, DEFAULT_MAX_RETAINED_CALLBACKS),
    now: optionalFunction("now", options.now) ?? Date.now,
  };
}
