// POSTs `{ asyncId, results }` to a batch's callbackUrl, retrying a failed attempt
// (network error, timeout, non-2xx) with exponential backoff, and applying the callback
// faults. Each delivery is recorded so tests can see what happened.
import type { BatchCallback } from "../spec/types.js";
import { resultsOf, type Batch } from "./batch-state.js";
import type { CallbackTransport } from "./callback-transport.js";
import type { CallbackOptions } from "./emulator-options.js";
import type { ResolvedFaults } from "./faults.js";
import type { TimerSet } from "./timer-set.js";

export type DeliveryReason = "complete" | "repost";

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
}

export interface CallbackDeliverer {
  deliver(batch: Batch, reason: DeliveryReason): void;
  list(asyncId?: string): CallbackDelivery[];
  forget(asyncId: string): void;
  /** Resolves when no delivery is pending. */
  idle(): Promise<void>;
  /** True while a delivery is pending. */
  readonly busy: boolean;
}

export interface CallbackDelivererDeps {
  /** Sends one attempt: node:http(s) by default, or the `fetch` option. */
  post: CallbackTransport;
  timers: TimerSet;
  options: Required<CallbackOptions>;
  faults: () => ResolvedFaults;
  signal: AbortSignal;
}

export function createCallbackDeliverer(deps: CallbackDelivererDeps): CallbackDeliverer {
  const records = new Map<string, CallbackDelivery[]>();
  const inFlight = new Set<Promise<void>>();
  let dropped = 0;

  // One controller per attempt, aborted by its own timer or by close(). (AbortSignal.any
  // over the emulator-lifetime signal made every attempt register on that one signal,
  // which cost a visible share of the run-with-callback throughput.)
  const attempts = new Set<AbortController>();
  deps.signal.addEventListener("abort", () => attempts.forEach((c) => c.abort(deps.signal.reason)), { once: true });

  async function post(url: string, body: string): Promise<{ ok: boolean; status?: number; error?: string }> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
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
      clearTimeout(timer);
      attempts.delete(controller);
    }
  }

  async function run(record: CallbackDelivery, body: string): Promise<void> {
    const faults = deps.faults();
    if (faults.callbackDelayMs > 0 && !(await deps.timers.sleep(faults.callbackDelayMs))) return;
    for (let attempt = 1; attempt <= deps.options.attempts; attempt++) {
      if (attempt > 1 && !(await deps.timers.sleep(deps.options.baseDelayMs * 2 ** (attempt - 2)))) return;
      if (deps.timers.cleared) return;
      record.attempts = attempt;
      const outcome = await post(record.url, body);
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
    }
    record.state = "failed";
  }

  return {
    deliver(batch, reason) {
      if (batch.callbackUrl === undefined) return;
      const record: CallbackDelivery = {
        asyncId: batch.asyncId,
        url: batch.callbackUrl,
        reason,
        state: "pending",
        attempts: 0,
        lastStatus: undefined,
        lastError: undefined,
        duplicates: 0,
      };
      const list = records.get(batch.asyncId) ?? [];
      list.push(record);
      records.set(batch.asyncId, list);
      if (dropped < deps.faults().dropCallbacks) {
        dropped++;
        record.state = "dropped";
        return;
      }
      // The payload is fixed now: a restart after this does not change what is delivered.
      const payload: BatchCallback = { asyncId: batch.asyncId, results: resultsOf(batch) };
      const delivery = run(record, JSON.stringify(payload)).finally(() => {
        inFlight.delete(delivery);
        if (record.state === "pending") {
          record.state = "failed";
          record.lastError = "the emulator was closed before the callback was delivered";
        }
      });
      inFlight.add(delivery);
    },
    list(asyncId) {
      const all = asyncId === undefined ? [...records.values()].flat() : (records.get(asyncId) ?? []);
      return all.map((r) => ({ ...r }));
    },
    forget: (asyncId) => void records.delete(asyncId),
    async idle() {
      while (inFlight.size) await Promise.allSettled([...inFlight]);
    },
    get busy() {
      return inFlight.size > 0;
    },
  };
}
