// The whole-batch workflow against the emulator, in-process and over a socket.
import { afterEach, describe, expect, it } from "vitest";
import { createManualClock } from "../../src/util/clock.js";
import { isIvvyDeadlineError } from "../../src/workflow/errors/type-guards.js";
import type { BatchHandle } from "../../src/workflow/model/batch-handle.js";
import type { JobOutcome } from "../../src/workflow/model/job-outcome.js";
import { collectResults } from "../../src/workflow/results/collect-results.js";
import { createSubmissionLedger } from "../../src/workflow/submit/submission-ledger.js";
import { submitAll } from "../../src/workflow/submit/submit-all.js";
import { waitForAll } from "../../src/workflow/wait/wait-for-all.js";
import { driveClock } from "../helpers/drive-clock.js";
import { createSteppingClock } from "../helpers/stepping-clock.js";
import { demoJobs, type Harness, startEmulator } from "./emulator-harness.js";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.emulator.close();
  harness = undefined;
});

/** Checks outcomes line up with `jobs` and fail exactly where the jobs asked to. */
function expectInOrder(outcomes: JobOutcome[], jobs: ReturnType<typeof demoJobs>) {
  expect(outcomes).toHaveLength(jobs.length);
  outcomes.forEach((outcome, i) => {
    expect(outcome.index).toBe(i);
    expect(outcome.job).toBe(jobs[i]);
    if (jobs[i]!.params.fail === true) {
      expect(outcome).toMatchObject({ status: "failure", error: { errorCode: 400, specificCode: 23016 } });
    } else {
      expect(outcome).toMatchObject({ status: "success", response: { echoed: i } });
    }
  });
}

describe("submit, wait and collect against the emulator", () => {
  it("1,000 jobs in-process: five chunks, results in job order with failures where the jobs failed", async () => {
    harness = startEmulator();
    const client = harness.client();
    const jobs = demoJobs(1_000, 7, "k1");
    const submitted: number[] = [];
    const handle = await submitAll(client, jobs, { ledger: createSubmissionLedger(), onChunkSubmitted: (chunk) => submitted.push(chunk.index) });
    expect(handle.chunks.map((c) => [c.index, c.start, c.end])).toEqual([
      [0, 0, 200],
      [1, 200, 400],
      [2, 400, 600],
      [3, 600, 800],
      [4, 800, 1000],
    ]);
    expect(submitted.sort()).toEqual([0, 1, 2, 3, 4]);
    const percents: number[] = [];
    const final = await waitForAll(client, handle, { intervalMs: 5, clock: createSteppingClock(), onProgress: (p) => percents.push(p.percent) });
    expect(final.percent).toBe(100);
    expect(final.chunks.every((c) => c.done && c.progress === 100)).toBe(true);
    expect(percents.at(-1)).toBe(100);
    const outcomes = await collectResults(client, handle, { jobs });
    expectInOrder(outcomes, jobs);
    expect(outcomes.filter((o) => o.status === "failure")).toHaveLength(142);
    expect(harness.ok.run).toBe(5);
  });

  it("10,000 jobs in-process, with chunks of 100 and 8 runs in flight", async () => {
    harness = startEmulator();
    const client = harness.client();
    const jobs = demoJobs(10_000, 13, "k10");
    const handle = await submitAll(client, jobs, { chunkSize: 100, concurrency: 8, ledger: createSubmissionLedger() });
    await waitForAll(client, handle, { intervalMs: 10, clock: createSteppingClock() });
    const outcomes = await collectResults(client, handle, { jobs });
    expect(handle.chunks).toHaveLength(100);
    expectInOrder(outcomes, jobs);
    expect(harness.ok.run).toBe(100);
  });

  it("1,000 jobs over a real socket", async () => {
    harness = startEmulator();
    const { url } = await harness.emulator.listen({ port: 0 });
    const client = harness.client({ baseUrl: url, fetch: (request) => fetch(request) });
    const jobs = demoJobs(1_000, 5, "socket");
    const handle = await submitAll(client, jobs, { ledger: createSubmissionLedger() });
    await waitForAll(client, handle, { intervalMs: 5, clock: createSteppingClock() });
    expectInOrder(await collectResults(client, handle, { jobs }), jobs);
    expect(harness.ok.run).toBe(5);
  });
});

describe("a deadline, then resuming from the stored handle", () => {
  it("throws with a resumable handle; a fresh client finishes from its JSON, with no new run", async () => {
    // 2 ms per job on the clock: each 200-job chunk takes 400 ms, far past a 30 ms deadline.
    const clock = createManualClock();
    harness = startEmulator({ jobDelayMs: 2, clock });
    const jobs = demoJobs(600, 9, "deadline");
    const first = harness.client();
    const handle = await submitAll(first, jobs, { ledger: createSubmissionLedger(), clock });
    const started = clock.now();
    const error = await driveClock(clock, waitForAll(first, handle, { intervalMs: 10, deadlineMs: 30, clock }), {
      stepMs: 10,
      maxMs: 1_000,
      what: "waitForAll's 30 ms deadline",
    }).catch((caught: unknown) => caught);
    expect(isIvvyDeadlineError(error)).toBe(true);
    expect(clock.now() - started).toBe(30);
    if (!isIvvyDeadlineError(error)) return;
    expect(error.handle).toEqual(handle);
    expect(error.lastProgress?.percent).toBeLessThan(100);
    expect(error.message).toMatch(/store error\.handle and call waitForAll with it later/);

    const stored = JSON.stringify(error.handle);
    const resumed = JSON.parse(stored) as BatchHandle;
    const fresh = harness.client();
    await driveClock(clock, waitForAll(fresh, resumed, { intervalMs: 20, clock }), { stepMs: 20, maxMs: 10_000, what: "the resumed wait" });
    expectInOrder(await collectResults(fresh, resumed, { jobs }), jobs);
    expect(harness.ok.run).toBe(3);
  });
});
