// Fault injection for users' resilience tests. Everything is off unless asked for; the
// random source is injectable so a test can make "30% of requests get 429" exact.
import type { Job } from "../../contract/types.js";
import { MAX_JOBS_PER_BATCH } from "../../contract/validate-run-request.js";
import { boolean, custom, func, integer, number, type OptionAt, object, optionError } from "../../util/options.js";

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

/** The rules of each fault option (src/util/options.ts). */
const FAULT_RULES = {
  latencyMs: integer({ min: 0, unit: "ms" }),
  failJobs: custom<FaultOptions["failJobs"]>((value, fail) =>
    value === undefined ? undefined : typeof value === "function" ? (value as (job: Job, index: number) => boolean) : failJobList(value, fail),
  ),
  callbackDelayMs: integer({ min: 0, unit: "ms" }),
  dropCallbacks: integer({ min: 0 }),
  duplicateCallbacks: boolean(),
  rate429: number({ min: 0, max: 1, unit: "a share" }),
  rate5xx: number({ min: 0, max: 1, unit: "a share" }),
  retryAfterSeconds: integer({ min: 0, unit: "seconds" }),
  random: func<() => number>({ describe: "returning a number in [0, 1)" }),
};

/** The fault options checked: an unknown fault is refused by name, a bad value with why. Keeps what was given, nothing more. */
export function checkFaults(value: unknown, at: OptionAt): FaultOptions {
  const checked = object(FAULT_RULES)(value, at);
  if ((checked.rate429 ?? 0) + (checked.rate5xx ?? 0) > 1) {
    throw optionError(
      at,
      `must not have rate429 + rate5xx over 1 (got ${(checked.rate429 ?? 0) + (checked.rate5xx ?? 0)}): both are shares of the same requests`,
    );
  }
  const given: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(checked)) if (v !== undefined) given[key] = v;
  return given as FaultOptions;
}

/** The options rule for `faults` (all off by default). */
export const faultsOption = () => custom<FaultOptions>((value, _fail, at) => checkFaults(value, at));

/** Checked fault options, with their defaults, as the request path and the job loop read them. */
export function resolveFaults(f: FaultOptions): ResolvedFaults {
  const latencyMs = f.latencyMs ?? 0;
  const rate429 = f.rate429 ?? 0;
  const rate5xx = f.rate5xx ?? 0;
  return {
    latencyMs,
    failJob: failJobPredicate(f.failJobs),
    callbackDelayMs: f.callbackDelayMs ?? 0,
    dropCallbacks: f.dropCallbacks ?? 0,
    duplicateCallbacks: f.duplicateCallbacks ?? false,
    rate429,
    rate5xx,
    retryAfterSeconds: f.retryAfterSeconds ?? 1,
    random: f.random ?? Math.random,
    requestFaultsOff: latencyMs === 0 && rate429 === 0 && rate5xx === 0,
  };
}

function failJobList(failJobs: unknown, fail: (why: string) => never): readonly (number | string)[] {
  if (!Array.isArray(failJobs)) return fail("must be an array of job indexes and 'namespace.action' names, or a predicate (job, index) => boolean");
  for (const entry of failJobs) {
    if (typeof entry === "number" && Number.isInteger(entry) && entry >= MAX_JOBS_PER_BATCH) {
      fail(
        `cannot hold ${entry}: it could never match, as indexes count jobs within each batch (0 to ${MAX_JOBS_PER_BATCH - 1}), not across a workflow's job list`,
      );
    }
    const index = typeof entry === "number" && Number.isInteger(entry) && entry >= 0;
    const name = typeof entry === "string" && /^[^.\s]+\.[^.\s]+$/.test(entry);
    if (!index && !name) fail(`cannot hold ${JSON.stringify(entry)}: it is neither a job index nor a 'namespace.action' name`);
  }
  return [...failJobs] as (number | string)[];
}

function failJobPredicate(failJobs: FaultOptions["failJobs"]): (job: Job, index: number) => boolean {
  if (failJobs === undefined) return () => false;
  if (typeof failJobs === "function") return failJobs;
  const indexes = new Set(failJobs.filter((entry): entry is number => typeof entry === "number"));
  const names = new Set(failJobs.filter((entry): entry is string => typeof entry === "string"));
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
