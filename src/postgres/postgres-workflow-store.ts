import type { WorkflowChunk, WorkflowStore } from "../workflow-store/workflow-store.js";
import type { ResolvedPostgresOptions } from "./postgres-store-options.js";
import { purgeTable } from "./purge-expired.js";
import { clockValue } from "./sql-clock.js";

type Row = Record<string, unknown>;

const toChunk = (r: Row): WorkflowChunk => {
  const base = {
    index: Number(r.chunk_index),
    start: Number(r.start_pos),
    end: Number(r.end_pos),
    jobsHash: String(r.jobs_hash),
    ...(Array.isArray(r.positions) ? { positions: (r.positions as unknown[]).map(Number) } : {}),
  };
  return r.state === "submitted" ? { ...base, state: "submitted", asyncId: String(r.async_id) } : { ...base, state: "in-flight" };
};

/**
 * Resumable workflows in Postgres. A workflow row lives `ledgerTtlMs` from its creation
 * (by then iVvy has dropped the batches' results too); its chunk rows go with it.
 */
export function postgresWorkflowStore(config: ResolvedPostgresOptions): WorkflowStore & { purgeExpired(limit?: number): Promise<number> } {
  const { pool, tables, clock, ledgerTtlMs } = config;
  const w = tables.workflows;
  const c = tables.workflowChunks;
  return {
    async load(id) {
      const { rows } = await pool.query(
        `SELECT w.created_at, c.chunk_index, c.start_pos, c.end_pos, c.jobs_hash, c.positions, c.state, c.async_id
         FROM ${w} w LEFT JOIN ${c} c ON c.workflow_id = w.id WHERE w.id = $1 ORDER BY c.chunk_index`,
        [id],
      );
      if (rows.length === 0) return undefined;
      return { createdAt: Number(rows[0]!.created_at), chunks: rows.filter((r: Row) => r.chunk_index !== null).map(toChunk) };
    },

    // One statement: the workflow row if new, and the chunk row unless one exists.
    async recordInFlight(id, createdAt, chunk) {
      const { rows } = await pool.query(
        `WITH workflow AS (
           INSERT INTO ${w} (id, created_at, expires_at) VALUES ($1, $2, $2::bigint + $3) ON CONFLICT (id) DO NOTHING)
         INSERT INTO ${c} (workflow_id, chunk_index, start_pos, end_pos, jobs_hash, positions, state)
         VALUES ($1, $4, $5, $6, $7, $8::jsonb, 'in-flight')
         ON CONFLICT (workflow_id, chunk_index) DO NOTHING
         RETURNING 1`,
        [id, createdAt, ledgerTtlMs, chunk.index, chunk.start, chunk.end, chunk.jobsHash, chunk.positions ? JSON.stringify(chunk.positions) : null],
      );
      return rows.length === 1;
    },

    async recordSubmitted(id, chunk) {
      await pool.query(
        `INSERT INTO ${c} (workflow_id, chunk_index, start_pos, end_pos, jobs_hash, positions, state, async_id)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, 'submitted', $7)
         ON CONFLICT (workflow_id, chunk_index) DO UPDATE SET state = 'submitted', async_id = excluded.async_id`,
        [id, chunk.index, chunk.start, chunk.end, chunk.jobsHash, chunk.positions ? JSON.stringify(chunk.positions) : null, chunk.asyncId],
      );
    },

    async forgetInFlight(id, index) {
      await pool.query(`DELETE FROM ${c} WHERE workflow_id = $1 AND chunk_index = $2 AND state = 'in-flight'`, [id, index]);
    },

    purgeExpired: (limit = config.purge ? config.purge.batchSize : 500) => purgeTable(pool, w, "id", clockValue(clock), limit),
  };
}
