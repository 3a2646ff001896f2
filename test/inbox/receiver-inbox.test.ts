import { describe, expect, it } from "vitest";
import { createInboxConsumer, createMemoryInbox, type CallbackInbox } from "../../src/inbox/index.js";
import { createCallbackReceiver } from "../../src/receiver/index.js";
import { makeCallback, newAsyncId, post } from "../receiver/fixtures.js";

const PUBLIC_URL = "https://my.app/ivvy/callback";

/** An inbox whose writes fail while `down` is set, as when the database is unreachable. */
function flakyInbox(inner: CallbackInbox) {
  const state = { down: false };
  const inbox: CallbackInbox = { ...inner, put: (d) => (state.down ? Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:5432")) : inner.put(d)) };
  return { inbox, state };
}

describe("a receiver with an inbox", () => {
  it("has stored the exact bytes by the time it answers 2xx, once per distinct delivery", async () => {
    const inbox = createMemoryInbox();
    const receiver = createCallbackReceiver({ publicUrl: PUBLIC_URL, inbox });
    const asyncId = newAsyncId();
    const { callbackUrl, token } = await receiver.issueCallbackUrl();
    await receiver.bind(token, asyncId);
    const body = `{ "asyncId": "${asyncId}",   "results": ${JSON.stringify(makeCallback(asyncId).results)} }`;
    const first = await receiver.fetch(post(callbackUrl, body));
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ received: true, duplicate: false });
    const [claim] = await inbox.claim({ limit: 5, visibilityTimeoutMs: 1_000, maxAttempts: 3 });
    expect(Buffer.from(claim!.body).toString("utf8")).toBe(body);
    expect(claim!.deliveryId).toMatch(new RegExp(`^${asyncId}:[A-Za-z0-9_-]{43}$`));
    const again = await receiver.fetch(post(callbackUrl, body));
    expect(await again.json()).toEqual({ received: true, duplicate: true });
    expect(await receiver.waitForCallback(asyncId)).toMatchObject({ asyncId });
  });

  it("answers 503 when the inbox cannot store the callback, and stores the sender's retry once it can", async () => {
    const errors: unknown[] = [];
    const { inbox, state } = flakyInbox(createMemoryInbox());
    const receiver = createCallbackReceiver({ publicUrl: PUBLIC_URL, inbox, onError: (e, ctx) => errors.push([ctx.phase, (e as Error).message]) });
    const asyncId = newAsyncId();
    const { callbackUrl, token } = await receiver.issueCallbackUrl();
    await receiver.bind(token, asyncId);
    const body = JSON.stringify(makeCallback(asyncId));
    state.down = true;
    const refused = await receiver.fetch(post(callbackUrl, body));
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("5");
    expect(errors).toEqual([["store", "connect ECONNREFUSED 127.0.0.1:5432"]]);
    state.down = false;
    const stored = await receiver.fetch(post(callbackUrl, body));
    expect(await stored.json()).toEqual({ received: true, duplicate: false });
    const handled: string[] = [];
    await createInboxConsumer({ inbox, onCallback: (p, info) => void handled.push(info.deliveryId) }).drain();
    expect(handled).toHaveLength(1);
  });

  it("refuses onCallback beside an inbox, naming where the handler goes", () => {
    expect(() => createCallbackReceiver({ publicUrl: PUBLIC_URL, inbox: createMemoryInbox(), onCallback: () => {} })).toThrow(
      "createCallbackReceiver: option 'inbox' and 'onCallback' do not go together: with an inbox, pass the handler to createInboxConsumer",
    );
    expect(() => createCallbackReceiver({ publicUrl: PUBLIC_URL, inbox: {} as never })).toThrow("option 'inbox' must implement put()");
  });
});

describe("createInboxConsumer", () => {
  it("consumes in the background, dead-letters a handler that keeps failing, and handles it once replayed", async () => {
    const inbox = createMemoryInbox();
    const receiver = createCallbackReceiver({ publicUrl: PUBLIC_URL, inbox });
    const asyncId = newAsyncId();
    const { callbackUrl, token } = await receiver.issueCallbackUrl();
    await receiver.bind(token, asyncId);
    let healthy = false;
    const effects: string[] = [];
    const consumer = createInboxConsumer({
      inbox,
      maxAttempts: 2,
      retryDelayMs: 0,
      pollIntervalMs: 5,
      onCallback: (_payload, info) => {
        if (!healthy) throw new Error("downstream unavailable");
        effects.push(info.deliveryId);
      },
    });
    consumer.start();
    try {
      expect((await receiver.fetch(post(callbackUrl, JSON.stringify(makeCallback(asyncId))))).status).toBe(200);
      let letters = await inbox.deadLetters();
      for (let i = 0; i < 200 && letters.length === 0; i++) letters = (await new Promise((r) => setTimeout(r, 5)), await inbox.deadLetters());
      expect(letters).toMatchObject([{ asyncId, attempts: 2, lastError: "Error: downstream unavailable" }]);
      healthy = true;
      expect(await inbox.replay(letters[0]!.deliveryId)).toBe(true);
      consumer.wake();
      for (let i = 0; i < 200 && effects.length === 0; i++) await new Promise((r) => setTimeout(r, 5));
      expect(effects).toEqual([letters[0]!.deliveryId]);
    } finally {
      await consumer.stop();
    }
  });

  it("extends the claim while a slow handler runs, so no second instance runs it meanwhile", async () => {
    const inbox = createMemoryInbox();
    await inbox.put({ deliveryId: `${"a".repeat(32)}:x`, asyncId: "a".repeat(32), body: new TextEncoder().encode(JSON.stringify(makeCallback("a".repeat(32)))), receivedAt: Date.now() });
    const runs: number[] = [];
    const slow = (id: number) =>
      createInboxConsumer({ inbox, visibilityTimeoutMs: 60, onCallback: async () => void (runs.push(id), await new Promise((r) => setTimeout(r, 300))) });
    const first = slow(1).drain();
    // Well past the visibility timeout, while the first handler still runs.
    await new Promise((r) => setTimeout(r, 200));
    expect(await slow(2).drain()).toBe(0);
    await first;
    expect(runs).toEqual([1]);
  });

  it("names a wrong option", () => {
    expect(() => createInboxConsumer({ inbox: createMemoryInbox(), onCallback: () => {}, maxAttempts: 0 })).toThrow("option 'maxAttempts' must be a positive integer, got 0");
    expect(() => createInboxConsumer({ inbox: {} as never, onCallback: () => {} })).toThrow("option 'inbox' must be a CallbackInbox");
  });
});
