// Fault injection for users' resilience tests. Everything is off unless asked for; the
// random source is injectable so a test can make "30% of requests get 429" exact.
import type { Job } from "../../contract/types.js";
import { MAX_JOBS_PER_BATCH } from "../../contract/validate-run-request.js";

export interface FaultOptions {
  /** Extra delay before every answer, in ms. */
  latencyMs?: number;
  /**
   * Jobs that fail with a 500 envelope as their response: by position within their own
   * batch (0-based, 0 to 199), by 'namespace.action', or a predicate `(job, index)` with the
   * same per-batch index. The emulator sees batches, not the whole job list a workflow
   * split: with batches of 200, `[3]` fails jobs 3, 203, 403, ... of the list. An index of
   * 200 or more could never match and is refused.
   */
  failJobs?: readonly (number | string)[] | ((job: Job, index: number) => boolean);
  /** Extra delay before the first attempt of every callback delivery, in ms. */
  callbackDelayMs?: number;
  /** The first N callback deliveries (across the emulator) are silently lost: never sent, never retried. */
  dropCallbacks?: number;
  /** Every delivered callback is POSTed a second time, as a receiver must expect. */
  duplicateCallbacks?: boolean;
  /** Share (0..1) of requests answered 429 with Retry-After. */
  rate429?: number;
  /** Share (0..1) of requests answered 500 (run: 24091, and nothing is stored). */
  rate5xx?: number;
  /** The Retry-After of injected 429s, in seconds (default 1). */
  retryAfterSeconds?: number;
  /** Randomness for rate429/rate5xx (default Math.random). */
  random?: () => number;
}

export interface ResolvedFaults {
  latencyMs: number;
  failJob: (job: Job, index: number) => boolean;
  callbackDelayMs: number;
  dropCallbacks: number;
  duplicateCallbacks: boolean;
  rate429: number;
  rate5xx: number;
  retryAfterSeconds: number;
  random: () => number;
  /** True when no request-level fault can fire, so the hot path can skip the checks. */
  requestFaultsOff: boolean;
}

const FAULT_KEYS = new Set(["latencyMs", "failJobs", "callbackDelayMs", "dropCallbacks", "duplicateCallbacks", "rate429", "rate5xx", "retryAfterSeconds", "random"]);

export function resolveFaults(faults: FaultOptions | undefined, problem: (message: string) => Error): ResolvedFaults {
  const f = faults ?? {};
  if (typeof f !== "object" || f === null) throw problem("faults must be an object");
  for (const key of Object.keys(f)) if (!FAULT_KEYS.has(key)) throw problem(`faults.${key} is not a fault (known: ${[...FAULT_KEYS].join(", ")})`);
  const ms = (key: "latencyMs" | "callbackDelayMs" | "dropCallbacks" | "retryAfterSeconds", fallback: number) => {
    const value = f[key] ?? fallback;
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0) throw problem(`faults.${key} must be a non-negative integer, not ${String(f[key])}`);
    return value;
  };
  const share = (key: "rate429" | "rate5xx") => {
    const value = f[key] ?? 0;
    if (typeof value !== "number" || !(value >= 0 && value <= 1)) throw problem(`faults.${key} must be a share between 0 and 1, not ${String(f[key])}`);
    return value;
  };
  const rate429 = share("rate429");
  const rate5xx = share("rate5xx");
  if (rate429 + rate5xx > 1) throw problem(`faults.rate429 + faults.rate5xx must not exceed 1 (got ${rate429 + rate5xx})`);
  if (f.random !== undefined && typeof f.random !== "function") throw problem("faults.random must be a function returning [0, 1)");
  if (f.duplicateCallbacks !== undefined && typeof f.duplicateCallbacks !== "boolean") throw problem("faults.duplicateCallbacks must be a boolean");
  const latencyMs = ms("latencyMs", 0);
  return {
    latencyMs,
    failJob: failJobPredicate(f.failJobs, problem),
    callbackDelayMs: ms("callbackDelayMs", 0),
    dropCallbacks: ms("dropCallbacks", 0),
    duplicateCallbacks: f.duplicateCallbacks ?? false,
    rate429,
    rate5xx,
    retryAfterSeconds: ms("retryAfterSeconds", 1),
    random: f.random ?? Math.random,
    requestFaultsOff: latencyMs === 0 && rate429 === 0 && rate5xx === 0,
  };
}

function failJobPredicate(failJobs: FaultOptions["failJobs"], problem: (message: string) => Error): (job: Job, index: number) => boolean {
  if (failJobs === undefined) return () => false;
  if (typeof failJobs === "function") return failJobs;
  if (!Array.isArray(failJobs)) throw problem("faults.failJobs must be an array of job indexes and 'namespace.action' names, or a predicate (job, index) => boolean");
  const indexes = new Set<number>();
  const names = new Set<string>();
  for (const entry of failJobs) {
    if (typeof entry === "number" && Number.isInteger(entry) && entry >= 0 && entry < MAX_JOBS_PER_BATCH) indexes.add(entry);
    else if (typeof entry === "number" && Number.isInteger(entry) && entry >= MAX_JOBS_PER_BATCH) {
      throw problem(`faults.failJobs: ${entry} can never match: indexes count jobs within each batch (0 to ${MAX_JOBS_PER_BATCH - 1}), not across a workflow's job list`);
    }
    else if (typeof entry === "string" && /^[^.\s]+\.[^.\s]+$/.test(entry)) names.add(entry);
    else throw problem(`faults.failJobs: ${JSON.stringify(entry)} is neither a job index nor a 'namespace.action' name`);
  }
  return (job, index) => indexes.has(index) || names.has(`${job.namespace}.${job.action}`);
}

/** Which request-level fault, if any, hits this request: one draw, so the shares are exact. */
export function drawRequestFault(faults: ResolvedFaults): 429 | 500 | undefined {
  if (faults.rate429 === 0 && faults.rate5xx === 0) return undefined;
  const r = faults.random();
  if (r < faults.rate429) return 429;
  // Rounded so that 0.1 + 0.2 is 0.3, and a 20% share is 20 of 100 evenly spread draws.
  if (r < Math.round((faults.rate429 + faults.rate5xx) * 1e12) / 1e12) return 500;
  return undefined;
}
