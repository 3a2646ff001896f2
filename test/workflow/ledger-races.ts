// Concurrent submitAll calls with the same jobs (docs/workflows.md, "Retries, safely": one
// set of batches however the calls race): shared by the race test and `npm run hardening`,
// which prints the figures. Latency and stagger are on a stepping clock, so the calls
// interleave by clock time and nothing waits on real time.
import { type Clock, sleep } from "../../src/util/clock.js";
import { isIvvySubmissionError } from "../../src/workflow/errors/type-guards.js";
import type { LedgerClaim, LedgerEntry, SubmissionLedger } from "../../src/workflow/submit/submission-ledger.js";
import { submitAll } from "../../src/workflow/submit/submit-all.js";
import { createSteppingClock } from "../helpers/stepping-clock.js";
import { demoJobs, startEmulator } from "./emulator-harness.js";

/**
 * Wraps a ledger so that every call takes `latencyMs` on `clock` to answer, as a shared
 * store would (give raceSubmitAll the same clock to order the latency and the stagger by time).
 */
export function withLatency(inner: SubmissionLedger, latencyMs: number, clock: Clock = createSteppingClock()): SubmissionLedger {
  const later = <T>(value: () => T | Promise<T>): Promise<T> => sleep(clock, latencyMs).then(value);
  return {
    get: (hash) => later(() => inner.get(hash)),
    set: (hash, entry: LedgerEntry) => later(() => inner.set(hash, entry)),
    delete: (hash) => later(() => inner.delete(hash)),
    // The claim itself is one atomic step at the store; only its answer is late.
    claim: (hash, at): Promise<LedgerClaim> => {
      const outcome = inner.claim(hash, at);
      return later(() => outcome);
    },
  };
}

export interface RaceOutcome {
  /** Batches the emulator stored. */
  batches: number;
  /** submitAll calls that resolved. */
  resolved: number;
  /** Reasons of the calls that failed (the first failed chunk's). */
  failures: string[];
  /** Runs sent by the calls that failed. */
  runsByLosers: number;
}

/**
 * Starts `calls` submitAll calls of the same `jobs` jobs, the i-th after `staggerMs * i`
 * ms on `clock` (default: a stepping clock of its own), on one emulator and one ledger,
 * and reports what was stored.
 */
export async function raceSubmitAll(options: {
  calls: number;
  jobs: number;
  ledger: SubmissionLedger;
  staggerMs?: number;
  clock?: Clock;
}): Promise<RaceOutcome> {
  const clock = options.clock ?? createSteppingClock();
  const harness = startEmulator();
  try {
    const jobs = demoJobs(options.jobs, 0, "race");
    const runsOf: number[] = Array.from({ length: options.calls }, () => 0);
    const attempts = runsOf.map(async (_, call) => {
      if (options.staggerMs) await sleep(clock, options.staggerMs * call);
      const client = harness.client({
        fetch: (request) => {
          if (new URL(request.url).searchParams.get("action") === "run") runsOf[call]!++;
          return harness.emulator.fetch(request);
        },
      });
      return submitAll(client, jobs, { ledger: options.ledger, clock });
    });
    const settled = await Promise.allSettled(attempts);
    const failures: string[] = [];
    let runsByLosers = 0;
    settled.forEach((outcome, call) => {
      if (outcome.status === "fulfilled") return;
      failures.push(isIvvySubmissionError(outcome.reason) ? outcome.reason.reason : String(outcome.reason));
      runsByLosers += runsOf[call]!;
    });
    return { batches: harness.emulator.batches.list().length, resolved: settled.length - failures.length, failures, runsByLosers };
  } finally {
    await harness.emulator.close();
  }
}
