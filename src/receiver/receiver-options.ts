import { BATCH_LIFETIME_MS } from "../contract/lifetime.js";
import type { BatchCallback } from "../contract/types.js";
import { type Clock, clockOption, RETIRED_FOR_CLOCK } from "../util/clock.js";
import { heapShare } from "../util/heap-share.js";
import { checkOptions, custom, optionError, refuseRetired } from "../util/options.js";
import type { InboxWriter } from "./inbox-writer.js";
import { functionOption, implementing, positiveInteger } from "./option-rules.js";
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
   * Most body bytes held at once across every request being read (docs/receiver.md,
   * "Options": without it, 50 slow 6 MiB bodies pinned 300 MiB). A request whose body would pass it gets 429 with
   * Retry-After (and the error envelope) before any of it is read. A body of unknown length counts as
   * maxBodyBytes. Default 1/32 of V8's heap limit (`v8.getHeapStatistics().heap_size_limit`:
   * 128 MiB of a 4 GiB heap), and never below maxBodyBytes.
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
  /**
   * What the receiver reads the time from and waits on: token and dedupe expiry, the body
   * timeout. Default: the system clock; `createManualClock()` in tests, moved with `advance(ms)`.
   */
  clock?: Clock;
}

export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_RETAINED_CALLBACKS = 1_000;
/** Share of V8's heap limit that bodies being read may hold together by default (what the process can hold, not the machine). */
export const DEFAULT_BUFFERED_HEAP_SHARE = 1 / 32;
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
  clock: Clock;
}

const publicUrlRule = custom<URL>((raw, fail) => {
  if (raw === undefined) fail("is required: the URL iVvy will POST callbacks to, e.g. https://my.app/ivvy/callback");
  let url: URL;
  try {
    url = new URL(String(raw));
  } catch {
    return fail(`must be an absolute URL, got ${JSON.stringify(String(raw))}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") fail(`must be an http(s) URL, got ${url.protocol}`);
  if (url.hash) fail("must not have a #fragment: it is never sent to the server");
  return url;
});

const SHAPE = {
  publicUrl: publicUrlRule,
  onCallback: functionOption<NonNullable<CallbackReceiverOptions["onCallback"]>>(),
  onError: functionOption<NonNullable<CallbackReceiverOptions["onError"]>>(),
  maxBodyBytes: positiveInteger(DEFAULT_MAX_BODY_BYTES),
  maxBufferedBytes: positiveInteger(),
  bodyTimeoutMs: positiveInteger(DEFAULT_BODY_TIMEOUT_MS),
  tokenStore: implementing<TokenStore>(["get", "set", "bindIfPending"]),
  dedupeStore: implementing<DedupeStore>(["claim", "release"]),
  inbox: implementing<InboxWriter>(["put"]),
  tokenTtlMs: positiveInteger(BATCH_LIFETIME_MS),
  dedupeTtlMs: positiveInteger(BATCH_LIFETIME_MS),
  maxRetainedCallbacks: positiveInteger(DEFAULT_MAX_RETAINED_CALLBACKS),
  clock: clockOption(),
};

/** Checks every option once, at construction, naming the option that is wrong (and refusing one it does not know). */
export function resolveReceiverOptions(options: CallbackReceiverOptions): ResolvedReceiverOptions {
  const owner = "createCallbackReceiver";
  if (typeof options !== "object" || options === null) throw new TypeError(`${owner}: pass an options object, at least { publicUrl }`);
  refuseRetired(owner, options, RETIRED_FOR_CLOCK);
  const checked = checkOptions(owner, options, SHAPE);
  if (checked.inbox !== undefined && checked.onCallback !== undefined) {
    throw optionError(
      { owner, path: "inbox" },
      "and 'onCallback' do not go together: with an inbox, pass the handler to createInboxConsumer({ inbox, onCallback }), which runs it until it succeeds",
    );
  }
  const { maxBodyBytes } = checked;
  const maxBufferedBytes = checked.maxBufferedBytes ?? heapShare(DEFAULT_BUFFERED_HEAP_SHARE, maxBodyBytes);
  if (maxBufferedBytes < maxBodyBytes) {
    throw optionError(
      { owner, path: "maxBufferedBytes" },
      `must be at least maxBodyBytes (${maxBodyBytes}), or no body of the largest size could ever be read; got ${maxBufferedBytes}`,
    );
  }
  return { ...checked, maxBufferedBytes };
}
