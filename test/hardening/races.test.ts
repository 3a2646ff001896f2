// Concurrent submissions and token binds at hardening scale, with the figures printed. Before the
// atomic ledger claim: 2 concurrent submitAll calls of 450 jobs stored 6 batches, 5 calls
// 15 (memory ledger and a 5 ms one alike). Before bindIfPending: two concurrent
// callbacks on one pending token were both accepted in 100 of 100 trials.
import { describe, expect, it } from "vitest";
import { createSubmissionLedger } from "../../src/workflow/submit/submission-ledger.js";
import { raceBinds, slowTokenStore } from "../receiver/bind-races.js";
import { raceSubmitAll, withLatency } from "../workflow/ledger-races.js";
import { RUNS } from "./arbitraries.js";

// HARDENING_RUNS (npm run hardening: 20,000) scales the trials; npm test runs a few.
const trials = Math.min(200, Math.max(5, Math.round(RUNS / 100)));

describe("concurrent submitAll calls with the same 450 jobs", () => {
  it("store one set of batches (3), whatever the ledger's latency and the calls' stagger", async () => {
    const rows: string[] = [];
    for (const calls of [2, 5, 10]) {
      for (const [ledgerName, ledger] of [
        ["memory", () => createSubmissionLedger()],
        ["5 ms", () => withLatency(createSubmissionLedger(), 5)],
      ] as const) {
        for (const staggerMs of [0, 2]) {
          let batches = 0;
          let losersSent = 0;
          let refused = 0;
          for (let trial = 0; trial < Math.ceil(trials / 10); trial++) {
            const outcome = await raceSubmitAll({ calls, jobs: 450, ledger: ledger(), staggerMs });
            expect(outcome.batches).toBe(3);
            expect(outcome.resolved).toBe(1);
            batches = Math.max(batches, outcome.batches);
            losersSent += outcome.runsByLosers;
            refused += outcome.failures.filter((f) => f === "already-submitted").length;
            expect(outcome.failures).toHaveLength(calls - 1);
          }
          rows.push(
            `${calls} calls, ${ledgerName} ledger, ${staggerMs} ms apart: at most ${batches} batches per trial, ${refused} calls refused already-submitted, ${losersSent} runs sent by them`,
          );
          expect(losersSent).toBe(0);
        }
      }
    }
    console.log(`concurrent submitAll (${Math.ceil(trials / 10)} trials each):\n  ${rows.join("\n  ")}`);
  }, 120_000);
});

describe("concurrent binds of one pending token", () => {
  it("accept exactly one asyncId per token", async () => {
    const two = await raceBinds({ trials, callbacks: 2 });
    const many = await raceBinds({ trials, callbacks: 5, withBind: true });
    const slow = await raceBinds({ trials: Math.ceil(trials / 4), callbacks: 5, withBind: true, receiver: { tokenStore: slowTokenStore(2) } });
    console.log(
      `concurrent binds: 2 callbacks, ${two.trials} trials: ${two.doubleBinds} double binds, losers ${JSON.stringify(two.loserAnswers)}; ` +
        `5 callbacks + bind(), ${many.trials} trials: ${many.doubleBinds} double binds, losers ${JSON.stringify(many.loserAnswers)}; ` +
        `same on a 2 ms store, ${slow.trials} trials: ${slow.doubleBinds} double binds, losers ${JSON.stringify(slow.loserAnswers)}`,
    );
    for (const outcome of [two, many, slow]) expect(outcome.doubleBinds).toBe(0);
    expect(two.loserAnswers).toEqual({ "403": trials });
  }, 120_000);
});
