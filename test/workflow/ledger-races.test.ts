// submitAll calls racing on the same jobs (docs/workflows.md, "Retries, safely"). Before the ledger's atomic
// claim, 2 calls of 450 jobs stored 6 batches with the memory ledger (calls started
// together) and 6 with a 5 ms ledger (15 for 5 calls, one started 2 ms later too).
import { describe, expect, it } from "vitest";
import { createSubmissionLedger } from "../../src/workflow/submit/submission-ledger.js";
import { submitAll } from "../../src/workflow/submit/submit-all.js";
import { createSteppingClock } from "../helpers/stepping-clock.js";
import { demoJobs, startEmulator } from "./emulator-harness.js";
import { raceSubmitAll, withLatency } from "./ledger-races.js";

const exactlyOneWinner = (outcome: Awaited<ReturnType<typeof raceSubmitAll>>, calls: number) => {
  expect(outcome.batches).toBe(3);
  expect(outcome.resolved).toBe(1);
  expect(outcome.failures).toEqual(Array.from({ length: calls - 1 }, () => "already-submitted"));
  expect(outcome.runsByLosers).toBe(0);
};

describe("concurrent submitAll calls with the same jobs", () => {
  for (const calls of [2, 5]) {
    it(`${calls} calls started together on the memory ledger: one set of batches`, async () => {
      exactlyOneWinner(await raceSubmitAll({ calls, jobs: 450, ledger: createSubmissionLedger() }), calls);
    });
    it(`${calls} calls on a ledger answering in 5 ms, together and 2 ms apart: one set of batches`, async () => {
      const together = createSteppingClock();
      exactlyOneWinner(await raceSubmitAll({ calls, jobs: 450, ledger: withLatency(createSubmissionLedger(), 5, together), clock: together }), calls);
      const apart = createSteppingClock();
      exactlyOneWinner(await raceSubmitAll({ calls, jobs: 450, ledger: withLatency(createSubmissionLedger(), 5, apart), staggerMs: 2, clock: apart }), calls);
      // The latency really was waited on, call after call (a clock that never moved would prove nothing).
      expect(apart.waits.filter((ms) => ms === 5).length).toBeGreaterThanOrEqual(calls);
      expect(apart.waits).toContain(2 * (calls - 1));
    });
  }

  it("a second call started any number of microtasks after the first sends nothing", async () => {
    for (let ticks = 0; ticks < 12; ticks++) {
      const harness = startEmulator();
      const ledger = createSubmissionLedger();
      const jobs = demoJobs(450, 0, `ticks-${ticks}`);
      const later = (async () => {
        for (let i = 0; i < ticks; i++) await Promise.resolve();
        return submitAll(harness.client(), jobs, { ledger });
      })();
      const settled = await Promise.allSettled([submitAll(harness.client(), jobs, { ledger }), later]);
      expect(harness.emulator.batches.list(), `offset ${ticks}`).toHaveLength(3);
      expect(settled.map((s) => s.status).sort(), `offset ${ticks}`).toEqual(["fulfilled", "rejected"]);
      await harness.emulator.close();
    }
  });

  it("identical chunks inside one call are all sent, and the ledger then refuses them all", async () => {
    const harness = startEmulator();
    const ledger = createSubmissionLedger();
    const same = Array.from({ length: 600 }, () => ({ namespace: "demo", action: "echo", params: { n: 1 } }));
    const handle = await submitAll(harness.client(), same, { ledger, concurrency: 3 });
    expect(handle.chunks).toHaveLength(3);
    expect(harness.emulator.batches.list()).toHaveLength(3);
    await expect(submitAll(harness.client(), same, { ledger })).rejects.toMatchObject({ reason: "already-submitted" });
    expect(harness.emulator.batches.list()).toHaveLength(3);
    await harness.emulator.close();
  });
});
