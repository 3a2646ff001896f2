// Concurrent submitAll calls with the same jobs (issue 10, item 1): shared by the race
// test and `npm run hardening`, which prints the figures.
import { isIvvySubmissionError } from "../../src/workflow/errors/type-guards.js";
import type { LedgerClaim, LedgerEntry, SubmissionLedger } from "../../src/workflow/submit/submission-ledger.js";
import { submitAll } from "../../src/workflow/submit/submit-all.js";
import { demoJobs, noSleep, startEmulator } from "./emulator-harness.js";

/** Wraps a ledger so that every call takes `latencyMs` to answer, as a shared store would. */
export function withLatency(inner: SubmissionLedger, latencyMs: number): SubmissionLedger {
  const later = <T>(value: () => T | Promise<T>): Promise<T> =>
    new Promise((resolve, reject) => setTimeout(() => Promise.resolve().then(value).then(resolve, reject), latencyMs));
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
 * ms, on one emulator and one ledger, and reports what was stored.
 */
export async function raceSubmitAll(options: { calls: number; jobs: number; ledger: SubmissionLedger; staggerMs?: number }): Promise<RaceOutcome> {
  const harness = startEmulator();
  try {
    const jobs = demoJobs(options.jobs, 0, "race");
    const runsOf: number[] = Array.from({ length: options.calls }, () => 0);
    const attempts = runsOf.map(async (_, call) => {
      if (options.staggerMs) await new Promise((resolve) => setTimeout(resolve, options.staggerMs! * call));
      const client = harness.client({
        fetch: (request) => {
          if (new URL(request.url).searchParams.get("action") === "run") runsOf[call]!++;
          return harness.emulator.fetch(request);
        },
      });
      return submitAll(client, jobs, { ledger: options.ledger, sleep: noSleep });
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
