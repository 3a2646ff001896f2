// waitForAll across instances: the instance that waits is not the one the callback
// reaches. Each "instance" here has its own pool; they share one Postgres. The shared
// callbacks poll on a manual clock: only the test moves it, so a wait that ends without
// a move ended by notification, and polls are counted exactly.
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type CallbackInbox, createSharedCallbacks } from "../../src/inbox/index.js";
import { createPostgresStores, listenForCallbacks, migrate } from "../../src/postgres/index.js";
import { createCallbackReceiver } from "../../src/receiver/index.js";
import { createManualClock } from "../../src/util/clock.js";
import { createSubmissionLedger } from "../../src/workflow/submit/submission-ledger.js";
import { submitAll } from "../../src/workflow/submit/submit-all.js";
import { waitForAll } from "../../src/workflow/wait/wait-for-all.js";
import { startTestDatabase, type TestDatabase, testPool } from "../helpers/postgres.js";
import { makeCallback, newAsyncId, post, within } from "../receiver/fixtures.js";
import { demoJobs, startEmulator } from "../workflow/emulator-harness.js";

let db: TestDatabase;
const pools: pg.Pool[] = [];
beforeAll(async () => {
  db = await startTestDatabase();
});
afterAll(async () => {
  for (const pool of pools) await pool.end();
  await db?.stop();
});

/** The inbox, its reads counted, with a way to wait until none is in flight. */
function countedInbox(inbox: Pick<CallbackInbox, "findByAsyncIds">) {
  const counts = { reads: 0, inFlight: 0 };
  const counted = {
    async findByAsyncIds(ids: readonly string[]) {
      counts.reads++;
      counts.inFlight++;
      try {
        return await inbox.findByAsyncIds(ids);
      } finally {
        counts.inFlight--;
      }
    },
  };
  const settled = (reads: number, what: string) =>
    vi.waitFor(() => expect({ reads: counts.reads, inFlight: counts.inFlight }, what).toEqual({ reads, inFlight: 0 }), { timeout: 5_000 });
  return { counted, counts, settled };
}

async function instances(count: number) {
  const schema = db.freshSchema();
  await migrate(db.pool, { schema });
  return Array.from({ length: count }, () => {
    const pool = testPool(db.url, 4);
    pools.push(pool);
    const stores = createPostgresStores({ pool, schema });
    const receiver = createCallbackReceiver({ publicUrl: "http://lb.local/ivvy/callback", tokenStore: stores.tokenStore, inbox: stores.inbox });
    return { pool, stores, receiver };
  });
}

describe("createSharedCallbacks", () => {
  it("learns by NOTIFY of a callback another instance stored", async () => {
    const [a, b] = await instances(2);
    const listener = listenForCallbacks(a!.pool, { channel: a!.stores.channel });
    await listener.ready;
    try {
      // The clock never moves: no poll runs, so only the notification can end the wait.
      const { counted, settled } = countedInbox(a!.stores.inbox);
      const shared = createSharedCallbacks({
        registrar: a!.receiver,
        inbox: counted,
        notifications: listener,
        pollIntervalMs: 1_000,
        clock: createManualClock(),
      });
      const asyncId = newAsyncId();
      const { callbackUrl, token } = await shared.issueCallbackUrl();
      await shared.bind(token, asyncId);
      const waiting = shared.waitForCallback(asyncId);
      // The look when the wait began found nothing; the callback is stored after it.
      await settled(1, "the first look at the inbox");
      expect((await b!.receiver.fetch(post(callbackUrl, JSON.stringify(makeCallback(asyncId, 3))))).status).toBe(200);
      const payload = await within(waiting, "the wait ended by NOTIFY");
      expect(payload.asyncId).toBe(asyncId);
      expect(payload.results).toHaveLength(3);
    } finally {
      await listener.close();
    }
  });

  it("falls back to polling the inbox without notifications, and stops on abort", async () => {
    const [a, b] = await instances(2);
    const clock = createManualClock();
    const { counted, settled } = countedInbox(a!.stores.inbox);
    const shared = createSharedCallbacks({ registrar: a!.receiver, inbox: counted, pollIntervalMs: 20, clock });
    const asyncId = newAsyncId();
    const { callbackUrl, token } = await shared.issueCallbackUrl();
    await shared.bind(token, asyncId);
    const waiting = shared.waitForCallback(asyncId);
    await settled(1, "the first look at the inbox");
    await b!.receiver.fetch(post(callbackUrl, JSON.stringify(makeCallback(asyncId))));
    // The next poll, 20 ms on, finds it.
    clock.advance(20);
    expect((await within(waiting, "the wait ended by the poll")).asyncId).toBe(asyncId);
    expect(clock.pending).toBe(0);
    // A callback that came before the wait began is found at once.
    expect((await shared.waitForCallback(asyncId)).asyncId).toBe(asyncId);
    const stop = new AbortController();
    const never = shared.waitForCallback(newAsyncId(), stop.signal);
    stop.abort(new Error("stopped"));
    await expect(never).rejects.toThrow("stopped");
  });

  it("reads the inbox once per poll for every batch awaited, not once per batch", async () => {
    const [a, b] = await instances(2);
    const clock = createManualClock();
    const { counted, counts, settled } = countedInbox(a!.stores.inbox);
    const shared = createSharedCallbacks({ registrar: a!.receiver, inbox: counted, pollIntervalMs: 100, clock });
    const ids = Array.from({ length: 50 }, () => newAsyncId());
    const stop = new AbortController();
    const waits = ids.map((id) => shared.waitForCallback(id, stop.signal).catch(() => undefined));
    // One read when the 50 waits began, then one per poll.
    await settled(1, "one look for the 50 waits begun together");
    clock.advance(99);
    expect(counts.reads).toBe(1);
    clock.advance(1);
    await settled(2, "the first poll");
    clock.advance(100);
    await settled(3, "the second poll");
    const { callbackUrl, token } = await a!.receiver.issueCallbackUrl();
    await a!.receiver.bind(token, ids[7]!);
    await b!.receiver.fetch(post(callbackUrl, JSON.stringify(makeCallback(ids[7]!))));
    clock.advance(100);
    expect((await within(waits[7]!, "the poll that finds batch 7"))?.asyncId).toBe(ids[7]);
    expect(counts.reads).toBe(4);
    stop.abort();
    await Promise.all(waits);
    // Nobody waits any more: the poll stopped.
    expect(clock.pending).toBe(0);
  });

  it("lets waitForAll finish on callbacks that reached other instances, with no progress polling", async () => {
    const [waiter, ...behindTheBalancer] = await instances(3);
    let next = 0;
    // The load balancer: iVvy's callbacks go round-robin to the two other instances.
    const harness = startEmulator({
      fetch: (request) => behindTheBalancer[next++ % behindTheBalancer.length]!.receiver.fetch(request),
      callbacks: { attempts: 5, baseDelayMs: 5, timeoutMs: 1_000 },
    });
    const listener = listenForCallbacks(waiter!.pool, { channel: waiter!.stores.channel });
    await listener.ready;
    try {
      // The clock never moves: every callback reaches the waiter by notification (or was there when it began).
      const shared = createSharedCallbacks({ registrar: waiter!.receiver, inbox: waiter!.stores.inbox, notifications: listener, clock: createManualClock() });
      const client = harness.client();
      const handle = await submitAll(client, demoJobs(600, 0, "shared"), { callbacks: shared, ledger: createSubmissionLedger() });
      expect(handle.chunks).toHaveLength(3);
      const progressBefore = harness.all.progress;
      const outcome = await waitForAll(client, handle, { callbacks: shared, intervalMs: 600_000, callbackGraceMs: 600_000 });
      expect(outcome.percent).toBe(100);
      expect(outcome.chunks.every((c) => c.done)).toBe(true);
      expect(harness.all.progress - progressBefore).toBeLessThanOrEqual(3);
      expect(next).toBeGreaterThanOrEqual(3);
    } finally {
      await listener.close();
      await harness.emulator.close();
    }
  });
});

// The inbox's announcements go out after each row commits, many in one statement
// (src/postgres/inbox-notifier.ts), so writes no longer serialise on NOTIFY's lock.
describe("the Postgres inbox's announcements", () => {
  it("names every one of many entries stored at once, each once its row can be read", async () => {
    const [a, b] = await instances(2);
    const listener = listenForCallbacks(a!.pool, { channel: a!.stores.channel });
    await listener.ready;
    const heard = new Map<string, Promise<boolean>>();
    const unsubscribe = listener.subscribe((asyncId) => {
      // Read at once, on the listening instance: the row must already be there.
      if (!heard.has(asyncId))
        heard.set(
          asyncId,
          a!.stores.inbox.findByAsyncIds([asyncId]).then((found) => found.has(asyncId)),
        );
    });
    try {
      const ids = Array.from({ length: 30 }, () => newAsyncId());
      const puts = await Promise.all(
        ids.map((asyncId, i) => b!.stores.inbox.put({ deliveryId: `${asyncId}:x`, asyncId, body: new TextEncoder().encode(`{"n":${i}}`), receivedAt: i })),
      );
      expect(puts.every((put) => !put.duplicate)).toBe(true);
      await vi.waitFor(() => expect(heard.size, "every asyncId announced").toBe(ids.length), { timeout: 5_000 });
      expect(new Set(heard.keys())).toEqual(new Set(ids));
      expect(await within(Promise.all(heard.values()), "the reads on notification")).toEqual(ids.map(() => true));
    } finally {
      unsubscribe();
      await listener.close();
    }
  });

  it("a failed announcement leaves the entry stored and goes to onError", async () => {
    const schema = db.freshSchema();
    await migrate(db.pool, { schema });
    const errors: unknown[] = [];
    const pool = {
      query: (text: string, values?: unknown[]) => (text.includes("pg_notify") ? Promise.reject(new Error("notify refused")) : db.pool.query(text, values)),
    };
    const { inbox } = createPostgresStores({ pool, schema, onError: (error) => errors.push(error) });
    const asyncId = newAsyncId();
    expect(await inbox.put({ deliveryId: `${asyncId}:x`, asyncId, body: new Uint8Array([123, 125]), receivedAt: 1 })).toEqual({ duplicate: false });
    await vi.waitFor(() => expect(errors.map((e) => (e as Error).message)).toEqual(["notify refused"]), { timeout: 5_000 });
    const [claim] = await inbox.claim({ limit: 1, visibilityTimeoutMs: 1_000, maxAttempts: 1 });
    expect(claim?.asyncId).toBe(asyncId);
  });
});
