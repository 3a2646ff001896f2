// The callback inbox (docs/deployment.md, "Many instances behind one URL"): a receiver
// writes each accepted callback's exact bytes here before it answers 2xx, and consumers
// on any instance hand them to the handler, at least once, until the handler succeeds or
// the entry is dead-lettered.

// The receiver owns what it writes (src/receiver/inbox-writer.ts); the inbox builds on it.
import type { InboxWriter } from "../receiver/inbox-writer.js";

export type { InboxDeliveryInput, InboxWriter } from "../receiver/inbox-writer.js";

/** An entry handed to one consumer, until it completes, fails, or its claim times out. */
export interface ClaimedDelivery {
  deliveryId: string;
  asyncId: string;
  body: Uint8Array;
  receivedAt: number;
  /** 1 on the first claim; a reclaim after a timeout or a failure counts up. */
  attempt: number;
  /** Fences this claim: complete/fail with a stale claim (the entry was reclaimed since) change nothing. */
  claimId: string;
}

export interface DeadLetter {
  deliveryId: string;
  asyncId: string;
  body: Uint8Array;
  receivedAt: number;
  attempts: number;
  /** The last handler error, or why the entry was given up. */
  lastError: string | null;
}

export interface ClaimOptions {
  /** Most entries claimed at once. */
  limit: number;
  /** A claimed entry that is neither completed nor failed within this many ms is claimable again. */
  visibilityTimeoutMs: number;
  /** An entry whose claim timed out after this many attempts goes to the dead letters instead. */
  maxAttempts: number;
}

export interface FailOptions {
  maxAttempts: number;
  /** Wait before the entry is claimable again. */
  retryDelayMs: number;
}

/** A durable, shared queue of callback deliveries. `createMemoryInbox()` and the Postgres store set implement it. */
export interface CallbackInbox extends InboxWriter {
  /** Claims up to `limit` ready entries, each for this caller only (SQL: FOR UPDATE SKIP LOCKED). */
  claim(options: ClaimOptions): Promise<ClaimedDelivery[]>;
  /** Keeps a claim alive: the entry stays this caller's for `visibilityTimeoutMs` from now; false when the claim is stale. */
  extend(claim: Pick<ClaimedDelivery, "deliveryId" | "claimId">, visibilityTimeoutMs: number): Promise<boolean>;
  /** Marks a claimed entry handled; false when the claim is stale (the entry was reclaimed, or already done). */
  complete(claim: Pick<ClaimedDelivery, "deliveryId" | "claimId">): Promise<boolean>;
  /** Records a failed attempt: "retry" (claimable after retryDelayMs), "dead" (attempts used up) or "stale". */
  fail(claim: Pick<ClaimedDelivery, "deliveryId" | "claimId">, error: string, options: FailOptions): Promise<"retry" | "dead" | "stale">;
  /** The dead letters, oldest first. */
  deadLetters(options?: { limit?: number }): Promise<DeadLetter[]>;
  /** Puts a dead letter back in the queue with fresh attempts; false when there is no such dead letter. */
  replay(deliveryId: string): Promise<boolean>;
  /**
   * The first-received body for each of `asyncIds` that the inbox holds (absent ones are
   * missing from the map): how another process learns that a batch's callback came. One
   * lookup for many, so a wait on thousands of chunks polls with one query.
   */
  findByAsyncIds(asyncIds: readonly string[]): Promise<Map<string, Uint8Array>>;
}
