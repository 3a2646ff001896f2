// waitForAll across instances: the instance that waits is not the one the callback
// reaches. Each "instance" here has its own pool; they share one Postgres.
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSharedCallbacks } from "../../src/inbox/index.js";
import { createPostgresStores, listenForCallbacks, migrate } from "../../src/postgres/index.js";
import { createCallbackReceiver } from "../../src/receiver/index.js";
import { createSubmissionLedger } from "../../src/workflow/submit/submission-ledger.js";
import { submitAll } from "../../src/workflow/submit/submit-all.js";
import { waitForAll } from "../../src/workflow/wait/wait-for-all.js";
import { startTestDatabase, testPool, type TestDatabase } from "../helpers/postgres.js";
import { makeCallback, newAsyncId, post } from "../receiver/fixtures.js";
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
      // A poll interval far longer than the test: only the notification can end the wait in time.
      const shared = createSharedCallbacks({ registrar: a!.receiver, inbox: a!.stores.inbox, notifications: listener, pollIntervalMs: 600_000 });
      const asyncId = newAsyncId();
      const { callbackUrl, token } = await shared.issueCallbackUrl();
      await shared.bind(token, asyncId);
      const waiting = shared.waitForCallback(asyncId);
      await new Promise((r) => setTimeout(r, 50));
      expect((await b!.receiver.fetch(post(callbackUrl, JSON.stringify(makeCallback(asyncId, 3))))).status).toBe(200);
      const payload = await waiting;
      expect(payload.asyncId).toBe(asyncId);
      expect(payload.results).toHaveLength(3);
    } finally {
      await listener.close();
    }
  });

  it("falls back to polling the inbox without notifications, and stops on abort", async () => {
    const [a, b] = await instances(2);
    const shared = createSharedCallbacks({ registrar: a!.receiver, inbox: a!.stores.inbox, pollIntervalMs: 20 });
    const asyncId = newAsyncId();
    const { callbackUrl, token } = await shared.issueCallbackUrl();
    await shared.bind(token, asyncId);
    const waiting = shared.waitForCallback(asyncId);
    await b!.receiver.fetch(post(callbackUrl, JSON.stringify(makeCallback(asyncId))));
    expect((await waiting).asyncId).toBe(asyncId);
    // A callback that came before the wait began is found at once.
    expect((await shared.waitForCallback(asyncId)).asyncId).toBe(asyncId);
    const stop = new AbortController();
    const never = shared.waitForCallback(newAsyncId(), stop.signal);
    stop.abort(new Error("stopped"));
    await expect(never).rejects.toThrow("stopped");
  });

  it("reads the inbox once per poll for every batch awaited, not once per batch", async () => {
    const [a, b] = await instances(2);
    let reads = 0;
    const counted = { findByAsyncIds: (ids: readonly string[]) => (reads++, a!.stores.inbox.findByAsyncIds(ids)) };
    const shared = createSharedCallbacks({ registrar: a!.receiver, inbox: counted, pollIntervalMs: 100 });
    const ids = Array.from({ length: 50 }, () => newAsyncId());
    const stop = new AbortController();
    const waits = ids.map((id) => shared.waitForCallback(id, stop.signal).catch(() => undefined));
    await new Promise((r) => setTimeout(r, 350));
    // One read when the 50 waits began, then one per poll.
    expect(reads).toBeGreaterThanOrEqual(3);
    expect(reads).toBeLessThanOrEqual(5);
    const { callbackUrl, token } = await a!.receiver.issueCallbackUrl();
    await a!.receiver.bind(token, ids[7]!);
    await b!.receiver.fetch(post(callbackUrl, JSON.stringify(makeCallback(ids[7]!))));
    expect((await waits[7])?.asyncId).toBe(ids[7]);
    stop.abort();
    await Promise.all(waits);
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
      const shared = createSharedCallbacks({ registrar: waiter!.receiver, inbox: waiter!.stores.inbox, notifications: listener, pollIntervalMs: 600_000 });
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
