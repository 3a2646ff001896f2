// Retries, safely: what is sent again, what never is, and what the ledger refuses.
import { afterEach, describe, expect, it } from "vitest";
import { isIvvyValidationError } from "../../src/errors/type-guards.js";
import { jobsHash } from "../../src/workflow/model/jobs-hash.js";
import { collectResults } from "../../src/workflow/results/collect-results.js";
import { createSubmissionLedger } from "../../src/workflow/submit/submission-ledger.js";
import { submitAll } from "../../src/workflow/submit/submit-all.js";
import { waitForAll } from "../../src/workflow/wait/wait-for-all.js";
import { createSteppingClock } from "../helpers/stepping-clock.js";
import { demoJobs, type Harness, isRun, startEmulator, submissionError } from "./emulator-harness.js";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.emulator.close();
  harness = undefined;
});

/** A deterministic random source, so the injected fault shares are the same every run. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe("under injected 429 and 5xx", () => {
  it("submits, waits and collects with no duplicate run", async () => {
    harness = startEmulator({ faults: { rate429: 0.25, rate5xx: 0.2, retryAfterSeconds: 0, random: seeded(7) } });
    const client = harness.client();
    const jobs = demoJobs(1_000, 11, "storm");
    const handle = await submitAll(client, jobs, { ledger: createSubmissionLedger(), runRetries: 20, clock: createSteppingClock() });
    await waitForAll(client, handle, { intervalMs: 1, clock: createSteppingClock() });
    const outcomes = await collectResults(client, handle, { jobs });
    expect(outcomes.map((o) => o.index)).toEqual(jobs.map((_, i) => i));
    expect(outcomes.filter((o) => o.status === "failure").map((o) => o.index)).toEqual(jobs.flatMap((job, i) => (job.params.fail === true ? [i] : [])));
    // The faults really fired on run, and were answered by sending the run again ...
    expect(harness.all.run).toBeGreaterThan(5);
    // ... yet exactly one batch per chunk was stored.
    expect(harness.ok.run).toBe(5);
    expect(harness.emulator.batches.list()).toHaveLength(5);
    expect(new Set(handle.chunks.map((c) => c.asyncId)).size).toBe(5);
    expect(harness.all.progress + harness.all.results).toBeGreaterThan(harness.ok.progress + harness.ok.results);
  });

  it("gives up on a run after runRetries, with the chunks stored so far", async () => {
    harness = startEmulator();
    const emulator = harness.emulator;
    let runs = 0;
    // The third run and after get 429: the first two chunks are stored, the third never is.
    const client = harness.client({
      fetch: async (request) => {
        if (isRun(request) && ++runs >= 3) {
          return Response.json({ errorCode: 429, message: "Too Many Requests", specificCode: 0 }, { status: 429, headers: { "retry-after": "0" } });
        }
        return emulator.fetch(request);
      },
    });
    const error = await submissionError(
      submitAll(client, demoJobs(1_000, 0, "limit"), { concurrency: 1, runRetries: 2, clock: createSteppingClock(), ledger: createSubmissionLedger() }),
    );
    expect(error.reason).toBe("rejected");
    expect(error.mayHaveRun).toBe(false);
    expect(error.chunk).toMatchObject({ index: 2, start: 400, end: 600 });
    expect(runs).toBe(5);
    expect(error.handle.chunks.map((c) => c.index)).toEqual([0, 1]);
    expect(error.notSubmittedFrom).toBe(600);
    expect(harness.ok.run).toBe(2);
  });
});

describe("an ambiguous run", () => {
  it("is not retried: the error names the chunk, its hash and the chunks already submitted", async () => {
    harness = startEmulator();
    const emulator = harness.emulator;
    let runs = 0;
    // The third run reaches the emulator (which stores it) but its answer is lost.
    const client = harness.client({
      fetch: async (request) => {
        const response = await emulator.fetch(request);
        if (isRun(request) && ++runs === 3) throw new TypeError("fetch failed: socket hang up");
        return response;
      },
    });
    const jobs = demoJobs(1_000, 0, "ambiguous");
    const ledger = createSubmissionLedger();
    const error = await submissionError(submitAll(client, jobs, { concurrency: 1, ledger }));

    expect(error.name).toBe("IvvySubmissionError");
    expect(error.reason).toBe("ambiguous");
    expect(error.mayHaveRun).toBe(true);
    expect(error.chunk).toMatchObject({ index: 2, start: 400, end: 600, jobsHash: jobsHash(jobs.slice(400, 600)) });
    expect(error.message).toMatch(/chunk 2 \(jobs 400\.\.599/);
    expect(error.message).toMatch(/may have reached iVvy.*do not resubmit it blindly/);
    expect(error.handle.chunks.map((c) => [c.index, c.start, c.end])).toEqual([
      [0, 0, 200],
      [1, 200, 400],
    ]);
    expect(error.notSubmittedFrom).toBe(600);
    expect(runs).toBe(3);
    // It did run: three batches are stored, though the caller knows of two.
    expect(emulator.batches.list()).toHaveLength(3);

    // The chunks already submitted are usable as they are.
    await waitForAll(client, error.handle, { intervalMs: 5, clock: createSteppingClock() });
    const partial = await collectResults(client, error.handle, { jobs });
    expect(partial.map((o) => o.index)).toEqual(Array.from({ length: 400 }, (_, i) => i));

    // A blind retry of the same jobs is refused before anything is sent ...
    const refused = await submissionError(submitAll(client, jobs.slice(400, 600), { ledger }));
    expect(refused.reason).toBe("already-submitted");
    expect(refused.message).toMatch(/got no answer, so it may be running.*allowResubmit: true/);
    expect(refused.handle.chunks).toEqual([]);
    expect(runs).toBe(3);

    // ... and so is a resubmission of the chunks that were stored.
    const again = await submissionError(submitAll(client, jobs, { ledger, concurrency: 1 }));
    expect(again).toMatchObject({ reason: "already-submitted", chunk: { index: 0 } });
    expect(again.message).toMatch(new RegExp(`submitted in this process .* as batch ${error.handle.chunks[0]!.asyncId}`));
    expect(runs).toBe(3);

    // Told to, it submits the chunk again.
    const resubmitted = await submitAll(client, jobs.slice(400, 600), { ledger, allowResubmit: true });
    expect(resubmitted.chunks).toHaveLength(1);
    expect(runs).toBe(4);
  });

  it("a rejected run (4xx) leaves nothing in the ledger, so the chunk can be sent again", async () => {
    harness = startEmulator();
    const emulator = harness.emulator;
    let reject = true;
    const client = harness.client({
      fetch: async (request) =>
        isRun(request) && reject ? Response.json({ errorCode: 401, message: "Unauthorized", specificCode: 0 }, { status: 401 }) : emulator.fetch(request),
    });
    const ledger = createSubmissionLedger();
    const jobs = demoJobs(10, 0, "rejected");
    const error = await submissionError(submitAll(client, jobs, { ledger }));
    expect(error).toMatchObject({ reason: "rejected", mayHaveRun: false });
    expect(error.message).toMatch(/Nothing was stored/);
    reject = false;
    const handle = await submitAll(client, jobs, { ledger });
    expect(handle.total).toBe(10);
  });
});

describe("the ledger inside one call", () => {
  it("does not refuse identical chunks of one job list: that is what was asked for", async () => {
    harness = startEmulator();
    const same = { namespace: "demo", action: "echo", params: { n: 0, tag: "same" } };
    const jobs = Array.from({ length: 400 }, () => same);
    const handle = await submitAll(harness.client(), jobs, { ledger: createSubmissionLedger() });
    expect(handle.chunks).toHaveLength(2);
    expect(handle.chunks[0]!.jobsHash).toBe(handle.chunks[1]!.jobsHash);
    expect(harness.ok.run).toBe(2);
  });
});

describe("local validation", () => {
  it("checks a whole array before sending anything", async () => {
    harness = startEmulator();
    const jobs = demoJobs(450, 0, "invalid");
    jobs[401] = { namespace: "demo", action: "", params: {} };
    const error = await submitAll(harness.client(), jobs, { ledger: createSubmissionLedger() }).catch((caught: unknown) => caught);
    expect(isIvvyValidationError(error)).toBe(true);
    expect(String((error as Error).message)).toContain("jobs[401].action is empty");
    expect(harness.all.run).toBe(0);
  });

  it("stops a stream at its first invalid chunk, handing back the chunks already submitted", async () => {
    harness = startEmulator();
    async function* stream() {
      for (const job of demoJobs(500, 0, "stream")) yield job.params.n === 450 ? { ...job, params: undefined as never } : job;
    }
    const error = await submissionError(submitAll(harness.client(), stream(), { concurrency: 1, ledger: createSubmissionLedger() }));
    expect(error.reason).toBe("invalid");
    expect(error.mayHaveRun).toBe(false);
    expect(error.chunk).toMatchObject({ index: 2, start: 400, end: 500 });
    expect(error.message).toContain("jobs[450] params must be an object");
    expect(error.handle.total).toBe(400);
    expect(harness.ok.run).toBe(2);
  });

  it("refuses bad options and empty input before anything is read", async () => {
    harness = startEmulator();
    const client = harness.client();
    await expect(submitAll(client, demoJobs(1), { chunkSize: 201 })).rejects.toThrow(
      "submitAll: option 'chunkSize' must be an integer (jobs per batch, iVvy's limit being 200) of at least 1 and at most 200, not 201",
    );
    await expect(submitAll(client, demoJobs(1), { chunksize: 10 } as never)).rejects.toThrow(
      "submitAll: unknown option 'chunksize' (did you mean 'chunkSize'?); allowed: chunkSize, concurrency, callbacks, callbackUrl, signal,",
    );
    await expect(submitAll(client, demoJobs(1), { sleep: async () => {} } as never)).rejects.toThrow(/option 'sleep' was replaced by 'clock'/);
    await expect(submitAll(client, demoJobs(1), { ledger: new Map() as never })).rejects.toThrow(
      /option 'ledger' must be a SubmissionLedger .*; it has no claim\(\)/,
    );
    await expect(submitAll(client, demoJobs(1), { callbackUrl: "http://x", callbacks: {} as never })).rejects.toThrow(/not both/);
    await expect(submitAll(client, [], {})).rejects.toThrow(/given no jobs/);
    await expect(submitAll(client, (async function* () {})(), {})).rejects.toThrow(/given no jobs/);
    expect(harness.all.run).toBe(0);
  });
});

describe("abort", () => {
  it("stops between chunks and hands back what was submitted", async () => {
    harness = startEmulator();
    const controller = new AbortController();
    const error = await submissionError(
      submitAll(harness.client(), demoJobs(1_000, 0, "abort"), {
        concurrency: 1,
        signal: controller.signal,
        ledger: createSubmissionLedger(),
        onChunkSubmitted: (chunk) => {
          if (chunk.index === 1) controller.abort(new Error("user pressed ^C"));
        },
      }),
    );
    expect(error).toMatchObject({ reason: "aborted", mayHaveRun: false, chunk: { index: 2 } });
    expect(error.handle.chunks).toHaveLength(2);
    expect(harness.ok.run).toBe(2);
  });
});

describe("submitAll's two ways to stop", () => {
  let harness: Harness | undefined;
  afterEach(async () => {
    await harness?.emulator.close();
    harness = undefined;
  });

  it.each([
    ["stopSignal", "the run in flight answers and is in the handle", 2, []],
    ["signal", "the run in flight is abandoned and may have run", 1, [[1, "ambiguous", true]]],
  ] as const)("%s: %s", async (option, _what, submitted, mayHaveRun) => {
    harness = startEmulator();
    const h = harness;
    const controller = new AbortController();
    let runs = 0;
    const client = h.client({
      fetch: async (request) => {
        if (!(isRun(request) && ++runs === 2)) return h.emulator.fetch(request);
        // The second run is stored, and the stop comes before its answer is read.
        const answer = await h.emulator.fetch(request);
        controller.abort(new Error("stop"));
        if (request.signal.aborted) throw request.signal.reason;
        return answer;
      },
    });
    const error = await submissionError(
      submitAll(client, demoJobs(1_000, 0, `stop-${option}`), { concurrency: 1, ledger: createSubmissionLedger(), [option]: controller.signal }),
    );
    expect(error.handle.chunks).toHaveLength(submitted);
    expect(error.failedChunks.filter((c) => c.mayHaveRun).map((c) => [c.index, c.reason, c.mayHaveRun])).toEqual(mayHaveRun);
    // Nothing after the stop was sent; the jobs never sent are said so.
    expect(error.failedChunks.filter((c) => !c.mayHaveRun).every((c) => c.reason === "aborted")).toBe(true);
    expect(error.notSubmittedFrom).toBeLessThanOrEqual(600);
    expect(h.all.run).toBe(2);
  });
});
