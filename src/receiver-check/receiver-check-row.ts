// One row of a receiver check: what was checked, what was sent, what came back, and the
// verdict. "fail" is reserved for what breaks delivery (iVvy's retries need a 2xx for a
// good callback, and a 5xx, a dropped connection or a hang look like an outage); a
// receiver that accepts what it should refuse gets "advice".
import type { PostOutcome } from "./post-callback.js";

export type CheckVerdict = "pass" | "fail" | "advice";

export interface SentRequest {
  /** The URL, with query values masked (callback tokens are secrets). */
  url: string;
  contentType: string | undefined;
  bytes: number;
  /** What the body was, in words. */
  body: string;
}

export interface ReceiverCheckRow {
  id: ReceiverCheckId;
  /** What the row checks, in words. */
  check: string;
  verdict: CheckVerdict;
  /** Why this verdict. */
  reason: string;
  sent: SentRequest;
  answer: PostOutcome;
}

export type ReceiverCheckId =
  | "one-result"
  | "full-batch"
  | "repeat"
  | "slow-body"
  | "not-json"
  | "not-a-callback"
  | "wrong-content-type"
  | "empty-body"
  | "oversized-body"
  | "missing-token"
  | "wrong-token"
  | "foreign-token";

/** A short account of an answer: "200 in 12 ms", "dropped (ECONNRESET) after 3 ms", "no answer within 10000 ms". */
export function describeOutcome(outcome: PostOutcome, maxMs: number): string {
  if (outcome.kind === "answered") return `${outcome.status} in ${Math.round(outcome.ms)} ms`;
  if (outcome.kind === "dropped") return `connection dropped (${outcome.error}) after ${Math.round(outcome.ms)} ms`;
  return `no answer within ${maxMs} ms`;
}

/** The URL with each query value masked, keeping its length: `?token=*******…`. */
export function maskUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.username || parsed.password) {
    parsed.username = parsed.username ? "***" : "";
    parsed.password = parsed.password ? "***" : "";
  }
  const masked = [...parsed.searchParams].map(([key, value]) => `${encodeURIComponent(key)}=${"*".repeat(Math.min(value.length, 8))}`);
  parsed.search = masked.length ? `?${masked.join("&")}` : "";
  return parsed.toString().replace(/%2A/g, "*");
}
