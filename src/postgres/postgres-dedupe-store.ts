import type { DedupeStore } from "../receiver/stores/dedupe-store.js";
import type { ResolvedPostgresOptions } from "./postgres-store-options.js";
import { purgeTable, writeCounter } from "./purge-expired.js";
import { clockValue, sqlNow } from "./sql-clock.js";

/** A DedupeStore in Postgres: receivers behind one URL hand each delivery to one handler. */
export function postgresDedupeStore(config: ResolvedPostgresOptions): DedupeStore & { purgeExpired(limit?: number): Promise<number> } {
  const { pool, tables, clock } = config;
  const t = tables.dedupe;
  const purgeExpired = (limit = config.purge ? config.purge.batchSize : 500) => purgeTable(pool, t, "key", clockValue(clock), limit);
  const wrote = writeCounter(config.purge, purgeExpired, config.onError);
  return {
    // One statement: a new key inserts, an expired one is taken over, a live one is left
    // alone and returns no row. Two receivers cannot both get a row for one key.
    async claim(key, ttlMs) {
      const result = await pool.query(
        `INSERT INTO ${t} AS d (key, expires_at) VALUES ($1, ${sqlNow("$2")} + $3)
         ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE d.expires_at <= ${sqlNow("$2")}
         RETURNING 1`,
        [key, clockValue(clock), ttlMs],
      );
      wrote();
      return (result.rowCount ?? result.rows.length) === 1;
    },

    async release(key) {
      await pool.query(`DELETE FROM ${t} WHERE key = $1`, [key]);
    },

    purgeExpired,
  };
}
