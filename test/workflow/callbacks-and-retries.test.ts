// Waiting by callbacks (with the polling fallback), retrying failed jobs, streaming
// results, and checking results against their jobs: against the emulator and receiver.
// Time is a manual clock the tests move (driveClock) or one that steps itself through
// polling waits (createSteppingClock); nothing waits on real time.
import { afterEach, describe, expect, it } from "vitest";
import type { Job } from "../../src/contract/types.js";
import { createCallbackReceiver } from "../../src/receiver/create-callback-receiver.js";
import { createManualClock, type ManualClock } from "../../src/util/clock.js";
import { isIvvyResultMismatchError } from "../../src/workflow/errors/type-guards.js";
import type { WorkflowWarning } from "../../src/workflow/model/workflow-warning.js";
import { collectResults } from "../../src/workflow/results/collect-results.js";
import { iterateChunkOutcomes, iterateResults } from "../../src/workflow/results/iterate-results.js";
import { mergeOutcomes } from "../../src/workflow/results/merge-outcomes.js";
import { retryFailed } from "../../src/workflow/results/retry-failed.js";
import { createSubmissionLedger } from "../../src/workflow/submit/submission-ledger.js";
import { submitAll } from "../../src/workflow/submit/submit-all.js";
import { waitForAll } from "../../src/workflow/wait/wait-for-all.js";
import { driveClock } from "../helpers/drive-clock.js";
import { createSteppingClock } from "../helpers/stepping-clock.js";
import { within } from "../helpers/within.js";
import { demoJobs, type Harness, startEmulator } from "./emulator-harness.js";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.emulator.close();
  harness = undefined;
});

/** An emulator delivering callbacks to a receiver in-process, on `clock`. */
function withReceiver(options: Parameters<typeof startEmulator>[0] & { clock: ManualClock }) {
  const receiver = createCallbackReceiver({ publicUrl: "http://receiver.local/ivvy/callback" });
  harness = startEmulator({ ...options, fetch: (request) => receiver.fetch(request), callbacks: { attempts: 5, baseDelayMs: 5, timeoutMs: 1_000 } });
  return { receiver, harness };
}

describe("waiting by callbacks", () => {
  it("completes on the chunks' callbacks, without polling past the first round", async () => {
    // Jobs take no clock time, and the clock never moves: the wait for the next poll (and
    // the grace before polling) never ends, so only the callbacks can end this wait.
    const clock = createManualClock();
    const { receiver, harness } = withReceiver({ clock });
    const client = harness.client();
    const jobs = demoJobs(1_000, 10, "callbacks");
    const handle = await submitAll(client, jobs, { callbacks: receiver, ledger: createSubmissionLedger(), clock });
    const started = clock.now();
    await within(
      waitForAll(client, handle, { callbacks: receiver, intervalMs: 60_000, callbackGraceMs: 60_000, clock }),
      10_000,
      "waitForAll ended by callbacks",
    );
    expect(clock.now()).toBe(started);
    expect(harness.all.progress).toBeLessThanOrEqual(handle.chunks.length);
    expect(harness.emulator.callbacks.list().length).toBeGreaterThanOrEqual(5);
    const outcomes = await collectResults(client, handle, { jobs });
    expect(outcomes.filter((o) => o.status === "failure")).toHaveLength(100);
  });

  it("polls a chunk whose callback is late, and warns", async () => {
    // The first two deliveries are lost for good: those chunks are found by polling. A job
    // takes 1 ms on the clock, so a chunk of 200 is done at about 200 ms, before the grace ends.
    const clock = createManualClock();
    const { receiver, harness } = withReceiver({ jobDelayMs: 1, faults: { dropCallbacks: 2 }, clock });
    const client = harness.client();
    const handle = await submitAll(client, demoJobs(600, 0, "late"), { callbacks: receiver, ledger: createSubmissionLedger(), clock });
    const warnings: WorkflowWarning[] = [];
    const started = clock.now();
    const waiting = waitForAll(client, handle, { callbacks: receiver, callbackGraceMs: 300, intervalMs: 10, clock, onWarning: (w) => warnings.push(w) });
    const final = await driveClock(clock, waiting, { stepMs: 10, maxMs: 10_000, what: "waitForAll polling the chunks whose callbacks were lost" });
    expect(clock.now() - started).toBeGreaterThanOrEqual(300);
    expect(final.percent).toBe(100);
    expect(warnings.map((w) => w.code)).toContain("callback-late");
    expect(harness.all.progress).toBeGreaterThan(handle.chunks.length);
  });
});

describe("a callback token that cannot be bound", () => {
  it("keeps the chunk, warns, and the wait falls back to polling it", async () => {
    const clock = createManualClock();
    const { receiver, harness } = withReceiver({ jobDelayMs: 1, clock });
    const client = harness.client();
    let binds = 0;
    const flaky = {
      issueCallbackUrl: () => receiver.issueCallbackUrl(),
      waitForCallback: (asyncId: string, signal?: AbortSignal) => receiver.waitForCallback(asyncId, signal),
      bind: async (token: string, asyncId: string) => {
        if (++binds === 2) throw new Error("token store unavailable");
        return receiver.bind(token, asyncId);
      },
    };
    const warnings: WorkflowWarning[] = [];
    const handle = await submitAll(client, demoJobs(600, 0, "bind"), {
      callbacks: flaky,
      concurrency: 1,
      ledger: createSubmissionLedger(),
      clock,
      onWarning: (w) => warnings.push(w),
    });
    expect(handle.chunks).toHaveLength(3);
    expect(warnings).toEqual([expect.objectContaining({ code: "callback-bind-failed", chunkIndex: 1 })]);
    const waiting = waitForAll(client, handle, { callbacks: flaky, callbackGraceMs: 200, intervalMs: 10, clock, onWarning: (w) => warnings.push(w) });
    const final = await driveClock(clock, waiting, { stepMs: 10, maxMs: 10_000, what: "waitForAll polling the chunk whose token was not bound" });
    expect(final.percent).toBe(100);
    // The unbound chunk's callback was refused, so it was found by polling after the grace.
    expect(warnings.map((w) => w.code)).toContain("callback-late");
  });
});

describe("retryFailed", () => {
  it("submits only the failed jobs, and their outcomes merge back into the original positions", async () => {
    harness = startEmulator();
    const client = harness.client();
    // Every 9th job fails the first time it runs and succeeds the second; every 50th always fails.
    const jobs: Job[] = demoJobs(1_000, 0, "retry").map((job, n) => ({
      ...job,
      params: { ...job.params, ...(n % 9 === 8 ? { flaky: true } : {}), ...(n % 50 === 49 ? { fail: true } : {}) },
    }));
    const ledger = createSubmissionLedger();
    const handle = await submitAll(client, jobs, { ledger });
    await waitForAll(client, handle, { intervalMs: 5, clock: createSteppingClock() });
    const original = await collectResults(client, handle, { jobs });
    const failed = original.filter((o) => o.status === "failure").map((o) => o.index);
    expect(failed.length).toBeGreaterThan(100);

    const retry = await retryFailed(client, handle, original, { jobs, ledger, chunkSize: 50 });
    expect(retry.total).toBe(failed.length);
    expect(retry.chunks.flatMap((c) => c.positions)).toEqual(failed);
    // A stored retry handle still resumes from JSON.
    const stored = JSON.parse(JSON.stringify(retry));
    await waitForAll(client, stored, { intervalMs: 5, clock: createSteppingClock() });
    const retried = await collectResults(client, stored, { jobs });
    expect(retried.map((o) => o.index)).toEqual(failed);

    const merged = mergeOutcomes(original, retried);
    expect(merged.map((o) => o.index)).toEqual(jobs.map((_, i) => i));
    const stillFailing = merged.filter((o) => o.status === "failure").map((o) => o.index);
    expect(stillFailing).toEqual(jobs.flatMap((job, i) => (job.params.fail === true ? [i] : [])));
    expect(harness.ok.run).toBe(5 + Math.ceil(failed.length / 50));

    // The retry's own failures are the permanent ones; shouldRetry can leave those out.
    const second = await retryFailed(client, stored, retried, { jobs, ledger, shouldRetry: (f) => f.job?.params.fail !== true });
    expect(second.total).toBe(0);
    expect(second.chunks).toEqual([]);
  });

  it("needs the original jobs", async () => {
    harness = startEmulator();
    await expect(retryFailed(harness.client(), { version: 1 } as never, [], {} as never)).rejects.toThrow(
      "retryFailed: option 'jobs' is required: the jobs originally submitted",
    );
    await expect(retryFailed(harness.client(), { version: 1 } as never, [], { jobs: [], shouldretry: () => true } as never)).rejects.toThrow(
      "retryFailed: unknown option 'shouldretry' (did you mean 'shouldRetry'?)",
    );
  });
});

describe("results as a stream", () => {
  it("fetches a bounded few chunks ahead, and checks results against a streamed job list", async () => {
    harness = startEmulator();
    const emulator = harness.emulator;
    let inFlight = 0;
    let maxInFlight = 0;
    let resultsCalls = 0;
    const client = harness.client({
      fetch: async (request) => {
        if (new URL(request.url).searchParams.get("action") !== "results") return emulator.fetch(request);
        resultsCalls++;
        maxInFlight = Math.max(maxInFlight, ++inFlight);
        try {
          // A turn of the event loop, so the fetches ahead overlap as they would over a network.
          await new Promise((resolve) => setImmediate(resolve));
          return await emulator.fetch(request);
        } finally {
          inFlight--;
        }
      },
    });
    const jobs = demoJobs(2_000, 3, "stream");
    const handle = await submitAll(client, jobs, { chunkSize: 100, ledger: createSubmissionLedger() });
    await waitForAll(client, handle, { intervalMs: 5, clock: createSteppingClock() });

    async function* sameJobsAgain() {
      yield* demoJobs(2_000, 3, "stream");
    }
    let seen = 0;
    let failures = 0;
    for await (const outcome of iterateResults(client, handle, { jobs: sameJobsAgain(), prefetch: 1 })) {
      expect(outcome.index).toBe(seen++);
      if (outcome.status === "failure") failures++;
    }
    expect(seen).toBe(2_000);
    expect(failures).toBe(666);
    expect(maxInFlight).toBeLessThanOrEqual(2);
    expect(resultsCalls).toBe(20);
  });

  it("stops fetching when the consumer stops early", async () => {
    harness = startEmulator();
    const client = harness.client();
    const handle = await submitAll(client, demoJobs(1_000, 0, "early"), { chunkSize: 50, ledger: createSubmissionLedger() });
    await waitForAll(client, handle, { intervalMs: 5, clock: createSteppingClock() });
    const before = harness.all.results;
    for await (const { chunk } of iterateChunkOutcomes(client, handle, { prefetch: 2 })) {
      if (chunk.index === 1) break;
    }
    // Chunks 0 and 1 consumed, at most prefetch (2) + 1 more requested: not the 20 there are.
    expect(harness.all.results - before).toBeLessThanOrEqual(5);
  });
});

describe("results checked against their jobs", () => {
  it("throws on a job that is not the one submitted, naming its position, or flags it when asked", async () => {
    harness = startEmulator();
    const client = harness.client();
    const jobs = demoJobs(300, 0, "mismatch");
    const handle = await submitAll(client, jobs, { ledger: createSubmissionLedger() });
    await waitForAll(client, handle, { intervalMs: 5, clock: createSteppingClock() });
    const edited = jobs.map((job, i) => (i === 207 ? { ...job, params: { ...job.params, n: -1 } } : job));

    const error = await collectResults(client, handle, { jobs: edited }).catch((caught: unknown) => caught);
    expect(isIvvyResultMismatchError(error)).toBe(true);
    expect(error).toMatchObject({ position: 207, chunkIndex: 1, asyncId: handle.chunks[1]!.asyncId });
    expect(String(error)).toMatch(/request is not the job's params/);

    const flagged = await collectResults(client, handle, { jobs: edited, onMismatch: "flag" });
    expect(flagged.filter((o) => o.mismatch !== undefined).map((o) => o.index)).toEqual([207]);

    const short = await collectResults(client, handle, { jobs: jobs.slice(0, 250), onMismatch: "flag" });
    expect(short.filter((o) => o.mismatch !== undefined)).toHaveLength(50);
  });

  it("throws when a chunk's result count is not its job count", async () => {
    harness = startEmulator();
    const client = harness.client();
    const handle = await submitAll(client, demoJobs(10, 0, "count"), { ledger: createSubmissionLedger() });
    await waitForAll(client, handle, { intervalMs: 5, clock: createSteppingClock() });
    const wrong = { ...handle, total: 11, chunks: [{ ...handle.chunks[0]!, end: 11 }] };
    await expect(collectResults(client, wrong)).rejects.toThrow(/10 results for a chunk of 11 jobs/);
  });
});
