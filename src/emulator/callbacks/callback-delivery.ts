// POSTs `{ asyncId, results }` to a batch's callbackUrl, retrying a failed attempt
// (network error, timeout, non-2xx) with exponential backoff, and applying the callback
// faults. Each delivery is recorded, attempt by attempt, so tests and the dashboard can
// see what happened and when the next attempt goes.
//
// At most one delivery per batch is in flight (docs/emulator.md, Callbacks): a repost while one is
// pending is coalesced into it (it carries the same results), so a listener that never
// answers holds one connection and one payload per batch, not one per repost. A batch
// restarted and completed meanwhile has new results: that delivery waits for the one in
// flight, in a single slot per batch (a later one replaces it).
import { serializeCallback } from "../../contract/callback-request.js";
import type { Clock } from "../../util/clock.js";
import type { TimerSet } from "../../util/timer-set.js";
import { type Batch, resultsOf } from "../batches/batch-state.js";
import type { CallbackOptions } from "../options/emulator-settings.js";
import type { ResolvedFaults } from "../options/faults.js";
import type { CallbackTransport } from "./callback-transport.js";

export type DeliveryReason = "complete" | "repost";

/** One POST of a delivery. `startedAt` is by the emulator's clock (as the waits between attempts are); `durationMs` is measured. */
export interface CallbackAttempt {
  startedAt: number;
  durationMs: number;
  /** The HTTP status, when an answer came. */
  status: number | undefined;
  /** Why it failed, when it did. */
  error: string | undefined;
}

/** What became of one callback delivery (all its attempts). */
export interface CallbackDelivery {
  asyncId: string;
  url: string;
  reason: DeliveryReason;
  state: "pending" | "delivered" | "failed" | "dropped";
  /** Attempts made so far (a dropped delivery makes none). */
  attempts: number;
  /** Status of the last answer, when there was one. */
  lastStatus: number | undefined;
  /** Why the last attempt failed, when it did. */
  lastError: string | undefined;
  /** Extra copies POSTed by faults.duplicateCallbacks. */
  duplicates: number;
  /** Reposts that arrived while this delivery was pending and were folded into it. */
  coalesced: number;
  /** Each attempt, in order. */
  history: CallbackAttempt[];
  /** When the next attempt is due (epoch ms), while one is scheduled. */
  nextAttemptAt: number | undefined;
}

/** A batch's deliveries at a glance: how many, and the state of the last one. */
export interface DeliverySummary {
  count: number;
  state: CallbackDelivery["state"] | undefined;
  nextAttemptAt: number | undefined;
  /** The last delivery's attempts so far, and why its last attempt failed (when it did). */
  attempts: number;
  lastError: string | undefined;
  lastStatus: number | undefined;
  /** Deliveries that ended failed (every attempt used). */
  failed: number;
}

export interface CallbackDeliverer {
  deliver(batch: Batch, reason: DeliveryReason): void;
  list(asyncId?: string): CallbackDelivery[];
  /** The batch's deliveries at a glance, without copying their records. */
  summary(asyncId: string): DeliverySummary;
  forget(asyncId: string): void;
  /** Resolves when no delivery is pending. */
  idle(): Promise<void>;
  /** True while a delivery is pending. */
  readonly busy: boolean;
}

export interface CallbackDelivererDeps {
  /** Sends one attempt: node:http(s) by default, or the `fetch` option. */
  post: CallbackTransport;
  /** Waits between attempts (its clock also times each attempt out and dates the records). */
  timers: TimerSet;
  clock: Clock;
  options: Required<CallbackOptions>;
  faults: () => ResolvedFaults;
  signal: AbortSignal;
  /** Told whenever a delivery changes (created, waiting, after each attempt, settled): the port's delivery events. */
  onChange?: (delivery: Readonly<CallbackDelivery>) => void;
}

/** A copy of a delivery record that later attempts do not change. */
export const snapshotDelivery = (record: Readonly<CallbackDelivery>): CallbackDelivery => ({ ...record, history: record.history.map((a) => ({ ...a })) });

/** The batch's delivery in flight (its results' generation), and the one waiting behind it. */
interface Slot {
  record: CallbackDelivery;
  generation: number;
  waiting: { batch: Batch; reason: DeliveryReason; coalesced: number } | undefined;
}

export function createCallbackDeliverer(deps: CallbackDelivererDeps): CallbackDeliverer {
  const records = new Map<string, CallbackDelivery[]>();
  const changed = (record: CallbackDelivery) => deps.onChange?.(record);
  const slots = new Map<string, Slot>();
  const inFlight = new Set<Promise<void>>();
  let dropped = 0;

  // One controller per attempt, aborted by its own timer or by close(). (AbortSignal.any
  // over the emulator-lifetime signal made every attempt register on that one signal,
  // which cost a visible share of the run-with-callback throughput.)
  const attempts = new Set<AbortController>();
  deps.signal.addEventListener(
    "abort",
    () => {
      for (const attempt of attempts) attempt.abort(deps.signal.reason);
    },
    { once: true },
  );

  async function post(url: string, body: string): Promise<{ ok: boolean; status?: number; error?: string }> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = deps.clock.setTimeout(() => {
      timedOut = true;
      controller.abort(new Error(`timed out after ${deps.options.timeoutMs} ms`));
    }, deps.options.timeoutMs);
    attempts.add(controller);
    try {
      const status = await deps.post(url, body, controller.signal);
      return status >= 200 && status <= 299 ? { ok: true, status } : { ok: false, status, error: `HTTP ${status}` };
    } catch (error) {
      const why = timedOut ? `timed out after ${deps.options.timeoutMs} ms` : error instanceof Error ? error.message : String(error);
      return { ok: false, error: why };
    } finally {
      timer.cancel();
      attempts.delete(controller);
    }
  }

  const wait = async (record: CallbackDelivery, ms: number): Promise<boolean> => {
    record.nextAttemptAt = deps.clock.now() + ms;
    changed(record);
    const slept = await deps.timers.sleep(ms);
    record.nextAttemptAt = undefined;
    return slept;
  };

  async function run(record: CallbackDelivery, body: string): Promise<void> {
    const faults = deps.faults();
    if (faults.callbackDelayMs > 0 && !(await wait(record, faults.callbackDelayMs))) return;
    for (let attempt = 1; attempt <= deps.options.attempts; attempt++) {
      if (attempt > 1 && !(await wait(record, deps.options.baseDelayMs * 2 ** (attempt - 2)))) return;
      if (deps.timers.cleared) return;
      record.attempts = attempt;
      const startedAt = deps.clock.now();
      const started = performance.now();
      const outcome = await post(record.url, body);
      record.history.push({ startedAt, durationMs: Math.round((performance.now() - started) * 10) / 10, status: outcome.status, error: outcome.error });
      record.lastStatus = outcome.status;
      record.lastError = outcome.error;
      if (outcome.ok) {
        record.state = "delivered";
        if (deps.faults().duplicateCallbacks && !deps.timers.cleared) {
          record.duplicates++;
          await post(record.url, body);
        }
        return;
      }
      if (attempt < deps.options.attempts) changed(record);
    }
    record.state = "failed";
  }

  function start(batch: Batch, reason: DeliveryReason, coalesced: number): void {
    const url = batch.callbackUrl as string;
    const record: CallbackDelivery = {
      asyncId: batch.asyncId,
      url,
      reason,
      state: "pending",
      attempts: 0,
      lastStatus: undefined,
      lastError: undefined,
      duplicates: 0,
      coalesced,
      history: [],
      nextAttemptAt: undefined,
    };
    const list = records.get(batch.asyncId) ?? [];
    list.push(record);
    records.set(batch.asyncId, list);
    if (dropped < deps.faults().dropCallbacks) {
      dropped++;
      record.state = "dropped";
      changed(record);
      return;
    }
    changed(record);
    const slot: Slot = { record, generation: batch.generation, waiting: undefined };
    slots.set(batch.asyncId, slot);
    // Serialised once per delivery, now: a restart after this does not change what it delivers.
    const delivery = run(record, serializeCallback({ asyncId: batch.asyncId, results: resultsOf(batch) })).finally(() => {
      if (record.state === "pending") {
        record.state = "failed";
        record.lastError = "the emulator was closed before the callback was delivered";
      }
      changed(record);
      if (slots.get(batch.asyncId) === slot) slots.delete(batch.asyncId);
      // The next one is in flight before this one leaves, so idle() never sees a gap.
      if (slot.waiting && !deps.timers.cleared && records.has(batch.asyncId)) start(slot.waiting.batch, slot.waiting.reason, slot.waiting.coalesced);
      inFlight.delete(delivery);
    });
    inFlight.add(delivery);
  }

  return {
    deliver(batch, reason) {
      if (batch.callbackUrl === undefined) return;
      const slot = slots.get(batch.asyncId);
      if (!slot) return start(batch, reason, 0);
      if (slot.generation === batch.generation) {
        slot.record.coalesced++;
        changed(slot.record);
        return;
      }
      if (slot.waiting && slot.waiting.batch.generation === batch.generation) {
        slot.waiting.coalesced++;
        return;
      }
      slot.waiting = { batch, reason, coalesced: 0 };
    },
    list(asyncId) {
      const all = asyncId === undefined ? [...records.values()].flat() : (records.get(asyncId) ?? []);
      return all.map(snapshotDelivery);
    },
    summary(asyncId) {
      const mine = records.get(asyncId);
      const last = mine?.at(-1);
      let failed = 0;
      for (const record of mine ?? []) if (record.state === "failed") failed++;
      return {
        count: mine?.length ?? 0,
        state: last?.state,
        nextAttemptAt: last?.nextAttemptAt,
        attempts: last?.attempts ?? 0,
        lastError: last?.lastError,
        lastStatus: last?.lastStatus,
        failed,
      };
    },
    forget(asyncId) {
      records.delete(asyncId);
      const slot = slots.get(asyncId);
      if (slot) slot.waiting = undefined;
    },
    async idle() {
      while (inFlight.size) await Promise.allSettled([...inFlight]);
    },
    get busy() {
      return inFlight.size > 0;
    },
  };
}
