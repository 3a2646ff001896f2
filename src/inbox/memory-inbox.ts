import { randomUUID } from "node:crypto";
import { BATCH_LIFETIME_MS } from "../contract/lifetime.js";
import { type Clock, clockOption, RETIRED_FOR_CLOCK } from "../util/clock.js";
import { checkOptions, custom, refuseRetired } from "../util/options.js";
import type { CallbackInbox, ClaimedDelivery, DeadLetter } from "./callback-inbox.js";

export interface MemoryInboxOptions {
  /** How long a handled entry is kept (so a repost of it is a duplicate). Default two days. */
  retentionMs?: number;
  /**
   * What visibility timeouts, retry delays and retention are read from. Default: the system
   * clock; `createManualClock()` in tests, moved with `advance(ms)`.
   */
  clock?: Clock;
}

const retention = custom<number>((value, fail) => {
  if (value === undefined) return BATCH_LIFETIME_MS;
  if (typeof value !== "number" || !(value > 0) || !Number.isFinite(value)) fail(`must be a positive number of milliseconds, got ${String(value)}`);
  return value as number;
});

// Options of the consumer, which sets them per claim: said where they go rather than merely unknown.
const CONSUMER_OPTIONS = Object.fromEntries(
  ["visibilityTimeout", "visibilityTimeoutMs", "maxAttempts", "retryDelayMs", "pollIntervalMs", "batchSize"].map((key) => [
    key,
    `is not an option here: the consumer sets it for each claim: createInboxConsumer({ inbox, ${key.endsWith("Timeout") ? `${key}Ms` : key} })`,
  ]),
);

interface Entry {
  deliveryId: string;
  asyncId: string;
  body: Uint8Array;
  receivedAt: number;
  state: "pending" | "claimed" | "done" | "dead";
  attempts: number;
  visibleAt: number;
  claimId: string | null;
  lastError: string | null;
  expiresAt: number | null;
}

/**
 * An inbox in one process's memory: retries and dead letters for a single instance, and
 * the reference the Postgres inbox is tested against. It does not survive a restart.
 */
export function createMemoryInbox(options: MemoryInboxOptions = {}): CallbackInbox {
  refuseRetired("createMemoryInbox", options, { ...RETIRED_FOR_CLOCK, ...CONSUMER_OPTIONS });
  const { retentionMs, clock } = checkOptions("createMemoryInbox", options, { retentionMs: retention, clock: clockOption() });
  const now = () => clock.now();
  const entries = new Map<string, Entry>();

  const sweep = (at: number) => {
    for (const [id, entry] of entries) if (entry.expiresAt !== null && entry.expiresAt < at) entries.delete(id);
  };
  const claimed = (claim: { deliveryId: string; claimId: string }) => {
    const entry = entries.get(claim.deliveryId);
    return entry && entry.state === "claimed" && entry.claimId === claim.claimId ? entry : undefined;
  };
  const copy = (body: Uint8Array) => new Uint8Array(body);

  return {
    async put(delivery) {
      const at = now();
      sweep(at);
      if (entries.has(delivery.deliveryId)) return { duplicate: true };
      entries.set(delivery.deliveryId, {
        ...delivery,
        body: copy(delivery.body),
        state: "pending",
        attempts: 0,
        visibleAt: delivery.receivedAt,
        claimId: null,
        lastError: null,
        expiresAt: null,
      });
      return { duplicate: false };
    },

    async claim({ limit, visibilityTimeoutMs, maxAttempts }) {
      const at = now();
      const ready = [...entries.values()]
        .filter((e) => (e.state === "pending" || e.state === "claimed") && e.visibleAt <= at)
        .sort((a, b) => a.visibleAt - b.visibleAt);
      const out: ClaimedDelivery[] = [];
      for (const entry of ready) {
        if (entry.state === "claimed" && entry.attempts >= maxAttempts) {
          entry.state = "dead";
          entry.claimId = null;
          entry.lastError = `claimed ${entry.attempts} times and never completed (the consumer died or overran visibilityTimeoutMs)`;
          continue;
        }
        if (out.length >= limit) continue;
        entry.state = "claimed";
        entry.attempts++;
        entry.claimId = randomUUID();
        entry.visibleAt = at + visibilityTimeoutMs;
        out.push({
          deliveryId: entry.deliveryId,
          asyncId: entry.asyncId,
          body: copy(entry.body),
          receivedAt: entry.receivedAt,
          attempt: entry.attempts,
          claimId: entry.claimId,
        });
      }
      return out;
    },

    async extend(claim, visibilityTimeoutMs) {
      const entry = claimed(claim);
      if (!entry) return false;
      entry.visibleAt = now() + visibilityTimeoutMs;
      return true;
    },

    async complete(claim) {
      const entry = claimed(claim);
      if (!entry) return false;
      entry.state = "done";
      entry.claimId = null;
      entry.expiresAt = now() + retentionMs;
      return true;
    },

    async fail(claim, error, { maxAttempts, retryDelayMs }) {
      const entry = claimed(claim);
      if (!entry) return "stale";
      entry.lastError = error;
      entry.claimId = null;
      if (entry.attempts >= maxAttempts) {
        entry.state = "dead";
        return "dead";
      }
      entry.state = "pending";
      entry.visibleAt = now() + retryDelayMs;
      return "retry";
    },

    async deadLetters({ limit = 100 } = {}) {
      return [...entries.values()]
        .filter((e) => e.state === "dead")
        .sort((a, b) => a.receivedAt - b.receivedAt)
        .slice(0, limit)
        .map(
          (e): DeadLetter => ({
            deliveryId: e.deliveryId,
            asyncId: e.asyncId,
            body: copy(e.body),
            receivedAt: e.receivedAt,
            attempts: e.attempts,
            lastError: e.lastError,
          }),
        );
    },

    async replay(deliveryId) {
      const entry = entries.get(deliveryId);
      if (entry?.state !== "dead") return false;
      Object.assign(entry, { state: "pending", attempts: 0, visibleAt: now(), claimId: null });
      return true;
    },

    async findByAsyncIds(asyncIds) {
      const wanted = new Set(asyncIds);
      const first = new Map<string, Entry>();
      for (const entry of entries.values()) {
        if (!wanted.has(entry.asyncId)) continue;
        const known = first.get(entry.asyncId);
        if (!known || entry.receivedAt < known.receivedAt) first.set(entry.asyncId, entry);
      }
      return new Map([...first].map(([id, entry]) => [id, copy(entry.body)]));
    },
  };
}
