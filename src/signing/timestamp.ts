// The iVvy timestamp format: `yyyy-mm-dd HH:mm:ss` in UTC, ` UTC` optional.
// https://developer.ivvy.com/development-reference/timestamp-format

const pattern = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?: UTC)?$/;

/** Formats epoch milliseconds as an iVvy timestamp (`2026-11-28 16:23:24`). */
export function formatIvvyTimestamp(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 19).replace("T", " ");
}

/** Parses an iVvy timestamp to epoch milliseconds; `undefined` when it is not one. */
export function parseIvvyTimestamp(value: string): number | undefined {
  const m = pattern.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(ms);
  // Reject dates that Date.UTC silently rolled over (2026-02-31).
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return undefined;
  return ms;
}
