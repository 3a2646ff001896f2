import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPostgresStores, migrate, migrationSql, SCHEMA_VERSION } from "../../src/postgres/index.js";
import { createCallbackReceiver } from "../../src/receiver/index.js";
import { createManualClock } from "../../src/util/clock.js";
import { connections, startTestDatabase, type TestDatabase } from "../helpers/postgres.js";
import { makeCallback, newAsyncId, post } from "../receiver/fixtures.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await startTestDatabase();
});
afterAll(async () => {
  await db?.stop();
});

const tablesIn = async (schema: string) =>
  (await db.pool.query("SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name", [schema])).rows.map((r) => r.table_name);

describe("migrate", () => {
  it("compresses inbox bodies with lz4 where the server has it, keeps pglz where not, and reads them back either way", async () => {
    const schema = db.freshSchema();
    await migrate(db.pool, { schema });
    const client = await db.pool.connect();
    let hasLz4: boolean;
    try {
      await client.query("BEGIN");
      hasLz4 = await client.query("SET LOCAL default_toast_compression = lz4").then(
        () => true,
        () => false,
      );
      await client.query("ROLLBACK");
    } finally {
      client.release();
    }
    const { rows } = await db.pool.query(`SELECT attcompression FROM pg_attribute WHERE attrelid = '"${schema}".ivvy_inbox'::regclass AND attname = 'body'`);
    expect(rows[0]?.attcompression).toBe(hasLz4 ? "l" : "");
    const { inbox } = createPostgresStores({ pool: db.pool, schema });
    const body = new TextEncoder().encode(JSON.stringify({ results: Array.from({ length: 300 }, (_, i) => ({ i, link: `https://example.test/${i}` })) }));
    await inbox.put({ deliveryId: "d:1", asyncId: newAsyncId(), body, receivedAt: 0 });
    const [claim] = await inbox.claim({ limit: 1, visibilityTimeoutMs: 1_000, maxAttempts: 1 });
    expect(Buffer.from(claim!.body).equals(Buffer.from(body))).toBe(true);
  });

  it("creates the versioned tables in the given schema with the given prefix, and a second run changes nothing", async () => {
    const schema = db.freshSchema();
    expect(await migrate(db.pool, { schema, tablePrefix: "app_" })).toEqual({ version: SCHEMA_VERSION });
    const before = await tablesIn(schema);
    expect(before).toEqual(expect.arrayContaining(["app_dedupe", "app_ledger", "app_migrations", "app_tokens"]));
    expect(before.every((name: string) => name.startsWith("app_"))).toBe(true);
    expect(await migrate(db.pool, { schema, tablePrefix: "app_" })).toEqual({ version: SCHEMA_VERSION });
    expect(await tablesIn(schema)).toEqual(before);
    const applied = await db.pool.query(`SELECT version FROM "${schema}"."app_migrations" ORDER BY version`);
    expect(applied.rows.map((r) => r.version)).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
  });

  it("is safe from many instances starting at once", async () => {
    const schema = db.freshSchema();
    const { clients, end } = await connections(db.url, 6);
    try {
      const results = await Promise.all(clients.map((client) => migrate(client, { schema })));
      expect(results).toEqual(clients.map(() => ({ version: SCHEMA_VERSION })));
      const applied = await db.pool.query(`SELECT count(*)::int AS n FROM "${schema}"."ivvy_migrations"`);
      expect(applied.rows[0].n).toBe(SCHEMA_VERSION);
    } finally {
      await end();
    }
  });

  it("keeps two prefixes in one schema apart", async () => {
    const schema = db.freshSchema();
    await migrate(db.pool, { schema, tablePrefix: "a_" });
    await migrate(db.pool, { schema, tablePrefix: "b_" });
    const a = createPostgresStores({ pool: db.pool, schema, tablePrefix: "a_" });
    const b = createPostgresStores({ pool: db.pool, schema, tablePrefix: "b_" });
    expect(await a.dedupeStore.claim("k", 60_000)).toBe(true);
    expect(await b.dedupeStore.claim("k", 60_000)).toBe(true);
  });

  it("refuses a database at a newer version than this code knows", async () => {
    const schema = db.freshSchema();
    await migrate(db.pool, { schema });
    await db.pool.query(`INSERT INTO "${schema}"."ivvy_migrations" (version, name) VALUES ($1, 'from the future')`, [SCHEMA_VERSION + 1]);
    await expect(migrate(db.pool, { schema })).rejects.toThrow(`schema version ${SCHEMA_VERSION + 1}, newer than this ivvy-batch knows (${SCHEMA_VERSION})`);
  });

  it("names a schema or prefix that cannot be an identifier, before any SQL is built", () => {
    expect(() => migrationSql({ schema: 'x"; DROP TABLE y; --' })).toThrow("migrationSql: option 'schema' must be a lowercase SQL identifier");
    expect(() => createPostgresStores({ pool: db.pool, tablePrefix: "Bad-Prefix" })).toThrow(
      "option 'tablePrefix' must be empty or a lowercase SQL identifier",
    );
    expect(() => createPostgresStores({ pool: {} as never })).toThrow("option 'pool' must be a pool with query(text, values)");
    expect(() => createPostgresStores({ pool: db.pool, purge: { everyWrites: 0 } })).toThrow(
      "option 'purge.everyWrites' must be an integer of at least 1, not 0",
    );
  });
});

describe("expired rows", () => {
  it("are purged in bounded batches, oldest first, through the expiry index", async () => {
    const schema = db.freshSchema();
    await migrate(db.pool, { schema });
    const now = 1_000_000;
    const stores = createPostgresStores({ pool: db.pool, schema, clock: createManualClock(now), purge: false });
    // 20,000 live rows and 300 expired ones, as a table looks in steady state.
    await db.pool.query(`INSERT INTO "${schema}".ivvy_dedupe (key, expires_at) SELECT 'live' || i, $1::bigint + i FROM generate_series(1, 20000) i`, [
      now + 60_000,
    ]);
    await db.pool.query(`INSERT INTO "${schema}".ivvy_dedupe (key, expires_at) SELECT 'old' || i, $1::bigint - i FROM generate_series(1, 300) i`, [now]);
    await db.pool.query(`ANALYZE "${schema}".ivvy_dedupe`);
    const plan = await db.pool.query(
      `EXPLAIN SELECT key FROM "${schema}".ivvy_dedupe WHERE expires_at < $1 ORDER BY expires_at LIMIT 100 FOR UPDATE SKIP LOCKED`,
      [now],
    );
    const text = plan.rows.map((r) => r["QUERY PLAN"]).join("\n");
    expect(text).toContain("Index Scan using ivvy_dedupe_expires_at");
    expect(text).not.toContain("Seq Scan");

    expect((await stores.purgeExpired(100)).dedupe).toBe(100);
    const oldest = await db.pool.query(`SELECT min(expires_at)::bigint AS m FROM "${schema}".ivvy_dedupe WHERE key LIKE 'old%'`);
    expect(Number(oldest.rows[0].m)).toBe(now - 200);
    expect((await stores.purgeExpired(1_000)).dedupe).toBe(200);
    expect((await stores.purgeExpired(1_000)).dedupe).toBe(0);
    const left = await db.pool.query(`SELECT count(*)::int AS n FROM "${schema}".ivvy_dedupe`);
    expect(left.rows[0].n).toBe(20_000);
  });

  it("are purged in the background as writes go on", async () => {
    const schema = db.freshSchema();
    await migrate(db.pool, { schema });
    const clock = createManualClock(0);
    const errors: unknown[] = [];
    const stores = createPostgresStores({ pool: db.pool, schema, clock, purge: { everyWrites: 10, batchSize: 5 }, onError: (e) => errors.push(e) });
    for (let i = 0; i < 9; i++) await stores.tokenStore.set(`k${i}`, { asyncId: null, issuedAt: 0 }, 1_000);
    clock.set(5_000);
    // The tenth write starts one purge of at most 5 expired rows, in the background.
    await stores.tokenStore.set("k9", { asyncId: null, issuedAt: clock.now() }, 1_000);
    const count = async () => (await db.pool.query(`SELECT count(*)::int AS n FROM "${schema}".ivvy_tokens`)).rows[0].n;
    await vi.waitFor(async () => expect(await count(), "rows left once the background purge has run").toBe(5), { timeout: 5_000, interval: 10 });
    expect(errors).toEqual([]);
  });
});

describe("receivers sharing the Postgres stores", () => {
  it("accept on one instance a callback whose token another issued and bound, and hand it to one handler", async () => {
    const schema = db.freshSchema();
    await migrate(db.pool, { schema });
    const { clients, end } = await connections(db.url, 2);
    try {
      const handled: string[] = [];
      const make = (pool: (typeof clients)[number]) => {
        const { tokenStore, dedupeStore } = createPostgresStores({ pool, schema });
        return createCallbackReceiver({ publicUrl: "https://my.app/cb", tokenStore, dedupeStore, onCallback: (p) => void handled.push(p.asyncId) });
      };
      const [a, b] = [make(clients[0]!), make(clients[1]!)];
      const asyncId = newAsyncId();
      const { callbackUrl, token } = await a.issueCallbackUrl();
      await a.bind(token, asyncId);
      const body = JSON.stringify(makeCallback(asyncId));
      const answers = await Promise.all([b.fetch(post(callbackUrl, body)), a.fetch(post(callbackUrl, body))]);
      expect(answers.map((r) => r.status)).toEqual([200, 200]);
      const bodies = (await Promise.all(answers.map((r) => r.json()))) as Array<{ duplicate: boolean }>;
      expect(bodies.filter((x) => x.duplicate === false)).toHaveLength(1);
      await Promise.all([a.whenIdle(), b.whenIdle()]);
      expect(handled).toEqual([asyncId]);
    } finally {
      await end();
    }
  });
});
