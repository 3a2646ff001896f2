// Waiting by callbacks (with the polling fallback), retrying failed jobs, streaming
// results, and checking results against their jobs: against the emulator and receiver.
import { afterEach, describe, expect, it } from "vitest";
import { createCallbackReceiver } from "../../src/receiver/create-callback-receiver.js";
import { isIvvyResultMismatchError } from "../../src/workflow/errors/type-guards.js";
import { collectResults } from "../../src/workflow/results/collect-results.js";
import { iterateChunkOutcomes, iterateResults } from "../../src/workflow/results/iterate-results.js";
import { mergeOutcomes } from "../../src/workflow/results/merge-outcomes.js";
import { retryFailed } from "../../src/workflow/results/retry-failed.js";
import { createSubmissionLedger } from "../../src/workflow/submit/submission-ledger.js";
import { submitAll } from "../../src/workflow/submit/submit-all.js";
import { waitForAll } from "../../src/workflow/wait/wait-for-all.js";
import type { WorkflowWarning } from "../../src/workflow/model/workflow-warning.js";
import type { Job } from "../../src/contract/types.js";
import { demoJobs, startEmulator, type Harness } from "./emulator-harness.js";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.emulator.close();
  harness = undefined;
});

function withReceiver(faults: Parameters<typeof startEmulator>[0] = {}) {
  const receiver = createCallbackReceiver({ publicUrl: "http://receiver.local/ivvy/callback" });
  harness = startEmulator({ ...faults, fetch: (request) => receiver.fetch(request), callbacks: { attempts: 5, baseDelayMs: 5, timeoutMs: 1_000 } });
  return { receiver, harness };
}

describe("waiting by callbacks", () => {
  it("completes on the chunks' callbacks, without polling past the first round", async () => {
    const { receiver, harness } = withReceiver({ jobDelayMs: 1 });
    const client = harness.client();
    const jobs = demoJobs(1_000, 10, "callbacks");
    const handle = await submitAll(client, jobs, { callbacks: receiver, ledger: createSubmissionLedger() });
    const started = performance.now();
    // An interval far longer than the test: only callbacks can end this wait in time.
    await waitForAll(client, handle, { callbacks: receiver, intervalMs: 60_000, callbackGraceMs: 60_000 });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(harness.all.progress).toBeLessThanOrEqual(handle.chunks.length);
    expect(harness.emulator.callbacks.list().length).toBeGreaterThanOrEqual(5);
    const outcomes = await collectResults(client, handle, { jobs });
    expect(outcomes.filter((o) => o.status === "failure")).toHaveLength(100);
  });

  it("polls a chunk whose callback is late, and warns", async () => {
    // The first two deliveries are lost for good: those chunks are found by polling.
    const { receiver, harness } = withReceiver({ jobDelayMs: 1, faults: { dropCallbacks: 2 } });
    const client = harness.client();
    const handle = await submitAll(client, demoJobs(600, 0, "late"), { callbacks: receiver, ledger: createSubmissionLedger() });
    const warnings: WorkflowWarning[] = [];
    const final = await waitForAll(client, handle, {
      callbacks: receiver,
      callbackGraceMs: 300,
      intervalMs: 10,
      onWarning: (w) => warnings.push(w),
    });
    expect(final.percent).toBe(100);
    expect(warnings.map((w) => w.code)).toContain("callback-late");
    expect(harness.all.progress).toBeGreaterThan(handle.chunks.length);
  });
});

describe("a callback token that cannot be bound", () => {
  it("keeps the chunk, warns, and the wait falls back to polling it", async () => {
    const { receiver, harness } = withReceiver({ jobDelayMs: 1 });
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
      onWarning: (w) => warnings.push(w),
    });
    expect(handle.chunks).toHaveLength(3);
    expect(warnings).toEqual([expect.objectContaining({ code: "callback-bind-failed", chunkIndex: 1 })]);
    const final = await waitForAll(client, handle, { callbacks: flaky, callbackGraceMs: 200, intervalMs: 10 });
    expect(final.percent).toBe(100);
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
    await waitForAll(client, handle, { intervalMs: 5 });
    const original = await collectResults(client, handle, { jobs });
    const failed = original.filter((o) => o.status === "failure").map((o) => o.index);
    expect(failed.length).toBeGreaterThan(100);

    const retry = await retryFailed(client, handle, original, { jobs, ledger, chunkSize: 50 });
    expect(retry.total).toBe(failed.length);
    expect(retry.chunks.flatMap((c) => c.positions)).toEqual(failed);
    // A stored retry handle still resumes from JSON.
    const stored = JSON.parse(JSON.stringify(retry));
    await waitForAll(client, stored, { intervalMs: 5 });
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
    await expect(retryFailed(harness.client(), { version: 1 } as never, [], {} as never)).rejects.toThrow(/options\.jobs .* is required/);
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
          await new Promise((resolve) => setTimeout(resolve, 2));
          return await emulator.fetch(request);
        } finally {
          inFlight--;
        }
      },
    });
    const jobs = demoJobs(2_000, 3, "stream");
    const handle = await submitAll(client, jobs, { chunkSize: 100, ledger: createSubmissionLedger() });
    await waitForAll(client, handle, { intervalMs: 5 });

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
    await waitForAll(client, handle, { intervalMs: 5 });
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
    await waitForAll(client, handle, { intervalMs: 5 });
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
    await waitForAll(client, handle, { intervalMs: 5 });
    const wrong = { ...handle, total: 11, chunks: [{ ...handle.chunks[0]!, end: 11 }] };
    await expect(collectResults(client, wrong)).rejects.toThrow(/10 results for a chunk of 11 jobs/);
  });
});
