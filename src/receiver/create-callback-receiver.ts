import { createHash } from "node:crypto";
import type { BatchCallback } from "../contract/types.js";
import { componentValidator } from "../contract/validators.js";
import { createByteBudget } from "../util/byte-budget.js";
import { deadline } from "../util/clock.js";
import { readWebBody } from "../util/read-web-body.js";
import type { CallbackRegistrar } from "../workflow/model/callback-registrar.js";
import { bodyOrNull } from "./body-or-null.js";
import { BodyTimeoutError } from "./body-timeout-error.js";
import { generateToken, looksLikeToken, sameAsyncId, TOKEN_PARAM, tokenKey } from "./callback-token.js";
import { CallbackWaiters } from "./callback-waiters.js";
import type { IncomingCallback, ReceiverAnswer } from "./incoming-callback.js";
import { IvvyReceiverError } from "./ivvy-receiver-error.js";
import { isJsonContentType } from "./json-content-type.js";
import { parseCallbackBody } from "./parse-callback-body.js";
import { accepted, rejection } from "./receiver-answers.js";
import { type CallbackInfo, type CallbackReceiverOptions, type ReceiverErrorContext, resolveReceiverOptions } from "./receiver-options.js";
import { createMemoryDedupeStore } from "./stores/memory-dedupe-store.js";
import { createMemoryTokenStore } from "./stores/memory-token-store.js";
import type { BindOutcome, TokenRecord } from "./stores/token-store.js";

export interface CallbackReceiver extends CallbackRegistrar {
  /** The whole receiver as a web handler: mount it on any framework that speaks `Request`/`Response`. */
  fetch(request: Request): Promise<Response>;
  /** The framework-free core the adapters call; use `fetch` or `toNodeListener` instead unless writing an adapter. */
  handle(incoming: IncomingCallback): Promise<ReceiverAnswer>;
  /** Resolves once every handler call started so far has finished: for graceful shutdown and tests. */
  whenIdle(): Promise<void>;
}

const isAsyncId = componentValidator("AsyncId");

/** Retry-After of a callback refused at maxBufferedBytes; the emulator's overload answer says the same. */
const BUFFER_RETRY_AFTER_SECONDS = 1;

/**
 * A callback receiver for iVvy batches. iVvy does not sign callbacks, so each
 * callbackUrl carries a random token, and a callback is accepted only when its token
 * was issued here and is bound to the asyncId in its body. See README.md, "Receiving callbacks".
 */
export function createCallbackReceiver(options: CallbackReceiverOptions): CallbackReceiver {
  const config = resolveReceiverOptions(options);
  const { clock, maxBodyBytes, tokenTtlMs, dedupeTtlMs, onCallback } = config;
  const now = () => clock.now();
  const tokens = config.tokenStore ?? createMemoryTokenStore({ clock });
  const dedupe = config.dedupeStore ?? createMemoryDedupeStore({ clock });
  const waiters = new CallbackWaiters({ maxRetained: config.maxRetainedCallbacks, ttlMs: dedupeTtlMs, now });
  const running = new Set<Promise<void>>();
  // Body bytes reserved by the requests being read now (at most maxBufferedBytes).
  const buffered = createByteBudget(config.maxBufferedBytes);

  const report = (error: unknown, context: ReceiverErrorContext): void => {
    if (!config.onError) return;
    // An onError that throws must not become an unhandled rejection either.
    try {
      const result = config.onError(error, context) as unknown;
      if (result instanceof Promise) result.catch(() => undefined);
    } catch {
      // Nowhere left to report it: the library never writes to the console.
    }
  };

  const storeFailure = (error: unknown, asyncId: string | undefined): ReceiverAnswer => {
    report(error, { phase: "store", asyncId });
    // 503 tells the sender to try again later; the failure is ours, not the payload's.
    return rejection(503, "the receiver's token, dedupe or inbox store is unavailable; retry later", [], { "retry-after": "5" });
  };

  const dispatch = (payload: BatchCallback, info: CallbackInfo): void => {
    if (!onCallback) return;
    // A macrotask, not a microtask: the adapter writes the 2xx before the handler runs,
    // even when the handler does heavy synchronous work. A turn of the event loop, not a
    // wait on the clock: a manual clock must not hold handlers back.
    const task: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => onCallback(payload, info))
      .catch(async (error: unknown) => {
        // Forget the delivery, so a repost of the same payload reaches the handler again.
        await dedupe.release(info.dedupeKey).catch((releaseError: unknown) => report(releaseError, { phase: "store", asyncId: info.asyncId }));
        report(error, { phase: "handler", asyncId: info.asyncId });
      })
      .finally(() => running.delete(task));
    running.add(task);
  };

  async function handle(incoming: IncomingCallback): Promise<ReceiverAnswer> {
    if (incoming.method.toUpperCase() !== "POST") {
      return rejection(405, `callbacks are POSTed; got ${incoming.method}`, [], { allow: "POST" });
    }

    // Authenticate before reading the body, so forged requests cost no parsing.
    const token = new URL(incoming.url, "http://receiver.invalid").searchParams.get(TOKEN_PARAM);
    if (!token) {
      return rejection(401, `callback URL has no '${TOKEN_PARAM}' query parameter: submit batches with a callbackUrl from issueCallbackUrl()`);
    }
    const key = tokenKey(token);
    let record: TokenRecord | undefined;
    try {
      record = looksLikeToken(token) ? await tokens.get(key) : undefined;
    } catch (error) {
      return storeFailure(error, undefined);
    }
    if (!record) return rejection(401, "unknown or expired callback token: it was not issued by this receiver's token store, or it expired");

    if (!isJsonContentType(incoming.contentType)) {
      return rejection(415, `content type must be application/json, got ${incoming.contentType ?? "none"}`);
    }
    const declared = incoming.contentLength === null ? NaN : Number(incoming.contentLength);
    if (declared > maxBodyBytes) return rejection(413, `body is ${declared} bytes; the limit (maxBodyBytes) is ${maxBodyBytes}`);
    // What this body may hold while it is read: its declared length (the adapter reads no
    // more), or the largest allowed when it has none.
    const reserve = Number.isSafeInteger(declared) && declared >= 0 ? declared : maxBodyBytes;
    const lease = buffered.lease();
    if (!lease.take(reserve)) {
      // The contract's answer for too many requests (openapi.yaml, TooManyRequests), as the
      // emulator gives at its own budgets: the bodies being read finish or time out soon.
      return rejection(429, `the receiver is reading as many bodies as it holds at once (maxBufferedBytes ${config.maxBufferedBytes}); retry later`, [], {
        "retry-after": String(BUFFER_RETRY_AFTER_SECONDS),
      });
    }
    try {
      return await handleBody(incoming, key, record, reserve);
    } finally {
      lease.release();
    }
  }

  async function handleBody(incoming: IncomingCallback, key: string, record: TokenRecord, maxBytes: number): Promise<ReceiverAnswer> {
    // A body that trickles in would hold its buffer (and its share of maxBufferedBytes)
    // for as long as the sender likes: it gets bodyTimeoutMs in all.
    const timeout = deadline(clock, config.bodyTimeoutMs, () => new BodyTimeoutError());
    let bytes: Uint8Array | null;
    try {
      bytes = await incoming.readBody(maxBytes, timeout.signal);
    } catch (error) {
      if (timeout.signal.aborted) return rejection(408, `the body did not arrive within bodyTimeoutMs (${config.bodyTimeoutMs} ms)`);
      // The sender went away mid-body, or sent a broken chunked encoding.
      return rejection(400, `the request body could not be read: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      timeout.cancel();
    }
    if (!bytes) {
      return rejection(
        413,
        maxBytes < maxBodyBytes
          ? `body is longer than its Content-Length (${maxBytes} bytes)`
          : `body is larger than the limit (maxBodyBytes) of ${maxBodyBytes} bytes`,
      );
    }

    const parsed = parseCallbackBody(bytes);
    if (!parsed.ok) return rejection(400, parsed.message, parsed.reasons);
    const payload = parsed.payload;
    const { asyncId } = payload;

    // Pending: the batch finished before bind() ran. The token is the secret, so its
    // first callback binds it, in one compare-and-set at the store: of two callbacks (or
    // a callback and bind()) naming different batches, only one wins; bind() later
    // checks it names the same asyncId.
    let boundOnArrival = false;
    if (record.asyncId === null) {
      let outcome: BindOutcome;
      try {
        outcome = await tokens.bindIfPending(key, asyncId, tokenTtlMs);
      } catch (error) {
        return storeFailure(error, asyncId);
      }
      if (outcome === "unknown") return rejection(401, "unknown or expired callback token: it expired while this callback was read");
      if (outcome === "conflict") return rejection(403, "callback token was issued for a different batch than this body's asyncId");
      boundOnArrival = true;
    } else if (!sameAsyncId(record.asyncId, asyncId)) {
      return rejection(403, "callback token was issued for a different batch than this body's asyncId");
    }

    const dedupeKey = `${asyncId}:${createHash("sha256").update(bytes).digest("base64url")}`;
    let isNew: boolean;
    try {
      // With an inbox, the stored entry is both the dedupe record and the durable copy the
      // consumer hands on: the 2xx goes out only once it is written.
      if (config.inbox) isNew = !(await config.inbox.put({ deliveryId: dedupeKey, asyncId, body: bytes, receivedAt: now() })).duplicate;
      else isNew = await dedupe.claim(dedupeKey, dedupeTtlMs);
    } catch (error) {
      return storeFailure(error, asyncId);
    }
    waiters.accept(payload);
    if (isNew) dispatch(payload, { asyncId, dedupeKey, receivedAt: new Date(now()), rawBody: bytes, boundOnArrival });
    return accepted(!isNew);
  }

  return {
    handle,

    async fetch(request) {
      const answer = await handle({
        method: request.method,
        url: request.url,
        contentType: request.headers.get("content-type"),
        contentLength: request.headers.get("content-length"),
        readBody: async (maxBytes, signal) => bodyOrNull(await readWebBody(request, maxBytes, { signal }), signal),
      });
      return new Response(answer.body, { status: answer.status, headers: answer.headers });
    },

    async issueCallbackUrl() {
      const token = generateToken();
      await tokens.set(tokenKey(token), { asyncId: null, issuedAt: now() }, tokenTtlMs);
      const url = new URL(config.publicUrl);
      url.searchParams.set(TOKEN_PARAM, token);
      return { callbackUrl: url.href, token };
    },

    async bind(token, asyncId) {
      // The schema checks the type too: 42 is not an asyncId.
      if (!isAsyncId(asyncId)) {
        throw new IvvyReceiverError("invalid_async_id", `bind: ${JSON.stringify(asyncId)} is not an asyncId (32 lowercase hex characters, as run returns)`);
      }
      const outcome = await tokens.bindIfPending(tokenKey(String(token)), asyncId, tokenTtlMs);
      if (outcome === "unknown") {
        throw new IvvyReceiverError(
          "unknown_token",
          `bind: unknown or expired token for asyncId ${asyncId}: issue it with issueCallbackUrl() on a receiver sharing this tokenStore, and bind within tokenTtlMs (${tokenTtlMs} ms)`,
        );
      }
      if (outcome === "conflict") {
        throw new IvvyReceiverError(
          "token_conflict",
          `bind: this token is already bound to another asyncId, not ${asyncId}; a callback carrying it named a different batch before bind ran, so the callbackUrl may have leaked`,
        );
      }
    },

    waitForCallback(asyncId, signal) {
      return waiters.wait(asyncId, signal);
    },

    async whenIdle() {
      while (running.size > 0) await Promise.all(running);
    },
  };
}
