import type { Queryable } from "./queryable.js";

/**
 * Announces new inbox entries on the store set's channel, after their rows have committed.
 *
 * A NOTIFY inside the writing transaction makes Postgres serialise every such commit on
 * one lock, held across the commit's WAL flush, so concurrent callbacks could not share a
 * flush (docs/performance.md, "The receiver on Postgres"). Here each write commits alone and
 * its asyncId is queued; one statement at a time sends everything queued meanwhile. A
 * listener that hears an asyncId finds its row committed. A notification is a hint, as
 * before: one lost (a failed statement, a crash between the commit and the send) is found
 * by the waiters' polling of the inbox.
 */
export function inboxNotifier(pool: Queryable, channel: string, onError: (error: unknown) => void): (asyncId: string) => void {
  let queued = new Set<string>();
  let sending = false;

  async function send(): Promise<void> {
    sending = true;
    try {
      while (queued.size > 0) {
        const batch = [...queued];
        queued = new Set();
        try {
          await pool.query("SELECT pg_notify($1, a) FROM unnest($2::text[]) AS a", [channel, batch]);
        } catch (error) {
          // Also a query that throws instead of rejecting: never an unhandled rejection.
          onError(error);
        }
      }
    } finally {
      sending = false;
    }
  }

  return (asyncId) => {
    queued.add(asyncId);
    if (!sending) void send();
  };
}
