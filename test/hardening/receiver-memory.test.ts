// 50 slow 6 MiB callback bodies with a valid token pinned about 300 MiB
// (no bound across requests, no body read timeout). Now the receiver holds at most
// maxBufferedBytes of bodies, answers the rest 429 at once, and lets go of slow ones.
import { describe, expect, it } from "vitest";
import { slowBodies } from "./slow-bodies.js";

const MiB = 1024 * 1024;

describe("slow bodies against the receiver", () => {
  it("50 slow 6 MiB bodies hold no more than maxBufferedBytes (64 MiB), and nothing once timed out", async () => {
    const outcome = await slowBodies({ senders: 50, bodyBytes: 6 * MiB, receiver: { bodyTimeoutMs: 3_000, maxBufferedBytes: 64 * MiB } });
    console.log(`receiver, 50 slow 6 MiB bodies: ${JSON.stringify(outcome)}`);
    // 10 bodies of 6 MiB fit in 64 MiB; the other 40 are refused before being read.
    expect(outcome.answeredWhileStalled).toEqual({ "429": 40 });
    expect(outcome.heldMiB).toBeLessThan(64 + 16);
    expect(outcome.answeredInTheEnd).toEqual({ "429": 40, "408": 10 });
    expect(outcome.afterMiB).toBeLessThan(16);
  }, 60_000);
});
