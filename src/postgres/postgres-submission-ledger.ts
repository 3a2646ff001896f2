import type { LedgerClaim, LedgerEntry, SubmissionLedger } from "../workflow/submit/submission-ledger.js";
import type { ResolvedPostgresOptions } from "./postgres-store-options.js";
import { purgeTable, writeCounter } from "./purge-expired.js";
import { clockValue, sqlNow } from "./sql-clock.js";

type Row = Record<string, unknown>;

const toEntry = (row: Row): LedgerEntry => {
  const at = Number(row.at);
  if (row.state === "submitted") return { state: "submitted", asyncId: String(row.async_id), at };
  return { state: row.state === "ambiguous" ? "ambiguous" : "in-flight", at };
};

/**
 * A SubmissionLedger in Postgres: submitters in different processes agree on which
 * chunks were sent. An entry lives `ledgerTtlMs` from its `at`, as in the memory ledger.
 */
export function postgresSubmissionLedger(config: ResolvedPostgresOptions): SubmissionLedger & { purgeExpired(limit?: number): Promise<number> } {
  const { pool, tables, clock, ledgerTtlMs } = config;
  const t = tables.ledger;
  const purgeExpired = (limit = config.purge ? config.purge.batchSize : 500) => purgeTable(pool, t, "jobs_hash", clockValue(clock), limit);
  const wrote = writeCounter(config.purge, purgeExpired, config.onError);

  // The claim is the INSERT … ON CONFLICT … WHERE expired: one statement, decided under
  // the row lock. The second branch reports the live entry that stopped it.
  const claimSql = `
    WITH claimed AS (
      INSERT INTO ${t} AS l (jobs_hash, state, async_id, at, expires_at) VALUES ($1, 'in-flight', NULL, $2, $2::bigint + $3)
      ON CONFLICT (jobs_hash) DO UPDATE SET state = 'in-flight', async_id = NULL, at = excluded.at, expires_at = excluded.expires_at
        WHERE l.expires_at < ${sqlNow("$4")}
      RETURNING 1)
    SELECT true AS claimed, NULL AS state, NULL AS async_id, NULL AS at FROM claimed
    UNION ALL
    SELECT false, state, async_id, at FROM ${t} WHERE jobs_hash = $1 AND NOT EXISTS (SELECT 1 FROM claimed)`;

  return {
    async get(hash) {
      const { rows } = await pool.query(`SELECT state, async_id, at FROM ${t} WHERE jobs_hash = $1 AND expires_at >= ${sqlNow("$2")}`, [
        hash,
        clockValue(clock),
      ]);
      return rows[0] ? toEntry(rows[0]) : undefined;
    },

    async claim(hash, at): Promise<LedgerClaim> {
      // The statement's snapshot may predate a row a concurrent claim committed: the
      // INSERT then sees the row (and loses) but the SELECT does not. Run it again: the
      // new snapshot shows the row.
      for (let attempt = 0; attempt < 5; attempt++) {
        const { rows } = await pool.query(claimSql, [hash, at, ledgerTtlMs, clockValue(clock)]);
        const row = rows[0];
        if (row?.claimed === true) {
          wrote();
          return { claimed: true };
        }
        if (row) return { claimed: false, existing: toEntry(row) };
      }
      throw new Error(`SubmissionLedger.claim: the entry for ${hash} changed under five attempts in a row; retry the submission`);
    },

    async set(hash, entry) {
      await pool.query(
        `INSERT INTO ${t} (jobs_hash, state, async_id, at, expires_at) VALUES ($1, $2, $3, $4, $4::bigint + $5)
         ON CONFLICT (jobs_hash) DO UPDATE SET state = excluded.state, async_id = excluded.async_id, at = excluded.at, expires_at = excluded.expires_at`,
        [hash, entry.state, entry.state === "submitted" ? entry.asyncId : null, entry.at, ledgerTtlMs],
      );
      wrote();
    },

    async delete(hash) {
      await pool.query(`DELETE FROM ${t} WHERE jobs_hash = $1`, [hash]);
    },

    purgeExpired,
  };
}
