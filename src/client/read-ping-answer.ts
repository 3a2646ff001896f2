// What client.ping() makes of ping's answer. iVvy answers {"ack": "<iVvy timestamp>"}
// (the x-decision on ping in openapi.yaml); older emulators of this package answered
// {"message": "ack", "timestamp": …}. Any other object is still a successful ping: the
// credentials and signature were accepted, only the server time is unknown.

import { isPlainObject } from "../contract/is-plain-object.js";
import { parseIvvyTimestamp } from "../signing/timestamp.js";

export interface PingResult {
  /** The server's time from the answer's `ack` (or `timestamp`), when it holds an iVvy timestamp. */
  serverTime: Date | undefined;
  /**
   * Server time minus local time, in ms, measured at the midpoint of the call (±1 s: the
   * server's time has whole seconds); undefined when the answer holds no server time.
   */
  clockSkewMs: number | undefined;
  /** The answer as received (an empty object when it was not a JSON object). */
  answer: Readonly<Record<string, unknown>>;
}

const TIME_FIELDS = ["ack", "timestamp"] as const;

/** Reads a ping answer sent at `sentAt` and received at `receivedAt` (epoch ms). Never throws. */
export function readPingAnswer(body: unknown, sentAt: number, receivedAt: number): PingResult {
  const answer = isPlainObject(body) ? body : {};
  let serverMs: number | undefined;
  for (const field of TIME_FIELDS) {
    const value = answer[field];
    serverMs = typeof value === "string" ? parseIvvyTimestamp(value) : undefined;
    if (serverMs !== undefined) break;
  }
  if (serverMs === undefined) return { serverTime: undefined, clockSkewMs: undefined, answer };
  return { serverTime: new Date(serverMs), clockSkewMs: Math.round(serverMs - (sentAt + receivedAt) / 2), answer };
}
