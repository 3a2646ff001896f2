import type { CallbackInbox, ClaimedDelivery, DeadLetter } from "../inbox/callback-inbox.js";
import type { ResolvedPostgresOptions } from "./postgres-store-options.js";
import { purgeTable, writeCounter } from "./purge-expired.js";
import { clockValue, sqlNow } from "./sql-clock.js";

type Row = Record<string, unknown>;

const bytes = (value: unknown): Uint8Array =>
  value instanceof Uint8Array ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength) : new Uint8Array(0);

/**
 * The callback inbox in Postgres. A put is one INSERT that also NOTIFYs the inbox channel
 * (delivered at commit), so waiting instances learn of it at once; a claim is one UPDATE
 * over a `FOR UPDATE SKIP LOCKED` selection, so concurrent consumers never get one entry
 * at the same time and never wait on each other.
 */
export function postgresInbox(config: ResolvedPostgresOptions): CallbackInbox & { purgeExpired(limit?: number): Promise<number> } {
  const { pool, tables, clock, inboxRetentionMs } = config;
  const t = tables.inbox;
  const purgeExpired = (limit = config.purge ? config.purge.batchSize : 500) => purgeTable(pool, t, "delivery_id", clockValue(clock), limit);
  const wrote = writeCounter(config.purge, purgeExpired, config.onError);
  const fenced = `delivery_id = $1 AND claim_id = $2 AND state = 'claimed'`;

  return {
    // A handled entry past its retention (not purged yet) is taken over, as if purged.
    async put(delivery) {
      const result = await pool.query(
        `WITH stored AS (
           INSERT INTO ${t} AS i (delivery_id, async_id, body, received_at, state, visible_at) VALUES ($1, $2, $3, $4, 'pending', $4)
           ON CONFLICT (delivery_id) DO UPDATE SET async_id = excluded.async_id, body = excluded.body, received_at = excluded.received_at,
             state = 'pending', attempts = 0, visible_at = excluded.visible_at, claim_id = NULL, last_error = NULL, expires_at = NULL
             WHERE i.expires_at < ${sqlNow("$6")}
           RETURNING async_id)
         SELECT pg_notify($5, async_id) FROM stored`,
        [
          delivery.deliveryId,
          delivery.asyncId,
          Buffer.from(delivery.body.buffer, delivery.body.byteOffset, delivery.body.byteLength),
          delivery.receivedAt,
          tables.channel,
          clockValue(clock),
        ],
      );
      wrote();
      return { duplicate: result.rows.length === 0 };
    },

    // Entries whose claim timed out after the last allowed attempt are dead-lettered in
    // the same statement instead of being handed out again.
    async claim({ limit, visibilityTimeoutMs, maxAttempts }) {
      const { rows } = await pool.query(
        `WITH ready AS (
           SELECT delivery_id FROM ${t}
           WHERE state IN ('pending', 'claimed') AND visible_at <= ${sqlNow("$1")}
           ORDER BY visible_at LIMIT $2 FOR UPDATE SKIP LOCKED),
         given_up AS (
           UPDATE ${t} SET state = 'dead', claim_id = NULL,
             last_error = 'claimed ' || attempts || ' times and never completed (the consumer died or overran visibilityTimeoutMs)'
           WHERE delivery_id IN (SELECT delivery_id FROM ready) AND state = 'claimed' AND attempts >= $4
           RETURNING delivery_id)
         UPDATE ${t} SET state = 'claimed', attempts = attempts + 1, claim_id = gen_random_uuid()::text, visible_at = ${sqlNow("$1")} + $3
         WHERE delivery_id IN (SELECT delivery_id FROM ready) AND delivery_id NOT IN (SELECT delivery_id FROM given_up)
         RETURNING delivery_id, async_id, body, received_at, attempts, claim_id`,
        [clockValue(clock), limit, visibilityTimeoutMs, maxAttempts],
      );
      return rows
        .map(
          (r: Row): ClaimedDelivery => ({
            deliveryId: String(r.delivery_id),
            asyncId: String(r.async_id),
            body: bytes(r.body),
            receivedAt: Number(r.received_at),
            attempt: Number(r.attempts),
            claimId: String(r.claim_id),
          }),
        )
        .sort((a, b) => a.receivedAt - b.receivedAt);
    },

    async extend(claim, visibilityTimeoutMs) {
      const result = await pool.query(`UPDATE ${t} SET visible_at = ${sqlNow("$3")} + $4 WHERE ${fenced} RETURNING 1`, [
        claim.deliveryId,
        claim.claimId,
        clockValue(clock),
        visibilityTimeoutMs,
      ]);
      return result.rows.length === 1;
    },

    async complete(claim) {
      const result = await pool.query(`UPDATE ${t} SET state = 'done', claim_id = NULL, expires_at = ${sqlNow("$3")} + $4 WHERE ${fenced} RETURNING 1`, [
        claim.deliveryId,
        claim.claimId,
        clockValue(clock),
        inboxRetentionMs,
      ]);
      return result.rows.length === 1;
    },

    async fail(claim, error, { maxAttempts, retryDelayMs }) {
      const { rows } = await pool.query(
        `UPDATE ${t} SET claim_id = NULL, last_error = $3,
           state = CASE WHEN attempts >= $5 THEN 'dead' ELSE 'pending' END,
           visible_at = ${sqlNow("$4")} + $6
         WHERE ${fenced} RETURNING state`,
        [claim.deliveryId, claim.claimId, error, clockValue(clock), maxAttempts, retryDelayMs],
      );
      const state = rows[0]?.state;
      return state === "dead" ? "dead" : state === "pending" ? "retry" : "stale";
    },

    async deadLetters({ limit = 100 } = {}) {
      const { rows } = await pool.query(
        `SELECT delivery_id, async_id, body, received_at, attempts, last_error FROM ${t} WHERE state = 'dead' ORDER BY received_at LIMIT $1`,
        [limit],
      );
      return rows.map(
        (r: Row): DeadLetter => ({
          deliveryId: String(r.delivery_id),
          asyncId: String(r.async_id),
          body: bytes(r.body),
          receivedAt: Number(r.received_at),
          attempts: Number(r.attempts),
          lastError: r.last_error === null ? null : String(r.last_error),
        }),
      );
    },

    async replay(deliveryId) {
      const result = await pool.query(
        `WITH replayed AS (
           UPDATE ${t} SET state = 'pending', attempts = 0, claim_id = NULL, visible_at = ${sqlNow("$2")}
           WHERE delivery_id = $1 AND state = 'dead' RETURNING async_id)
         SELECT pg_notify($3, async_id) FROM replayed`,
        [deliveryId, clockValue(clock), tables.channel],
      );
      return result.rows.length === 1;
    },

    async findByAsyncIds(asyncIds) {
      if (asyncIds.length === 0) return new Map();
      const { rows } = await pool.query(
        `SELECT DISTINCT ON (async_id) async_id, body FROM ${t} WHERE async_id = ANY($1::text[]) ORDER BY async_id, received_at`,
        [[...asyncIds]],
      );
      return new Map(rows.map((r: Row) => [String(r.async_id), bytes(r.body)]));
    },

    purgeExpired,
  };
}
