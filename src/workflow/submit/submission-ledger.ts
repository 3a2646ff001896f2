// iVvy's run has no idempotency key, so a blind retry after an ambiguous failure can run
// the same jobs twice (docs/workflows.md, "Retries, safely"). The ledger remembers, within one
// process, which chunks (by jobs hash) were submitted or may have been, so that
// submitAll refuses the identical chunk again unless the caller says allowResubmit.
import { BATCH_LIFETIME_MS } from "../../contract/lifetime.js";
import { type Clock, clockOption, RETIRED_FOR_CLOCK } from "../../util/clock.js";
import { checkOptions, integer, number, refuseRetired } from "../../util/options.js";

/** What the ledger knows of a chunk: submitted (with its asyncId) or maybe submitted. */
export type LedgerEntry = { state: "submitted"; asyncId: string; at: number } | { state: "ambiguous"; at: number } | { state: "in-flight"; at: number };

/** The outcome of claim(): claimed, or the live entry that was already there. */
export type LedgerClaim = { claimed: true } | { claimed: false; existing: LedgerEntry };

/**
 * Injectable, so a user running several processes can back it with a shared store;
 * the methods may be async for that reason.
 */
export interface SubmissionLedger {
  /** The entry for a jobs hash, if one is remembered. */
  get(jobsHash: string): LedgerEntry | undefined | Promise<LedgerEntry | undefined>;
  /**
   * Atomically records `{ state: "in-flight", at }` for `jobsHash` unless a live (unexpired)
   * entry exists, in which case it changes nothing and returns that entry. This is the only way
   * submitAll takes a chunk: one operation, never get-then-set across an await. In memory a
   * synchronous check-and-set; in a shared store one statement (SQL: INSERT … ON CONFLICT …
   * DO UPDATE … WHERE expired … RETURNING).
   */
  claim(jobsHash: string, at: number): LedgerClaim | Promise<LedgerClaim>;
  /** Remembers (or overwrites) the entry for a jobs hash. */
  set(jobsHash: string, entry: LedgerEntry): void | Promise<void>;
  /** Forgets a jobs hash: the chunk definitely was not stored (iVvy rejected it). */
  delete(jobsHash: string): void | Promise<void>;
}

export interface SubmissionLedgerOptions {
  /** Entries older than this are forgotten (default two days: by then the batch is gone at iVvy too). */
  ttlMs?: number;
  /** At most this many entries are kept, oldest dropped first (default 10,000 chunks = 2,000,000 jobs). */
  maxEntries?: number;
  /** What entries' ages are read against (default: systemClock). */
  clock?: Clock;
}

const shape = {
  ttlMs: number({ above: 0, unit: "ms", default: BATCH_LIFETIME_MS }),
  maxEntries: integer({ min: 1, default: 10_000 }),
  clock: clockOption(),
};

/** An in-memory ledger. */
export function createSubmissionLedger(options?: SubmissionLedgerOptions): SubmissionLedger {
  refuseRetired("createSubmissionLedger", options, RETIRED_FOR_CLOCK);
  const { ttlMs, maxEntries, clock } = checkOptions("createSubmissionLedger", options, shape);
  const now = () => clock.now();
  // A Map iterates in insertion order; re-inserting on set keeps the oldest first.
  const entries = new Map<string, LedgerEntry>();
  const live = (hash: string): LedgerEntry | undefined => {
    const entry = entries.get(hash);
    if (entry && now() - entry.at > ttlMs) {
      entries.delete(hash);
      return undefined;
    }
    return entry;
  };
  const set = (hash: string, entry: LedgerEntry): void => {
    entries.delete(hash);
    entries.set(hash, entry);
    while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
  };
  return {
    get: live,
    // Check and set in one synchronous turn: no other claim can run in between.
    claim(hash, at) {
      const existing = live(hash);
      if (existing) return { claimed: false, existing };
      set(hash, { state: "in-flight", at });
      return { claimed: true };
    },
    set,
    delete(hash) {
      entries.delete(hash);
    },
  };
}

/** The ledger submitAll uses when none is given: one per process (per copy of this module). */
export const defaultSubmissionLedger: SubmissionLedger = createSubmissionLedger();
