import { randomBytes } from "node:crypto";
import type { BatchCallback, BatchResult } from "../../src/contract/types.js";
import { createManualClock, type ManualClock } from "../../src/util/clock.js";

export const newAsyncId = (): string => randomBytes(16).toString("hex");

/** `count` results shaped like the spec's CompletedBatch example, every third one failed. */
export function makeResults(count: number): BatchResult[] {
  return Array.from({ length: count }, (_, i) => ({
    namespace: "event",
    action: "inviteContacts",
    request: { event: i, contacts: [i, i + 1, i + 2] },
    response:
      i % 3 === 2
        ? { errorCode: 400, message: "'contacts' does not validate", specificCode: 23016, additionalMessages: ["Value must be an array"] }
        : {
            results: [
              { contact: i, status: true, inviteLinkYes: `https://example.ivvy.com/invite/${i}/yes`, inviteLinkNo: `https://example.ivvy.com/invite/${i}/no` },
            ],
          },
  }));
}

export const makeCallback = (asyncId: string, count = 2): BatchCallback => ({ asyncId, results: makeResults(count) });

export function post(url: string, body: string | ReadableStream<Uint8Array>, contentType = "application/json"): Request {
  return new Request(url, {
    method: "POST",
    headers: { "content-type": contentType },
    body,
    // Needed by undici for a stream body.
    ...(typeof body === "string" ? {} : { duplex: "half" }),
  } as RequestInit);
}

/** A manually advanced clock (expiry, body timeouts): time moves only by `advance(ms)`. */
export const fakeClock = (start = Date.UTC(2025, 0, 1)): ManualClock => createManualClock(start);

/**
 * `promise`, or a rejection saying what did not happen within `ms` of real time: the
 * bound on a wait for an event (the clock under test is moved by hand, never waited on).
 */
export function within<T>(promise: Promise<T>, what: string, ms = 5_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms);
  });
  return Promise.race([promise, bound]).finally(() => clearTimeout(timer));
}

/** Lets the event loop go round once (I/O, timers due, setImmediate), e.g. for unhandled rejections to surface. */
export const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
