import { describe, expect, it, vi } from "vitest";
import { type CallbackInbox, createInboxConsumer, createMemoryInbox } from "../../src/inbox/index.js";
import { createCallbackReceiver } from "../../src/receiver/index.js";
import { createManualClock } from "../../src/util/clock.js";
import { makeCallback, newAsyncId, post, within } from "../receiver/fixtures.js";

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
    await createInboxConsumer({ inbox, onCallback: (_payload, info) => void handled.push(info.deliveryId) }).drain();
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
    const clock = createManualClock();
    const inbox = createMemoryInbox({ clock });
    const receiver = createCallbackReceiver({ publicUrl: PUBLIC_URL, inbox, clock });
    const asyncId = newAsyncId();
    const { callbackUrl, token } = await receiver.issueCallbackUrl();
    await receiver.bind(token, asyncId);
    let healthy = false;
    const effects: string[] = [];
    let polls = 0;
    const counted: CallbackInbox = {
      ...inbox,
      claim: (options) => {
        polls++;
        return inbox.claim(options);
      },
    };
    const consumer = createInboxConsumer({
      inbox: counted,
      clock,
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
      // Idle: it looked once, and waits a poll interval on the clock before looking again.
      await vi.waitFor(() => expect(clock.pending, "the consumer waits for its next poll").toBe(1), { timeout: 5_000 });
      expect(polls).toBe(1);
      expect((await receiver.fetch(post(callbackUrl, JSON.stringify(makeCallback(asyncId))))).status).toBe(200);
      expect(polls).toBe(1);
      await clock.advanceAsync(5);
      await vi.waitFor(async () => expect(await inbox.deadLetters(), "the entry is dead after two failed attempts").toHaveLength(1), { timeout: 5_000 });
      const letters = await inbox.deadLetters();
      expect(letters).toMatchObject([{ asyncId, attempts: 2, lastError: "Error: downstream unavailable" }]);
      healthy = true;
      expect(await inbox.replay(letters[0]!.deliveryId)).toBe(true);
      // wake() looks at once: no time passes on the clock.
      consumer.wake();
      await vi.waitFor(() => expect(effects, "the replayed entry is handled").toEqual([letters[0]!.deliveryId]), { timeout: 5_000 });
    } finally {
      await consumer.stop();
    }
    expect(clock.pending).toBe(0);
  });

  it("extends the claim while a slow handler runs, so no second instance runs it meanwhile", async () => {
    const clock = createManualClock();
    const inbox = createMemoryInbox({ clock });
    const asyncId = "a".repeat(32);
    await inbox.put({ deliveryId: `${asyncId}:x`, asyncId, body: new TextEncoder().encode(JSON.stringify(makeCallback(asyncId))), receivedAt: clock.now() });
    const runs: number[] = [];
    let finish!: () => void;
    const held = new Promise<void>((resolve) => (finish = resolve));
    const consumer = (id: number, handler: () => Promise<void>) =>
      createInboxConsumer({
        inbox,
        clock,
        visibilityTimeoutMs: 60,
        onCallback: async () => {
          runs.push(id);
          await handler();
        },
      });
    const first = consumer(1, () => held).drain();
    await vi.waitFor(() => expect(runs, "the first handler is running").toEqual([1]), { timeout: 5_000 });
    // Well past the visibility timeout, while the first handler still runs: its heartbeat
    // (every 20 ms on the clock) keeps the claim.
    await clock.advanceAsync(200);
    expect(await consumer(2, async () => undefined).drain()).toBe(0);
    finish();
    expect(await within(first, "the first drain")).toBe(1);
    expect(runs).toEqual([1]);
    expect(clock.pending).toBe(0);
  });

  it("without the heartbeat, the same claim is handed out again after the visibility timeout (the check above can fail)", async () => {
    const clock = createManualClock();
    const inbox = createMemoryInbox({ clock });
    const asyncId = "b".repeat(32);
    await inbox.put({ deliveryId: `${asyncId}:x`, asyncId, body: new TextEncoder().encode(JSON.stringify(makeCallback(asyncId))), receivedAt: clock.now() });
    const options = { limit: 1, visibilityTimeoutMs: 60, maxAttempts: 3 };
    expect(await inbox.claim(options)).toHaveLength(1);
    clock.advance(59);
    expect(await inbox.claim(options)).toHaveLength(0);
    clock.advance(1);
    expect(await inbox.claim(options)).toMatchObject([{ attempt: 2 }]);
  });

  it("names a wrong option", () => {
    expect(() => createInboxConsumer({ inbox: createMemoryInbox(), onCallback: () => {}, maxAttempts: 0 })).toThrow(
      "option 'maxAttempts' must be a positive integer, got 0",
    );
    expect(() => createInboxConsumer({ inbox: {} as never, onCallback: () => {} })).toThrow("option 'inbox' must be a CallbackInbox");
  });
});
