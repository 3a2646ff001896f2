import { describe, expect, it } from "vitest";
import { BATCH_LIFETIME_MS as TWO_DAYS_MS } from "../../src/contract/lifetime.js";
import { createCallbackReceiver, createMemoryDedupeStore, createMemoryTokenStore } from "../../src/receiver/index.js";
import { fakeClock, makeCallback, newAsyncId, post } from "./fixtures.js";

describe("createMemoryTokenStore", () => {
  it("forgets a record once its TTL has passed on the injected clock", async () => {
    const clock = fakeClock();
    const store = createMemoryTokenStore({ clock });
    await store.set("k", { asyncId: null, issuedAt: clock.now() }, 1_000);
    clock.advance(999);
    expect(await store.get("k")).toEqual({ asyncId: null, issuedAt: clock.now() - 999 });
    clock.advance(1);
    expect(await store.get("k")).toBeUndefined();
  });

  it("drops the oldest entries past maxEntries", async () => {
    const store = createMemoryTokenStore({ maxEntries: 3 });
    for (const key of ["a", "b", "c", "d"]) await store.set(key, { asyncId: null, issuedAt: 0 }, 60_000);
    expect(await store.get("a")).toBeUndefined();
    expect(await store.get("d")).toBeDefined();
  });

  it("returns copies, so a caller cannot rebind a token by mutating a record", async () => {
    const store = createMemoryTokenStore();
    await store.set("k", { asyncId: null, issuedAt: 0 }, 60_000);
    const record = await store.get("k");
    record!.asyncId = "0".repeat(32);
    expect((await store.get("k"))!.asyncId).toBeNull();
  });

  it("names the option that is wrong", () => {
    expect(() => createMemoryTokenStore({ maxEntries: 0 })).toThrow("createMemoryTokenStore: option 'maxEntries' must be a positive integer, got 0");
  });

  it("refuses a key it does not know, and the old now, by name", () => {
    expect(() => createMemoryTokenStore({ maxEntry: 10 } as never)).toThrow(
      "createMemoryTokenStore: unknown option 'maxEntry' (did you mean 'maxEntries'?); allowed: maxEntries, clock",
    );
    expect(() => createMemoryTokenStore({ now: Date.now } as never)).toThrow("createMemoryTokenStore: option 'now' was replaced by 'clock'");
    expect(() => createMemoryTokenStore({ clock: {} as never })).toThrow("createMemoryTokenStore: option 'clock' must be a Clock");
  });
});

describe("createMemoryDedupeStore", () => {
  it("claims a key once until it expires or is released", async () => {
    const clock = fakeClock();
    const store = createMemoryDedupeStore({ clock });
    expect(await store.claim("k", 1_000)).toBe(true);
    expect(await store.claim("k", 1_000)).toBe(false);
    clock.advance(1_000);
    expect(await store.claim("k", 1_000)).toBe(true);
    await store.release("k");
    expect(await store.claim("k", 1_000)).toBe(true);
  });

  it("refuses a key it does not know, by name", () => {
    expect(() => createMemoryDedupeStore({ ttlMs: 1_000 } as never)).toThrow("createMemoryDedupeStore: unknown option 'ttlMs'; allowed: maxEntries, clock");
    expect(() => createMemoryDedupeStore({ now: Date.now } as never)).toThrow("createMemoryDedupeStore: option 'now' was replaced by 'clock'");
  });

  it("stays bounded under a flood of distinct keys, sweeping expired ones as it goes", async () => {
    const clock = fakeClock();
    const store = createMemoryDedupeStore({ clock, maxEntries: 1_000 });
    for (let i = 0; i < 5_000; i++) await store.claim(`k${i}`, 60_000);
    // The first 4,000 were pushed out by the cap: claimable again.
    expect(await store.claim("k0", 60_000)).toBe(true);
    expect(await store.claim("k4999", 60_000)).toBe(false);
    clock.advance(60_000);
    expect(await store.claim("k4999", 60_000)).toBe(true);
  });
});

describe("receiver with an injected clock", () => {
  it("rejects a callback whose token expired, and bind() of an expired token", async () => {
    const clock = fakeClock();
    const receiver = createCallbackReceiver({ publicUrl: "https://my.app/cb", clock });
    const asyncId = newAsyncId();
    const { callbackUrl, token } = await receiver.issueCallbackUrl();
    await receiver.bind(token, asyncId);
    const body = JSON.stringify(makeCallback(asyncId));

    clock.advance(TWO_DAYS_MS - 1);
    expect((await receiver.fetch(post(callbackUrl, body))).status).toBe(200);
    clock.advance(1);
    expect((await receiver.fetch(post(callbackUrl, body))).status).toBe(401);

    const late = await receiver.issueCallbackUrl();
    clock.advance(TWO_DAYS_MS);
    await expect(receiver.bind(late.token, newAsyncId())).rejects.toMatchObject({ code: "unknown_token" });
  });

  it("hands a duplicate to the handler again only after dedupeTtlMs", async () => {
    const clock = fakeClock();
    let calls = 0;
    const receiver = createCallbackReceiver({
      publicUrl: "https://my.app/cb",
      clock,
      dedupeTtlMs: 60_000,
      onCallback: () => void (calls += 1),
    });
    const asyncId = newAsyncId();
    const { callbackUrl, token } = await receiver.issueCallbackUrl();
    await receiver.bind(token, asyncId);
    const body = JSON.stringify(makeCallback(asyncId));
    await receiver.fetch(post(callbackUrl, body));
    clock.advance(59_999);
    await receiver.fetch(post(callbackUrl, body));
    await receiver.whenIdle();
    expect(calls).toBe(1);
    clock.advance(1);
    await receiver.fetch(post(callbackUrl, body));
    await receiver.whenIdle();
    expect(calls).toBe(2);
  });

  it("keeps token store keys as hashes, never the token itself", async () => {
    const keys: string[] = [];
    const inner = createMemoryTokenStore();
    const receiver = createCallbackReceiver({
      publicUrl: "https://my.app/cb",
      tokenStore: {
        get: (key) => inner.get(key),
        set: (key, record, ttl) => {
          keys.push(key);
          return inner.set(key, record, ttl);
        },
        bindIfPending: (key, asyncId, ttl) => inner.bindIfPending(key, asyncId, ttl),
      },
    });
    const { token } = await receiver.issueCallbackUrl();
    expect(keys).toHaveLength(1);
    expect(keys[0]).not.toContain(token);
    expect(keys[0]).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
