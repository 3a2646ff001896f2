import { randomBytes } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import type { DedupeStore } from "../../src/receiver/stores/dedupe-store.js";
import type { TokenStore } from "../../src/receiver/stores/token-store.js";
import type { SubmissionLedger } from "../../src/workflow/submit/submission-ledger.js";

export interface StoreSet {
  tokenStore: TokenStore;
  dedupeStore: DedupeStore;
  ledger: SubmissionLedger;
}

export interface StoreHarness {
  /** A fresh, empty store set on the given clock, its ledger remembering entries `ledgerTtlMs`. */
  make(options: { now: () => number; ledgerTtlMs: number }): Promise<StoreSet>;
  /**
   * `count` views of one fresh store set, each as a separate instance would have it (for
   * Postgres: each on its own connection), on the real clock.
   */
  makeMany(count: number): Promise<StoreSet[]>;
}

const asyncId = () => randomBytes(16).toString("hex");
const key = () => randomBytes(32).toString("base64url");
const START = Date.UTC(2026, 0, 1);
const LEDGER_TTL = 10_000;

/** One suite for every store implementation: the memory defaults and Postgres pass the same checks. */
export function defineStoreSuite(name: string, harness: StoreHarness): void {
  describe(`${name} stores`, () => {
    let now = START;
    const clock = { now: () => now, advance: (ms: number) => void (now += ms) };
    let stores: StoreSet;
    beforeEach(async () => {
      now = START;
      stores = await harness.make({ now: clock.now, ledgerTtlMs: LEDGER_TTL });
    });

    describe("TokenStore", () => {
      it("knows a record until its TTL has passed, and a later set replaces it", async () => {
        const k = key();
        expect(await stores.tokenStore.get(k)).toBeUndefined();
        await stores.tokenStore.set(k, { asyncId: null, issuedAt: now }, 1_000);
        clock.advance(999);
        expect(await stores.tokenStore.get(k)).toEqual({ asyncId: null, issuedAt: START });
        const id = asyncId();
        await stores.tokenStore.set(k, { asyncId: id, issuedAt: START }, 1_000);
        clock.advance(999);
        expect(await stores.tokenStore.get(k)).toEqual({ asyncId: id, issuedAt: START });
        clock.advance(1);
        expect(await stores.tokenStore.get(k)).toBeUndefined();
      });

      it("bindIfPending binds a pending token once, accepts the same asyncId again and refuses another", async () => {
        const k = key();
        const [first, second] = [asyncId(), asyncId()];
        expect(await stores.tokenStore.bindIfPending(k, first, 1_000)).toBe("unknown");
        await stores.tokenStore.set(k, { asyncId: null, issuedAt: START }, 1_000);
        expect(await stores.tokenStore.bindIfPending(k, first, 1_000)).toBe("bound");
        expect(await stores.tokenStore.get(k)).toEqual({ asyncId: first, issuedAt: START });
        expect(await stores.tokenStore.bindIfPending(k, first, 1_000)).toBe("bound");
        expect(await stores.tokenStore.bindIfPending(k, second, 1_000)).toBe("conflict");
        expect((await stores.tokenStore.get(k))?.asyncId).toBe(first);
      });

      it("bindIfPending refreshes the expiry, and an expired token is unknown", async () => {
        const k = key();
        await stores.tokenStore.set(k, { asyncId: null, issuedAt: START }, 1_000);
        clock.advance(900);
        expect(await stores.tokenStore.bindIfPending(k, asyncId(), 5_000)).toBe("bound");
        clock.advance(4_999);
        expect(await stores.tokenStore.get(k)).toBeDefined();
        clock.advance(1);
        expect(await stores.tokenStore.get(k)).toBeUndefined();
        expect(await stores.tokenStore.bindIfPending(k, asyncId(), 5_000)).toBe("unknown");
      });
    });

    describe("DedupeStore", () => {
      it("claims a key once until it expires or is released", async () => {
        const k = `${asyncId()}:${key()}`;
        expect(await stores.dedupeStore.claim(k, 1_000)).toBe(true);
        expect(await stores.dedupeStore.claim(k, 1_000)).toBe(false);
        clock.advance(999);
        expect(await stores.dedupeStore.claim(k, 1_000)).toBe(false);
        clock.advance(1);
        expect(await stores.dedupeStore.claim(k, 1_000)).toBe(true);
        await stores.dedupeStore.release(k);
        expect(await stores.dedupeStore.claim(k, 1_000)).toBe(true);
      });
    });

    describe("SubmissionLedger", () => {
      it("claim takes a new hash and reports the live entry to a second claim", async () => {
        expect(await stores.ledger.claim("h1", now)).toEqual({ claimed: true });
        expect(await stores.ledger.get("h1")).toEqual({ state: "in-flight", at: START });
        clock.advance(5);
        expect(await stores.ledger.claim("h1", now)).toEqual({ claimed: false, existing: { state: "in-flight", at: START } });
        const id = asyncId();
        await stores.ledger.set("h1", { state: "submitted", asyncId: id, at: now });
        expect(await stores.ledger.claim("h1", now)).toEqual({ claimed: false, existing: { state: "submitted", asyncId: id, at: START + 5 } });
        await stores.ledger.set("h1", { state: "ambiguous", at: now });
        expect(await stores.ledger.claim("h1", now)).toEqual({ claimed: false, existing: { state: "ambiguous", at: START + 5 } });
      });

      it("forgets an entry after its time to live, measured from its at, and on delete", async () => {
        await stores.ledger.set("h2", { state: "ambiguous", at: now });
        clock.advance(LEDGER_TTL);
        expect(await stores.ledger.get("h2")).toEqual({ state: "ambiguous", at: START });
        expect((await stores.ledger.claim("h2", now)).claimed).toBe(false);
        clock.advance(1);
        expect(await stores.ledger.get("h2")).toBeUndefined();
        expect(await stores.ledger.claim("h2", now)).toEqual({ claimed: true });
        expect(await stores.ledger.get("h2")).toEqual({ state: "in-flight", at: now });
        await stores.ledger.delete("h2");
        expect(await stores.ledger.get("h2")).toBeUndefined();
        expect(await stores.ledger.claim("h2", now)).toEqual({ claimed: true });
      });
    });

    describe("under concurrency (many instances at once)", () => {
      const INSTANCES = 8;
      const ROUNDS = 15;

      it("a ledger claim is won by exactly one instance, every round", async () => {
        const views = await harness.makeMany(INSTANCES);
        for (let round = 0; round < ROUNDS; round++) {
          const hash = key();
          const outcomes = await Promise.all(views.map((v) => v.ledger.claim(hash, Date.now())));
          expect(outcomes.filter((o) => o.claimed)).toHaveLength(1);
          for (const o of outcomes) if (!o.claimed) expect(o.existing.state).toBe("in-flight");
        }
      });

      it("a dedupe key is claimed by exactly one instance, every round", async () => {
        const views = await harness.makeMany(INSTANCES);
        for (let round = 0; round < ROUNDS; round++) {
          const k = key();
          const outcomes = await Promise.all(views.map((v) => v.dedupeStore.claim(k, 60_000)));
          expect(outcomes.filter(Boolean)).toHaveLength(1);
        }
      });

      it("a pending token is bound to exactly one of the competing asyncIds, every round", async () => {
        const views = await harness.makeMany(INSTANCES);
        for (let round = 0; round < ROUNDS; round++) {
          const k = key();
          await views[0]!.tokenStore.set(k, { asyncId: null, issuedAt: Date.now() }, 60_000);
          const ids = views.map(() => asyncId());
          const outcomes = await Promise.all(views.map((v, i) => v.tokenStore.bindIfPending(k, ids[i]!, 60_000)));
          expect(outcomes.filter((o) => o === "bound")).toHaveLength(1);
          expect(outcomes.filter((o) => o === "conflict")).toHaveLength(INSTANCES - 1);
          const winner = ids[outcomes.indexOf("bound")];
          expect((await views[INSTANCES - 1]!.tokenStore.get(k))?.asyncId).toBe(winner);
        }
      });

      it("what one instance writes, every other instance reads", async () => {
        const views = await harness.makeMany(3);
        const k = key();
        await views[0]!.tokenStore.set(k, { asyncId: null, issuedAt: 1 }, 60_000);
        expect(await views[1]!.tokenStore.bindIfPending(k, "a".repeat(32), 60_000)).toBe("bound");
        expect(await views[2]!.tokenStore.get(k)).toEqual({ asyncId: "a".repeat(32), issuedAt: 1 });
      });
    });
  });
}
