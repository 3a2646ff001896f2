// The iVvy timestamp format: `yyyy-mm-dd HH:mm:ss` in UTC, ` UTC` optional.
// https://developer.ivvy.com/development-reference/timestamp-format

const pattern = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?: UTC)?$/;

/** Formats epoch milliseconds as an iVvy timestamp (`2026-11-28 16:23:24`). */
export function formatIvvyTimestamp(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 19).replace("T", " ");
}

// The last value parsed: a server verifying requests sees the same IVVY-Date for every
// request signed within one second, so most calls are this string again.
let lastValue: string | undefined;
let lastParsed: number | undefined;

/** Parses an iVvy timestamp to epoch milliseconds; `undefined` when it is not one. */
export function parseIvvyTimestamp(value: string): number | undefined {
  if (value === lastValue) return lastParsed;
  const parsed = parseTimestamp(value);
  lastValue = value;
  lastParsed = parsed;
  return parsed;
}

function parseTimestamp(value: string): number | undefined {
  const m = pattern.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(ms);
  // Reject dates that Date.UTC silently rolled over (2026-02-31).
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return undefined;
  return ms;
}

/**
 * ivvy-sdk-php's IVVY-Date: `date('Y-m-d hh:mm:ss')` in the server's local zone, a format
 * slip that doubles each field (`h` the 12-hour hour, `m` the month, `s` the seconds), so
 * `2017-08-30 02:08:09` goes out as `2017-08-30 0202:0808:0909`. Only the day survives.
 * openapi.yaml (the x-decision on IvvyDate): accepted, with the day checked instead of the
 * time, because the SDK was used against the live service with it.
 *
 * Returns the epoch milliseconds of that day's UTC midnight; `undefined` when the value is
 * not this exact slip (the doubled month must be the date's month).
 */
export function parsePhpSdkDay(value: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2})\4:(\d{2})\5:(\d{2})\6$/.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, month, s] = m.map(Number) as [number, number, number, number, number, number, number];
  if (month !== mo || h < 1 || h > 12 || s > 59) return undefined;
  const ms = Date.UTC(y, mo - 1, d);
  const check = new Date(ms);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return undefined;
  return ms;
}

/** The format an IVVY-Date must have, for answers that refuse one. */
export const IVVY_TIMESTAMP_FORMAT = "yyyy-mm-dd HH:mm:ss in UTC, ' UTC' optional (e.g. 2026-11-28 16:23:24)";
