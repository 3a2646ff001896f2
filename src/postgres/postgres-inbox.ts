import type { CallbackInbox, ClaimedDelivery, DeadLetter } from "../inbox/callback-inbox.js";
import { inboxNotifier } from "./inbox-notifier.js";
import type { ResolvedPostgresOptions } from "./postgres-store-options.js";
import { purgeTable, writeCounter } from "./purge-expired.js";
import { clockValue, sqlNow } from "./sql-clock.js";

type Row = Record<string, unknown>;

const bytes = (value: unknown): Uint8Array =>
  value instanceof Uint8Array ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength) : new Uint8Array(0);

/**
 * The callback inbox in Postgres. A put is one INSERT, committed on its own; once it has
 * committed, its asyncId is announced on the inbox channel (inbox-notifier.ts), so waiting
 * instances learn of it at once. A claim is one UPDATE over a `FOR UPDATE SKIP LOCKED`
 * selection, so concurrent consumers never get one entry at the same time and never wait
 * on each other.
 */
export function postgresInbox(config: ResolvedPostgresOptions): CallbackInbox & { purgeExpired(limit?: number): Promise<number> } {
  const { pool, tables, clock, inboxRetentionMs } = config;
  const t = tables.inbox;
  const purgeExpired = (limit = config.purge ? config.purge.batchSize : 500) => purgeTable(pool, t, "delivery_id", clockValue(clock), limit);
  const wrote = writeCounter(config.purge, purgeExpired, config.onError);
  const fenced = `delivery_id = $1 AND claim_id = $2 AND state = 'claimed'`;
  const announce = inboxNotifier(pool, tables.channel, config.onError);

  return {
    // A handled entry past its retention (not purged yet) is taken over, as if purged.
    async put(delivery) {
      const { rows } = await pool.query(
        `INSERT INTO ${t} AS i (delivery_id, async_id, body, received_at, state, visible_at) VALUES ($1, $2, $3, $4, 'pending', $4)
         ON CONFLICT (delivery_id) DO UPDATE SET async_id = excluded.async_id, body = excluded.body, received_at = excluded.received_at,
           state = 'pending', attempts = 0, visible_at = excluded.visible_at, claim_id = NULL, last_error = NULL, expires_at = NULL
           WHERE i.expires_at < ${sqlNow("$5")}
         RETURNING 1`,
        [
          delivery.deliveryId,
          delivery.asyncId,
          Buffer.from(delivery.body.buffer, delivery.body.byteOffset, delivery.body.byteLength),
          delivery.receivedAt,
          clockValue(clock),
        ],
      );
      wrote();
      if (rows.length === 0) return { duplicate: true };
      announce(delivery.asyncId);
      return { duplicate: false };
    },

    // One UPDATE over a `FOR UPDATE SKIP LOCKED` selection. An entry whose claim timed out
    // after the last allowed attempt is dead-lettered by the same UPDATE (the CASEs read the
    // row as it was) instead of being handed out again; it comes back without its body and
    // is left out. One statement with no second pass over the selection: docs/performance.md.
    async claim({ limit, visibilityTimeoutMs, maxAttempts }) {
      const givenUp = `i.state = 'claimed' AND i.attempts >= $4`;
      const { rows } = await pool.query(
        `WITH ready AS (
           SELECT delivery_id FROM ${t}
           WHERE state IN ('pending', 'claimed') AND visible_at <= ${sqlNow("$1")}
           ORDER BY visible_at LIMIT $2 FOR UPDATE SKIP LOCKED)
         UPDATE ${t} AS i SET
           state = CASE WHEN ${givenUp} THEN 'dead' ELSE 'claimed' END,
           attempts = CASE WHEN ${givenUp} THEN i.attempts ELSE i.attempts + 1 END,
           claim_id = CASE WHEN ${givenUp} THEN NULL ELSE gen_random_uuid()::text END,
           last_error = CASE WHEN ${givenUp}
             THEN 'claimed ' || i.attempts || ' times and never completed (the consumer died or overran visibilityTimeoutMs)'
             ELSE i.last_error END,
           visible_at = CASE WHEN ${givenUp} THEN i.visible_at ELSE ${sqlNow("$1")} + $3 END
         FROM ready WHERE i.delivery_id = ready.delivery_id
         RETURNING i.state, i.delivery_id, i.async_id, CASE WHEN i.state = 'claimed' THEN i.body END AS body, i.received_at, i.attempts, i.claim_id`,
        [clockValue(clock), limit, visibilityTimeoutMs, maxAttempts],
      );
      return rows
        .filter((r: Row) => r.state === "claimed")
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
      const { rows } = await pool.query(
        `UPDATE ${t} SET state = 'pending', attempts = 0, claim_id = NULL, visible_at = ${sqlNow("$2")}
         WHERE delivery_id = $1 AND state = 'dead' RETURNING async_id`,
        [deliveryId, clockValue(clock)],
      );
      if (rows.length === 0) return false;
      announce(String(rows[0]!.async_id));
      return true;
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
