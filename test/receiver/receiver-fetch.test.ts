import { describe, expect, it, vi } from "vitest";
import type { BatchCallback } from "../../src/contract/types.js";
import { checkComponent } from "../../src/contract/validators.js";
import { type CallbackInfo, type CallbackReceiverOptions, createCallbackReceiver } from "../../src/receiver/index.js";
import { makeCallback, newAsyncId, post, turn } from "./fixtures.js";

const PUBLIC_URL = "https://my.app/ivvy/callback";

function setup(options: Partial<CallbackReceiverOptions> = {}) {
  const received: { payload: BatchCallback; info: CallbackInfo }[] = [];
  const errors: unknown[] = [];
  const receiver = createCallbackReceiver({
    publicUrl: PUBLIC_URL,
    onCallback: (payload, info) => void received.push({ payload, info }),
    onError: (error) => void errors.push(error),
    ...options,
  });
  /** An issued callbackUrl bound to a fresh asyncId, as submitAll leaves it after run answered. */
  const boundBatch = async () => {
    const asyncId = newAsyncId();
    const { callbackUrl, token } = await receiver.issueCallbackUrl();
    await receiver.bind(token, asyncId);
    return { asyncId, callbackUrl, token };
  };
  return { receiver, received, errors, boundBatch };
}

async function expectRejected(response: Response, status: number, messagePart: RegExp) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  const body = (await response.json()) as { message: string; additionalMessages: string[] };
  // Every rejection is an iVvy error envelope, so one schema checks them all (docs/receiver.md, "What it answers").
  expect(checkComponent("ErrorEnvelope", body)).toEqual({ valid: true, errors: [] });
  expect(body.message).toMatch(messagePart);
  return body;
}

describe("issueCallbackUrl", () => {
  it("puts a 256-bit base64url token on the public URL, different each time", async () => {
    const { receiver } = setup({ publicUrl: "https://my.app/ivvy/callback?tenant=7" });
    const a = await receiver.issueCallbackUrl();
    const b = await receiver.issueCallbackUrl();
    const url = new URL(a.callbackUrl);
    expect(url.origin + url.pathname).toBe("https://my.app/ivvy/callback");
    expect(url.searchParams.get("tenant")).toBe("7");
    expect(url.searchParams.get("token")).toBe(a.token);
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(b.token).not.toBe(a.token);
  });
});

describe("receiver.fetch", () => {
  it("accepts a valid callback with 200 and hands it to onCallback once, after answering", async () => {
    const { receiver, received, boundBatch } = setup();
    const { asyncId, callbackUrl } = await boundBatch();
    const payload = makeCallback(asyncId, 3);
    const body = JSON.stringify(payload);

    const response = await receiver.fetch(post(callbackUrl, body));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true, duplicate: false });
    // The handler runs after the answer, not before it.
    expect(received).toHaveLength(0);

    await receiver.whenIdle();
    expect(received).toHaveLength(1);
    expect(received[0]!.payload).toEqual(payload);
    expect(received[0]!.info.asyncId).toBe(asyncId);
    expect(received[0]!.info.boundOnArrival).toBe(false);
    expect(Buffer.from(received[0]!.info.rawBody).toString("utf8")).toBe(body);
    expect(received[0]!.info.dedupeKey).toMatch(new RegExp(`^${asyncId}:[A-Za-z0-9_-]{43}$`));
  });

  it("accepts application/json with a UTF-8 charset", async () => {
    const { receiver, boundBatch } = setup();
    const { asyncId, callbackUrl } = await boundBatch();
    const response = await receiver.fetch(post(callbackUrl, JSON.stringify(makeCallback(asyncId)), "application/json; charset=UTF-8"));
    expect(response.status).toBe(200);
  });

  it("hands duplicates delivered 3 times to the handler once, acknowledging each", async () => {
    const { receiver, received, boundBatch } = setup();
    const { asyncId, callbackUrl } = await boundBatch();
    const body = JSON.stringify(makeCallback(asyncId, 5));
    const answers = await Promise.all([1, 2, 3].map(() => receiver.fetch(post(callbackUrl, body))));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    const flags = await Promise.all(answers.map(async (a) => ((await a.json()) as { duplicate: boolean }).duplicate));
    expect(flags.filter((d) => !d)).toHaveLength(1);
    await receiver.whenIdle();
    expect(received).toHaveLength(1);
  });

  it("hands a different payload for the same batch (e.g. after restart) to the handler again", async () => {
    const { receiver, received, boundBatch } = setup();
    const { asyncId, callbackUrl } = await boundBatch();
    await receiver.fetch(post(callbackUrl, JSON.stringify(makeCallback(asyncId, 2))));
    await receiver.fetch(post(callbackUrl, JSON.stringify(makeCallback(asyncId, 3))));
    await receiver.whenIdle();
    expect(received.map((r) => r.payload.results.length)).toEqual([2, 3]);
  });

  it("rejects a request with no token with 401", async () => {
    const { receiver, received } = setup();
    const asyncId = newAsyncId();
    const response = await receiver.fetch(post(PUBLIC_URL, JSON.stringify(makeCallback(asyncId))));
    await expectRejected(response, 401, /no 'token' query parameter/);
    await receiver.whenIdle();
    expect(received).toHaveLength(0);
  });

  it("rejects forged tokens with 401, well-formed or not", async () => {
    const { receiver, received, boundBatch } = setup();
    const { asyncId, token } = await boundBatch();
    const body = JSON.stringify(makeCallback(asyncId));
    // Same length and alphabet as a real token, one character changed.
    const flipped = (token[0] === "A" ? "B" : "A") + token.slice(1);
    for (const forged of [flipped, "guess", "x".repeat(2000)]) {
      const response = await receiver.fetch(post(`${PUBLIC_URL}?token=${forged}`, body));
      await expectRejected(response, 401, /unknown or expired callback token/);
    }
    await receiver.whenIdle();
    expect(received).toHaveLength(0);
  });

  it("rejects a token bound to another asyncId with 403", async () => {
    const { receiver, received, boundBatch } = setup();
    const first = await boundBatch();
    const second = await boundBatch();
    const response = await receiver.fetch(post(first.callbackUrl, JSON.stringify(makeCallback(second.asyncId))));
    await expectRejected(response, 403, /issued for a different batch/);
    await receiver.whenIdle();
    expect(received).toHaveLength(0);
  });

  it("rejects an asyncId it never issued a token for with 403, even with a valid token", async () => {
    const { receiver, boundBatch } = setup();
    const { callbackUrl } = await boundBatch();
    const response = await receiver.fetch(post(callbackUrl, JSON.stringify(makeCallback(newAsyncId()))));
    await expectRejected(response, 403, /different batch/);
  });

  it("rejects a wrong content type with 415", async () => {
    const { receiver, boundBatch } = setup();
    const { asyncId, callbackUrl } = await boundBatch();
    const body = JSON.stringify(makeCallback(asyncId));
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "application/json; charset=latin1"]) {
      await expectRejected(await receiver.fetch(post(callbackUrl, body, type)), 415, /must be application\/json/);
    }
  });

  it("rejects bad JSON with 400 and the parser's reason", async () => {
    const { receiver, boundBatch } = setup();
    const { asyncId, callbackUrl } = await boundBatch();
    const truncated = JSON.stringify(makeCallback(asyncId)).slice(0, -3);
    const body = await expectRejected(await receiver.fetch(post(callbackUrl, truncated)), 400, /not JSON/);
    expect(body.additionalMessages[0]).toMatch(/JSON/);
  });

  it("rejects bytes that are not UTF-8 with 400", async () => {
    const { receiver, boundBatch } = setup();
    const { callbackUrl } = await boundBatch();
    const request = new Request(callbackUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
    });
    await expectRejected(await receiver.fetch(request), 400, /UTF-8/);
  });

  it("rejects schema violations with 400 naming each one", async () => {
    const { receiver, received, boundBatch } = setup();
    const { asyncId, callbackUrl } = await boundBatch();
    const bad = { asyncId, results: [{ namespace: "event", action: 7, request: {} }], extra: true };
    const body = await expectRejected(await receiver.fetch(post(callbackUrl, JSON.stringify(bad))), 400, /not a BatchCallback/);
    expect(body.additionalMessages).toEqual(
      expect.arrayContaining([
        "(root) must NOT have additional properties ('extra')",
        "/results/0 must have required property 'response'",
        "/results/0/action must be string",
      ]),
    );
    await receiver.whenIdle();
    expect(received).toHaveLength(0);
  });

  it("caps the reasons listed for a body with many violations", async () => {
    const { receiver, boundBatch } = setup();
    const { asyncId, callbackUrl } = await boundBatch();
    const bad = { asyncId, results: Array.from({ length: 100 }, () => ({ namespace: 1 })) };
    const body = await expectRejected(await receiver.fetch(post(callbackUrl, JSON.stringify(bad))), 400, /not a BatchCallback/);
    expect(body.additionalMessages).toHaveLength(21);
    expect(body.additionalMessages[20]).toMatch(/^\.\.\. and \d+ more$/);
  });

  it("rejects a body over maxBodyBytes with 413 from its Content-Length", async () => {
    const { receiver, boundBatch } = setup({ maxBodyBytes: 1024 });
    const { asyncId, callbackUrl } = await boundBatch();
    const body = JSON.stringify(makeCallback(asyncId, 50));
    const request = new Request(callbackUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) },
      body,
    });
    const response = await receiver.fetch(request);
    await expectRejected(response, 413, new RegExp(`body is ${Buffer.byteLength(body)} bytes; the limit \\(maxBodyBytes\\) is 1024`));
    // Answered from the header alone: the body was never read.
    expect(request.bodyUsed).toBe(false);
  });

  it("rejects a streamed body over maxBodyBytes with 413 without reading far past the limit", async () => {
    const { receiver, boundBatch } = setup({ maxBodyBytes: 64 * 1024 });
    const { callbackUrl } = await boundBatch();
    const chunk = new TextEncoder().encode(" ".repeat(16 * 1024));
    let pulled = 0;
    // An endless body with no Content-Length: only reading can find it is too big.
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const response = await receiver.fetch(post(callbackUrl, endless));
    await expectRejected(response, 413, /larger than the limit/);
    expect(pulled).toBeLessThanOrEqual(64 * 1024 + 3 * chunk.byteLength);
  });

  it("rejects methods other than POST with 405 and Allow", async () => {
    const { receiver, boundBatch } = setup();
    const { callbackUrl } = await boundBatch();
    const response = await receiver.fetch(new Request(callbackUrl, { method: "GET" }));
    await expectRejected(response, 405, /POSTed/);
    expect(response.headers.get("allow")).toBe("POST");
  });
});

describe("pending tokens (the batch finished before bind ran)", () => {
  it("accepts the first callback, binds the token to its asyncId, and bind() then agrees", async () => {
    const { receiver, received } = setup();
    const asyncId = newAsyncId();
    const { callbackUrl, token } = await receiver.issueCallbackUrl();
    const response = await receiver.fetch(post(callbackUrl, JSON.stringify(makeCallback(asyncId))));
    expect(response.status).toBe(200);
    await receiver.whenIdle();
    expect(received[0]!.info.boundOnArrival).toBe(true);

    await expect(receiver.bind(token, asyncId)).resolves.toBeUndefined();
    await expect(receiver.waitForCallback(asyncId)).resolves.toMatchObject({ asyncId });
  });

  it("after binding on arrival, rejects the token for any other asyncId", async () => {
    const { receiver } = setup();
    const asyncId = newAsyncId();
    const other = newAsyncId();
    const { callbackUrl, token } = await receiver.issueCallbackUrl();
    await receiver.fetch(post(callbackUrl, JSON.stringify(makeCallback(asyncId))));
    await expectRejected(await receiver.fetch(post(callbackUrl, JSON.stringify(makeCallback(other)))), 403, /different batch/);
    await expect(receiver.bind(token, other)).rejects.toMatchObject({ name: "IvvyReceiverError", code: "token_conflict" });
  });
});

describe("bind", () => {
  it("refuses unknown tokens and non-asyncIds, naming the fix", async () => {
    const { receiver } = setup();
    await expect(receiver.bind("never-issued", newAsyncId())).rejects.toMatchObject({
      name: "IvvyReceiverError",
      code: "unknown_token",
      message: expect.stringMatching(/issueCallbackUrl\(\)/),
    });
    const { token } = await receiver.issueCallbackUrl();
    await expect(receiver.bind(token, "E35E06EE")).rejects.toMatchObject({ code: "invalid_async_id" });
  });

  it("is idempotent for the same asyncId and refuses a second one", async () => {
    const { receiver } = setup();
    const asyncId = newAsyncId();
    const { token } = await receiver.issueCallbackUrl();
    await receiver.bind(token, asyncId);
    await expect(receiver.bind(token, asyncId)).resolves.toBeUndefined();
    await expect(receiver.bind(token, newAsyncId())).rejects.toMatchObject({ code: "token_conflict" });
  });
});

describe("onCallback errors", () => {
  it("go to onError with the asyncId, never to the HTTP answer, and a repost is handled again", async () => {
    const onError = vi.fn();
    let calls = 0;
    const receiver = createCallbackReceiver({
      publicUrl: PUBLIC_URL,
      onCallback: async () => {
        calls += 1;
        if (calls === 1) throw new Error("database down");
      },
      onError,
    });
    const asyncId = newAsyncId();
    const { callbackUrl, token } = await receiver.issueCallbackUrl();
    await receiver.bind(token, asyncId);
    const body = JSON.stringify(makeCallback(asyncId));

    expect((await receiver.fetch(post(callbackUrl, body))).status).toBe(200);
    await receiver.whenIdle();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: "database down" }), { phase: "handler", asyncId });

    // The failed delivery's dedupe key was released: the repost reaches the handler.
    expect((await receiver.fetch(post(callbackUrl, body))).status).toBe(200);
    await receiver.whenIdle();
    expect(calls).toBe(2);
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it("cause no unhandled rejection when there is no onError, or when onError itself throws", async () => {
    const unhandled: unknown[] = [];
    const listener = (reason: unknown) => void unhandled.push(reason);
    process.on("unhandledRejection", listener);
    try {
      for (const onError of [
        undefined,
        () => {
          throw new Error("onError broke");
        },
      ]) {
        const receiver = createCallbackReceiver({
          publicUrl: PUBLIC_URL,
          onCallback: () => Promise.reject(new Error("handler broke")),
          ...(onError ? { onError } : {}),
        });
        const asyncId = newAsyncId();
        const { callbackUrl, token } = await receiver.issueCallbackUrl();
        await receiver.bind(token, asyncId);
        expect((await receiver.fetch(post(callbackUrl, JSON.stringify(makeCallback(asyncId))))).status).toBe(200);
        await receiver.whenIdle();
      }
      // Unhandled rejections are reported at the end of a turn of the event loop.
      await turn();
      await turn();
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", listener);
    }
  });
});

describe("store failures", () => {
  it("answer 503 with Retry-After and go to onError", async () => {
    const onError = vi.fn();
    const receiver = createCallbackReceiver({
      publicUrl: PUBLIC_URL,
      onError,
      tokenStore: { get: () => Promise.reject(new Error("redis unreachable")), set: async () => undefined, bindIfPending: async () => "unknown" },
    });
    const response = await receiver.fetch(post(`${PUBLIC_URL}?token=${"a".repeat(43)}`, JSON.stringify(makeCallback(newAsyncId()))));
    await expectRejected(response, 503, /store is unavailable/);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: "redis unreachable" }), { phase: "store", asyncId: undefined });
  });
});

describe("waitForCallback", () => {
  it("resolves when the callback arrives, and at once when it already has", async () => {
    const { receiver, boundBatch } = setup();
    const { asyncId, callbackUrl } = await boundBatch();
    const waiting = receiver.waitForCallback(asyncId);
    const payload = makeCallback(asyncId, 4);
    await receiver.fetch(post(callbackUrl, JSON.stringify(payload)));
    await expect(waiting).resolves.toEqual(payload);
    await expect(receiver.waitForCallback(asyncId)).resolves.toEqual(payload);
  });

  it("keeps the first accepted callback when a different one follows", async () => {
    const { receiver, boundBatch } = setup();
    const { asyncId, callbackUrl } = await boundBatch();
    await receiver.fetch(post(callbackUrl, JSON.stringify(makeCallback(asyncId, 1))));
    await receiver.fetch(post(callbackUrl, JSON.stringify(makeCallback(asyncId, 2))));
    expect((await receiver.waitForCallback(asyncId)).results).toHaveLength(1);
  });

  it("is not resolved by a rejected callback, and rejects with the signal's reason on abort", async () => {
    const { receiver, boundBatch } = setup();
    const mine = await boundBatch();
    const other = await boundBatch();
    const controller = new AbortController();
    const waiting = receiver.waitForCallback(mine.asyncId, controller.signal);
    // The other batch's token cannot deliver this batch's callback.
    expect((await receiver.fetch(post(other.callbackUrl, JSON.stringify(makeCallback(mine.asyncId))))).status).toBe(403);
    controller.abort(new Error("gave up"));
    await expect(waiting).rejects.toThrow("gave up");
    await expect(receiver.waitForCallback(mine.asyncId, controller.signal)).rejects.toThrow("gave up");
  });
});
