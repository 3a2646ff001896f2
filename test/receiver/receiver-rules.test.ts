// The receiver's promises, one at a time, as a mutation test showed some were unchecked
// (docs/receiver.md, "What it answers"): what every refusal says, what a pending token becomes, what is
// reported and where, and that nothing is left behind after an answer.
import { describe, expect, it } from "vitest";
import { looksLikeToken, sameAsyncId, tokenKey } from "../../src/receiver/callback-token.js";
import type { IncomingCallback } from "../../src/receiver/incoming-callback.js";
import {
  type CallbackReceiverOptions,
  createCallbackReceiver,
  createMemoryDedupeStore,
  createMemoryTokenStore,
  type TokenStore,
} from "../../src/receiver/index.js";
import { fakeClock, makeCallback, newAsyncId, post, turn } from "./fixtures.js";

const PUBLIC_URL = "https://my.app/ivvy/callback";
const MiB = 1024 * 1024;
const receiverWith = (options: Partial<CallbackReceiverOptions> = {}) => createCallbackReceiver({ publicUrl: PUBLIC_URL, ...options });
const envelope = async (response: Response) =>
  (await response.json()) as { errorCode: number; message: string; specificCode: number; additionalMessages: string[] };

describe("refusals are exact iVvy-style envelopes", () => {
  it("405 names the method and allows POST", async () => {
    const response = await receiverWith().fetch(new Request(`${PUBLIC_URL}?token=x`));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
    expect(await envelope(response)).toEqual({ errorCode: 405, message: "callbacks are POSTed; got GET", specificCode: 0, additionalMessages: [] });
  });

  it("415 says which content type came, or none", async () => {
    const receiver = receiverWith();
    const { callbackUrl } = await receiver.issueCallbackUrl();
    const answer = await receiver.handle({ method: "POST", url: callbackUrl, contentType: null, contentLength: null, readBody: async () => new Uint8Array() });
    expect(answer.status).toBe(415);
    expect(JSON.parse(answer.body!)).toMatchObject({ message: "content type must be application/json, got none" });
    const text = await receiver.fetch(post(callbackUrl, "{}", "text/plain"));
    expect((await envelope(text)).message).toBe("content type must be application/json, got text/plain");
  });

  it("400 says why an unreadable body could not be read", async () => {
    const receiver = receiverWith();
    const { callbackUrl } = await receiver.issueCallbackUrl();
    const broken = new ReadableStream<Uint8Array>({ pull: (controller) => controller.error(new Error("connection reset by peer")) });
    const response = await receiver.fetch(post(callbackUrl, broken));
    expect(response.status).toBe(400);
    expect((await envelope(response)).message).toBe("the request body could not be read: connection reset by peer");
  });

  it("503 when a store fails has no extra messages and a Retry-After", async () => {
    const failing: TokenStore = { ...createMemoryTokenStore(), get: () => Promise.reject(new Error("down")) };
    const response = await receiverWith({ tokenStore: failing }).fetch(post(`${PUBLIC_URL}?token=${"a".repeat(43)}`, "{}"));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await envelope(response)).toEqual({
      errorCode: 503,
      message: "the receiver's token, dedupe or inbox store is unavailable; retry later",
      specificCode: 0,
      additionalMessages: [],
    });
  });

  it("429 past maxBufferedBytes has no extra messages either", async () => {
    const receiver = receiverWith({ maxBodyBytes: MiB, maxBufferedBytes: MiB });
    const { callbackUrl } = await receiver.issueCallbackUrl();
    const never: IncomingCallback = {
      method: "POST",
      url: callbackUrl,
      contentType: "application/json",
      contentLength: null,
      readBody: () => new Promise(() => undefined),
    };
    void receiver.handle(never);
    const answer = await receiver.handle({ ...never, contentLength: "10" });
    expect(answer.status).toBe(429);
    expect(JSON.parse(answer.body!)).toEqual({
      errorCode: 429,
      message: expect.stringContaining("maxBufferedBytes 1048576"),
      specificCode: 0,
      additionalMessages: [],
    });
  });
});

describe("what a body may hold while it is read", () => {
  it("is its declared length, or maxBodyBytes when it declares none (or nonsense)", async () => {
    const receiver = receiverWith({ maxBodyBytes: 4096 });
    const { callbackUrl } = await receiver.issueCallbackUrl();
    const limits: number[] = [];
    for (const contentLength of ["123", "0", null, "1.5", "abc", "-1"]) {
      await receiver.handle({
        method: "POST",
        url: callbackUrl,
        contentType: "application/json",
        contentLength,
        readBody: async (maxBytes) => {
          limits.push(maxBytes);
          return new Uint8Array();
        },
      });
    }
    expect(limits).toEqual([123, 0, 4096, 4096, 4096, 4096]);
  });

  it("leaves no timer behind once the answer is given", async () => {
    const clock = fakeClock();
    const receiver = receiverWith({ bodyTimeoutMs: 60_000, clock });
    const asyncId = newAsyncId();
    const { callbackUrl, token } = await receiver.issueCallbackUrl();
    await receiver.bind(token, asyncId);
    const body = new TextEncoder().encode(JSON.stringify(makeCallback(asyncId)));
    const answer = await receiver.handle({
      method: "POST",
      url: callbackUrl,
      contentType: "application/json",
      contentLength: String(body.byteLength),
      readBody: async () => body,
    });
    expect(answer.status).toBe(200);
    expect(clock.pending).toBe(0);
  });
});

describe("a pending token", () => {
  it("is bound by its first callback (boundOnArrival) and then refuses other batches with 403", async () => {
    const seen: { asyncId: string; boundOnArrival: boolean }[] = [];
    const receiver = receiverWith({ onCallback: (_payload, info) => void seen.push({ asyncId: info.asyncId, boundOnArrival: info.boundOnArrival }) });
    const [first, other] = [newAsyncId(), newAsyncId()];
    const { callbackUrl, token } = await receiver.issueCallbackUrl();
    expect((await receiver.fetch(post(callbackUrl, JSON.stringify(makeCallback(first))))).status).toBe(200);
    const refused = await receiver.fetch(post(callbackUrl, JSON.stringify(makeCallback(other))));
    expect(refused.status).toBe(403);
    expect((await envelope(refused)).message).toBe("callback token was issued for a different batch than this body's asyncId");
    // bind() afterwards: the same batch is fine, another one a conflict that names it.
    await expect(receiver.bind(token, first)).resolves.toBeUndefined();
    await expect(receiver.bind(token, other)).rejects.toMatchObject({
      code: "token_conflict",
      message: expect.stringContaining(`bind: this token is already bound to another asyncId, not ${other}`),
    });
    await receiver.whenIdle();
    expect(seen).toEqual([{ asyncId: first, boundOnArrival: true }]);
  });

  it("bound by bind() first: its callback is not boundOnArrival", async () => {
    const seen: boolean[] = [];
    const receiver = receiverWith({ onCallback: (_payload, info) => void seen.push(info.boundOnArrival) });
    const asyncId = newAsyncId();
    const { callbackUrl, token } = await receiver.issueCallbackUrl();
    await receiver.bind(token, asyncId);
    expect((await receiver.fetch(post(callbackUrl, JSON.stringify(makeCallback(asyncId))))).status).toBe(200);
    await receiver.whenIdle();
    expect(seen).toEqual([false]);
  });

  it("a pending token another delivery bound first (the store says conflict) gets 403", async () => {
    const inner = createMemoryTokenStore();
    const receiver = receiverWith({ tokenStore: { get: inner.get, set: inner.set, bindIfPending: async () => "conflict" } });
    const { callbackUrl } = await receiver.issueCallbackUrl();
    const response = await receiver.fetch(post(callbackUrl, JSON.stringify(makeCallback(newAsyncId()))));
    expect(response.status).toBe(403);
    expect((await envelope(response)).message).toBe("callback token was issued for a different batch than this body's asyncId");
  });

  it("a token that expires while its callback is read (the store says unknown) gets 401", async () => {
    const inner = createMemoryTokenStore();
    const receiver = receiverWith({ tokenStore: { ...inner, get: inner.get, set: inner.set, bindIfPending: async () => "unknown" } });
    const { callbackUrl } = await receiver.issueCallbackUrl();
    const response = await receiver.fetch(post(callbackUrl, JSON.stringify(makeCallback(newAsyncId()))));
    expect(response.status).toBe(401);
    expect((await envelope(response)).message).toBe("unknown or expired callback token: it expired while this callback was read");
  });

  it("a store failing to bind, or to claim the delivery, gives 503 and reports it", async () => {
    const inner = createMemoryTokenStore();
    const errors: unknown[] = [];
    const binding = receiverWith({
      tokenStore: { get: inner.get, set: inner.set, bindIfPending: () => Promise.reject(new Error("bind down")) },
      onError: (e) => void errors.push(e),
    });
    const { callbackUrl } = await binding.issueCallbackUrl();
    expect((await binding.fetch(post(callbackUrl, JSON.stringify(makeCallback(newAsyncId()))))).status).toBe(503);
    const dedupe = createMemoryDedupeStore();
    const claiming = receiverWith({
      dedupeStore: { ...dedupe, claim: () => Promise.reject(new Error("claim down")), release: dedupe.release },
      onError: (e) => void errors.push(e),
    });
    const asyncId = newAsyncId();
    const issued = await claiming.issueCallbackUrl();
    await claiming.bind(issued.token, asyncId);
    expect((await claiming.fetch(post(issued.callbackUrl, JSON.stringify(makeCallback(asyncId))))).status).toBe(503);
    expect(errors.map((e) => (e as Error).message)).toEqual(["bind down", "claim down"]);
  });
});

describe("bind()", () => {
  it("refuses what is not an asyncId, and leaves the token pending", async () => {
    const receiver = receiverWith();
    const { callbackUrl, token } = await receiver.issueCallbackUrl();
    for (const bad of ["not-hex", "E35E06EE592D17A42DC9E6252A058617", 42]) {
      await expect(receiver.bind(token, bad as string)).rejects.toMatchObject({
        code: "invalid_async_id",
        message: `bind: ${JSON.stringify(bad)} is not an asyncId (32 lowercase hex characters, as run returns)`,
      });
    }
    expect((await receiver.fetch(post(callbackUrl, JSON.stringify(makeCallback(newAsyncId()))))).status).toBe(200);
  });
});

describe("handler and onError", () => {
  it("a receiver without onCallback accepts, dedupes, and reports nothing", async () => {
    const errors: unknown[] = [];
    const receiver = receiverWith({ onError: (e) => void errors.push(e) });
    const asyncId = newAsyncId();
    const { callbackUrl, token } = await receiver.issueCallbackUrl();
    await receiver.bind(token, asyncId);
    const body = JSON.stringify(makeCallback(asyncId));
    expect(await (await receiver.fetch(post(callbackUrl, body))).json()).toEqual({ received: true, duplicate: false });
    await receiver.whenIdle();
    expect(await (await receiver.fetch(post(callbackUrl, body))).json()).toEqual({ received: true, duplicate: true });
    await receiver.whenIdle();
    expect(errors).toEqual([]);
  });

  it("a dedupe release that fails after the handler failed is reported too, as a store error", async () => {
    const reports: [string, string][] = [];
    const dedupe = createMemoryDedupeStore();
    const receiver = receiverWith({
      dedupeStore: { claim: dedupe.claim, release: () => Promise.reject(new Error("release down")) },
      onCallback: () => {
        throw new Error("handler broke");
      },
      onError: (error, context) => void reports.push([(error as Error).message, context.phase]),
    });
    const asyncId = newAsyncId();
    const { callbackUrl, token } = await receiver.issueCallbackUrl();
    await receiver.bind(token, asyncId);
    await receiver.fetch(post(callbackUrl, JSON.stringify(makeCallback(asyncId))));
    await receiver.whenIdle();
    expect(reports).toEqual([
      ["release down", "store"],
      ["handler broke", "handler"],
    ]);
  });

  it("an onError that rejects causes no unhandled rejection", async () => {
    const unhandled: unknown[] = [];
    const listener = (reason: unknown) => void unhandled.push(reason);
    process.on("unhandledRejection", listener);
    try {
      const receiver = receiverWith({
        onCallback: () => Promise.reject(new Error("handler broke")),
        onError: async () => Promise.reject(new Error("onError broke")),
      });
      const asyncId = newAsyncId();
      const { callbackUrl, token } = await receiver.issueCallbackUrl();
      await receiver.bind(token, asyncId);
      await receiver.fetch(post(callbackUrl, JSON.stringify(makeCallback(asyncId))));
      await receiver.whenIdle();
      // Unhandled rejections are reported at the end of a turn of the event loop.
      await turn();
      await turn();
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", listener);
    }
  });
});

describe("callback tokens", () => {
  it("a token of the wrong shape is refused without a store lookup", async () => {
    const inner = createMemoryTokenStore();
    const looked: string[] = [];
    const receiver = receiverWith({
      tokenStore: {
        ...inner,
        get: (key) => {
          looked.push(key);
          return inner.get(key);
        },
        set: inner.set,
        bindIfPending: inner.bindIfPending,
      },
    });
    const { token } = await receiver.issueCallbackUrl();
    for (const bad of [`${token}A`, `=${token}`, token.slice(1), `${token.slice(0, 42)}+`]) {
      expect((await receiver.fetch(post(`${PUBLIC_URL}?token=${encodeURIComponent(bad)}`, "{}"))).status).toBe(401);
    }
    expect(looked).toEqual([]);
    expect(looksLikeToken(token)).toBe(true);
  });

  it("sameAsyncId compares whole values of any length without throwing", () => {
    const id = newAsyncId();
    expect(sameAsyncId(id, id)).toBe(true);
    expect(sameAsyncId(id, id.slice(1))).toBe(false);
    expect(sameAsyncId(id, `${id}0`)).toBe(false);
    expect(sameAsyncId("", id)).toBe(false);
    expect(
      sameAsyncId(
        id,
        id.replace(/.$/, (c) => (c === "0" ? "1" : "0")),
      ),
    ).toBe(false);
  });

  it("tokenKey is the token's SHA-256, base64url", () => {
    expect(tokenKey("abc")).toBe("ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0");
    expect(tokenKey("é")).not.toBe(tokenKey("e"));
  });
});
