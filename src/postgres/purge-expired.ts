import type { Queryable } from "./queryable.js";
import { sqlNow } from "./sql-clock.js";

/**
 * Deletes at most `limit` expired rows of `table`, oldest first. The inner SELECT walks the
 * expires_at index from its low end and stops at `limit`, so the cost is bounded by the
 * batch, not the table; SKIP LOCKED lets several instances purge at once without waiting
 * on each other. Resolves with the number of rows deleted.
 */
export async function purgeTable(db: Queryable, table: string, key: string, now: number | null, limit: number): Promise<number> {
  const result = await db.query(
    `DELETE FROM ${table} WHERE ${key} IN (
       SELECT ${key} FROM ${table} WHERE expires_at < ${sqlNow("$1")} ORDER BY expires_at LIMIT $2 FOR UPDATE SKIP LOCKED)`,
    [now, limit],
  );
  return result.rowCount ?? 0;
}

/** Counts writes and, every `everyWrites`, starts one bounded purge in the background. */
export function writeCounter(purge: { everyWrites: number } | false, run: () => Promise<unknown>, onError: (error: unknown) => void): () => void {
  let writes = 0;
  let running = false;
  return () => {
    if (purge === false || ++writes < purge.everyWrites || running) return;
    writes = 0;
    running = true;
    run()
      .catch(onError)
      .finally(() => (running = false));
  };
}
