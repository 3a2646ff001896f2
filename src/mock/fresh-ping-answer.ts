// Prism answers ping with the contract's example, a fixed time, so a client measuring
// clock skew against the mock would be told its clock is days off. The mock's
// proxy puts the current time into the answer instead, in the field and format the
// example uses: `timestamp` in the iVvy format today, `ack` as an ISO date-time once the
// contract says iVvy's `{"ack": <date-time>}` (what ivvy-sdk-net reads, see openapi.yaml's
// x-decisions); both are handled.
import { formatIvvyTimestamp, parseIvvyTimestamp } from "../signing/timestamp.js";

/** True for the URL of `test?action=ping`, as clients send it (before the rewrite). */
export function isPingUrl(url: string): boolean {
  const [path, query = ""] = url.split("?", 2) as [string, string?];
  return path === "/api/1.0/test" && new URLSearchParams(query).get("action") === "ping";
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** The same time format as `example`, at `nowMs`; undefined when `example` is no time at all. */
function sameFormat(example: string, nowMs: number): string | undefined {
  if (parseIvvyTimestamp(example) !== undefined) return formatIvvyTimestamp(nowMs) + (example.endsWith(" UTC") ? " UTC" : "");
  const iso = ISO_DATE_TIME.exec(example);
  if (!iso) return undefined;
  const full = new Date(nowMs).toISOString();
  return iso[1] ? full : full.replace(/\.\d{3}Z$/, "Z");
}

/**
 * Ping's JSON answer with the current time in whichever of `ack` and `timestamp` holds a
 * time; any other body (an error envelope, something not JSON) comes back unchanged.
 */
export function freshPingAnswer(body: string, nowMs: number): string {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return body;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return body;
  const answer = value as Record<string, unknown>;
  let changed = false;
  for (const key of ["ack", "timestamp"]) {
    const current = answer[key];
    if (typeof current !== "string") continue;
    const fresh = sameFormat(current, nowMs);
    if (fresh !== undefined) {
      answer[key] = fresh;
      changed = true;
    }
  }
  return changed ? JSON.stringify(answer) : body;
}
