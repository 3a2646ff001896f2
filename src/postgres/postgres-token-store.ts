import type { BindOutcome, TokenRecord, TokenStore } from "../receiver/stores/token-store.js";
import type { ResolvedPostgresOptions } from "./postgres-store-options.js";
import { purgeTable, writeCounter } from "./purge-expired.js";
import { clockValue, sqlNow } from "./sql-clock.js";

/** A TokenStore in Postgres: every receiver and submitter sharing the pool sees the same tokens. */
export function postgresTokenStore(config: ResolvedPostgresOptions): TokenStore & { purgeExpired(limit?: number): Promise<number> } {
  const { pool, tables, clock } = config;
  const t = tables.tokens;
  const purgeExpired = (limit = config.purge ? config.purge.batchSize : 500) => purgeTable(pool, t, "key", clockValue(clock), limit);
  const wrote = writeCounter(config.purge, purgeExpired, config.onError);
  return {
    async get(key) {
      const { rows } = await pool.query(`SELECT async_id, issued_at FROM ${t} WHERE key = $1 AND expires_at > ${sqlNow("$2")}`, [key, clockValue(clock)]);
      const row = rows[0];
      return row ? ({ asyncId: row.async_id === null ? null : String(row.async_id), issuedAt: Number(row.issued_at) } satisfies TokenRecord) : undefined;
    },

    async set(key, record, ttlMs) {
      await pool.query(
        `INSERT INTO ${t} (key, async_id, issued_at, expires_at) VALUES ($1, $2, $3, ${sqlNow("$4")} + $5)
         ON CONFLICT (key) DO UPDATE SET async_id = excluded.async_id, issued_at = excluded.issued_at, expires_at = excluded.expires_at`,
        [key, record.asyncId, record.issuedAt, clockValue(clock), ttlMs],
      );
      wrote();
    },

    // The compare-and-set is the UPDATE alone; the CTE only tells "unknown" from
    // "conflict" when it matched nothing. A concurrent bind to another asyncId makes the
    // UPDATE re-check the committed row and skip it, and the row is still there: "conflict".
    async bindIfPending(key, asyncId, ttlMs) {
      const { rows } = await pool.query(
        `WITH bound AS (
           UPDATE ${t} SET async_id = $2, expires_at = ${sqlNow("$3")} + $4
           WHERE key = $1 AND (async_id IS NULL OR async_id = $2) AND expires_at > ${sqlNow("$3")}
           RETURNING 1)
         SELECT CASE
           WHEN EXISTS (SELECT 1 FROM bound) THEN 'bound'
           WHEN EXISTS (SELECT 1 FROM ${t} WHERE key = $1 AND expires_at > ${sqlNow("$3")}) THEN 'conflict'
           ELSE 'unknown' END AS outcome`,
        [key, asyncId, clockValue(clock), ttlMs],
      );
      return rows[0]?.outcome as BindOutcome;
    },

    purgeExpired,
  };
}
