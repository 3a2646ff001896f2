import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { CallbackInbox } from "../../src/inbox/callback-inbox.js";
import { createInboxConsumer, type InboxDeliveryInfo } from "../../src/inbox/index.js";

export interface InboxHarness {
  /** A fresh, empty inbox on the given clock, keeping handled entries `retentionMs`. */
  make(options: { now: () => number; retentionMs: number }): Promise<CallbackInbox>;
  /** `count` views of one fresh inbox, as separate instances (connections) see it, on the real clock. */
  makeMany(count: number): Promise<CallbackInbox[]>;
}

const START = Date.UTC(2026, 0, 1);
const RETENTION = 60_000;
const claimOptions = { limit: 10, visibilityTimeoutMs: 1_000, maxAttempts: 3 };
const failOptions = { maxAttempts: 3, retryDelayMs: 500 };
const encoder = new TextEncoder();

const delivery = (at: number, asyncId = randomBytes(16).toString("hex")) => {
  // Odd spacing and key order: the inbox must keep the bytes, not a re-serialisation.
  const body = encoder.encode(`{"results": [] ,"asyncId":"${asyncId}" }`);
  return { deliveryId: `${asyncId}:${randomBytes(32).toString("base64url")}`, asyncId, body, receivedAt: at };
};

export function defineInboxSuite(name: string, harness: InboxHarness): void {
  describe(`${name} inbox`, () => {
    let now = START;
    const clock = { now: () => now, advance: (ms: number) => void (now += ms) };
    const fresh = async () => {
      now = START;
      return harness.make({ now: clock.now, retentionMs: RETENTION });
    };

    it("stores the exact bytes once, hands them to one claimer and keeps them done", async () => {
      const inbox = await fresh();
      const d = delivery(now);
      expect(await inbox.put(d)).toEqual({ duplicate: false });
      expect(await inbox.put(d)).toEqual({ duplicate: true });
      const [claim, ...more] = await inbox.claim(claimOptions);
      expect(more).toEqual([]);
      expect(claim).toMatchObject({ deliveryId: d.deliveryId, asyncId: d.asyncId, receivedAt: START, attempt: 1 });
      expect(Buffer.from(claim!.body).equals(Buffer.from(d.body))).toBe(true);
      expect(await inbox.claim(claimOptions)).toEqual([]);
      expect(await inbox.complete(claim!)).toBe(true);
      expect(await inbox.complete(claim!)).toBe(false);
      clock.advance(claimOptions.visibilityTimeoutMs);
      expect(await inbox.claim(claimOptions)).toEqual([]);
      const other = delivery(now);
      await inbox.put(other);
      const found = await inbox.findByAsyncIds([d.asyncId, "f".repeat(32), other.asyncId]);
      expect([...found.keys()].sort()).toEqual([d.asyncId, other.asyncId].sort());
      expect(Buffer.from(found.get(d.asyncId)!).toString()).toBe(Buffer.from(d.body).toString());
      expect(await inbox.findByAsyncIds([])).toEqual(new Map());
      // Within the retention a repost is a duplicate; after it, a new entry.
      clock.advance(RETENTION - claimOptions.visibilityTimeoutMs);
      expect(await inbox.put(d)).toEqual({ duplicate: true });
      clock.advance(1);
      expect(await inbox.put(d)).toEqual({ duplicate: false });
      expect((await inbox.claim(claimOptions)).map((c) => [c.deliveryId, c.attempt])).toEqual([
        // d's repost carries its original receivedAt, earlier than other's.
        [d.deliveryId, 1],
        [other.deliveryId, 1],
      ]);
    });

    it("hands an entry whose claimer went silent to another after the visibility timeout, and fences the old claim", async () => {
      const inbox = await fresh();
      const d = delivery(now);
      await inbox.put(d);
      const [dead] = await inbox.claim(claimOptions);
      clock.advance(claimOptions.visibilityTimeoutMs - 1);
      expect(await inbox.claim(claimOptions)).toEqual([]);
      clock.advance(1);
      const [second] = await inbox.claim(claimOptions);
      expect(second).toMatchObject({ deliveryId: d.deliveryId, attempt: 2 });
      expect(second!.claimId).not.toBe(dead!.claimId);
      expect(await inbox.extend(dead!, 10_000)).toBe(false);
      expect(await inbox.complete(dead!)).toBe(false);
      expect(await inbox.fail(dead!, "late", failOptions)).toBe("stale");
      expect(await inbox.complete(second!)).toBe(true);
    });

    it("keeps an extended claim past the visibility timeout", async () => {
      const inbox = await fresh();
      await inbox.put(delivery(now));
      const [claim] = await inbox.claim(claimOptions);
      clock.advance(claimOptions.visibilityTimeoutMs - 1);
      expect(await inbox.extend(claim!, claimOptions.visibilityTimeoutMs)).toBe(true);
      clock.advance(claimOptions.visibilityTimeoutMs - 1);
      expect(await inbox.claim(claimOptions)).toEqual([]);
      clock.advance(1);
      expect((await inbox.claim(claimOptions)).map((c) => c.attempt)).toEqual([2]);
    });

    it("retries a failed entry after the delay, dead-letters it after maxAttempts, and replays it", async () => {
      const inbox = await fresh();
      const d = delivery(now);
      await inbox.put(d);
      for (let attempt = 1; attempt <= failOptions.maxAttempts; attempt++) {
        const [claim] = await inbox.claim(claimOptions);
        expect(claim?.attempt).toBe(attempt);
        const outcome = await inbox.fail(claim!, `Error: boom ${attempt}`, failOptions);
        expect(outcome).toBe(attempt < failOptions.maxAttempts ? "retry" : "dead");
        clock.advance(failOptions.retryDelayMs - 1);
        expect(await inbox.claim(claimOptions)).toEqual([]);
        clock.advance(1);
      }
      expect(await inbox.claim(claimOptions)).toEqual([]);
      const [letter, ...others] = await inbox.deadLetters();
      expect(others).toEqual([]);
      expect(letter).toMatchObject({ deliveryId: d.deliveryId, asyncId: d.asyncId, attempts: 3, lastError: "Error: boom 3", receivedAt: START });
      expect(Buffer.from(letter!.body).equals(Buffer.from(d.body))).toBe(true);
      expect(await inbox.replay("no-such-delivery")).toBe(false);
      expect(await inbox.replay(d.deliveryId)).toBe(true);
      expect(await inbox.replay(d.deliveryId)).toBe(false);
      expect(await inbox.deadLetters()).toEqual([]);
      const [again] = await inbox.claim(claimOptions);
      expect(again).toMatchObject({ deliveryId: d.deliveryId, attempt: 1 });
      expect(await inbox.complete(again!)).toBe(true);
    });

    it("dead-letters an entry whose claims keep timing out", async () => {
      const inbox = await fresh();
      const d = delivery(now);
      await inbox.put(d);
      for (let attempt = 1; attempt <= claimOptions.maxAttempts; attempt++) {
        expect((await inbox.claim(claimOptions)).map((c) => c.attempt)).toEqual([attempt]);
        clock.advance(claimOptions.visibilityTimeoutMs);
      }
      expect(await inbox.claim(claimOptions)).toEqual([]);
      const [letter] = await inbox.deadLetters();
      expect(letter?.lastError).toMatch(/claimed 3 times and never completed/);
    });

    it("a consumer runs the handler until it succeeds, with one delivery id for every attempt", async () => {
      const inbox = await fresh();
      const d = delivery(now);
      await inbox.put(d);
      const seen: InboxDeliveryInfo[] = [];
      const errors: unknown[] = [];
      const consumer = createInboxConsumer({
        inbox,
        retryDelayMs: 0,
        maxAttempts: 3,
        onError: (e) => errors.push(e),
        onCallback: (payload, info) => {
          seen.push(info);
          expect(payload.asyncId).toBe(d.asyncId);
          if (info.attempt === 1) throw new Error("first attempt fails");
        },
      });
      expect(await consumer.drain()).toBe(1);
      expect(await consumer.drain()).toBe(1);
      expect(await consumer.drain()).toBe(0);
      expect(seen.map((s) => [s.deliveryId, s.attempt])).toEqual([
        [d.deliveryId, 1],
        [d.deliveryId, 2],
      ]);
      expect(errors).toEqual([expect.objectContaining({ message: "first attempt fails" })]);
    });

    it("gives each entry to exactly one of many concurrent claimers", async () => {
      const views = await harness.makeMany(8);
      const puts = Array.from({ length: 60 }, () => delivery(Date.now()));
      for (const d of puts) await views[0]!.put(d);
      const claimedBy = new Map<string, number>();
      await Promise.all(
        views.map(async (inbox, i) => {
          for (;;) {
            const claims = await inbox.claim({ limit: 3, visibilityTimeoutMs: 60_000, maxAttempts: 3 });
            if (claims.length === 0) return;
            for (const c of claims) {
              expect(claimedBy.has(c.deliveryId), `${c.deliveryId} claimed twice`).toBe(false);
              claimedBy.set(c.deliveryId, i);
              expect(await inbox.complete(c)).toBe(true);
            }
          }
        }),
      );
      expect(new Set(claimedBy.keys())).toEqual(new Set(puts.map((d) => d.deliveryId)));
    });
  });
}
