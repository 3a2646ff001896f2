// At the workflow level: what submitAll and waitForAll make of answers the client
// refuses, and of a connection that was never made. Before:
// `200 {}` gave a chunk with `asyncId: undefined` in the handle, a refused connection
// was ambiguous (and the ledger refused the chunk ever after), progress "100" completed.
import { afterEach, describe, expect, it } from "vitest";
import { isIvvyResponseError } from "../../src/errors/type-guards.js";
import { createSubmissionLedger } from "../../src/workflow/submit/submission-ledger.js";
import { submitAll } from "../../src/workflow/submit/submit-all.js";
import { waitForAll } from "../../src/workflow/wait/wait-for-all.js";
import { freePort } from "../helpers/free-port.js";
import { createSteppingClock } from "../helpers/stepping-clock.js";
import { demoJobs, type Harness, isRun, startEmulator, submissionError } from "./emulator-harness.js";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.emulator.close();
  harness = undefined;
});

/** A client whose third run is stored by the emulator but answered with `answer` instead. */
function thirdRunAnswered(answer: () => Response) {
  harness = startEmulator();
  const emulator = harness.emulator;
  let runs = 0;
  return harness.client({
    fetch: async (request) => {
      const response = await emulator.fetch(request);
      return isRun(request) && ++runs === 3 ? answer() : response;
    },
  });
}

describe("a run answer without a valid asyncId", () => {
  for (const [what, body] of [
    ["{}", {}],
    ["a path", { asyncId: "../../etc/passwd" }],
  ] as const) {
    it(`(${what}) is an ambiguous chunk, never a submitted one`, async () => {
      const client = thirdRunAnswered(() => Response.json(body));
      const ledger = createSubmissionLedger();
      const jobs = demoJobs(1_000, 0, `bad-run-${what}`);
      const error = await submissionError(submitAll(client, jobs, { concurrency: 1, ledger }));
      expect(error).toMatchObject({ reason: "ambiguous", mayHaveRun: true });
      expect(isIvvyResponseError(error.chunk.cause)).toBe(true);
      expect(error.chunk).toMatchObject({ index: 2, start: 400, end: 600 });
      expect(error.handle.chunks.map((c) => c.asyncId)).toEqual(
        harness!.emulator.batches
          .list()
          .slice(0, 2)
          .map((b) => b.asyncId),
      );
      for (const chunk of error.handle.chunks) expect(chunk.asyncId).toMatch(/^[0-9a-f]{32}$/);
      // The batch was stored: the ledger refuses the chunk until the caller says otherwise.
      const again = await submissionError(submitAll(client, jobs.slice(400, 600), { ledger }));
      expect(again.reason).toBe("already-submitted");
      expect(again.message).toMatch(/got no answer, so it may be running/);
    });
  }
});

describe("a redirect answering run", () => {
  it("is a definite failure: nothing was stored, the chunk can be sent again", async () => {
    harness = startEmulator();
    const emulator = harness.emulator;
    let redirect = true;
    const client = harness.client({
      fetch: async (request) =>
        isRun(request) && redirect ? new Response(null, { status: 307, headers: { location: "https://elsewhere.example/run" } }) : emulator.fetch(request),
    });
    const ledger = createSubmissionLedger();
    const jobs = demoJobs(10, 0, "redirected");
    const error = await submissionError(submitAll(client, jobs, { ledger }));
    expect(error).toMatchObject({ reason: "rejected", mayHaveRun: false });
    expect(error.message).toContain("https://elsewhere.example/run");
    redirect = false;
    expect((await submitAll(client, jobs, { ledger })).chunks).toHaveLength(1);
  });
});

describe("a connection that was never made", () => {
  it("reports the chunk unsent and leaves the ledger free to send it", async () => {
    harness = startEmulator();
    const ledger = createSubmissionLedger();
    const jobs = demoJobs(300, 0, "refused");
    const port = await freePort();
    const refused = harness.client({ baseUrl: `http://127.0.0.1:${port}`, fetch: (request) => globalThis.fetch(request) });
    const error = await submissionError(submitAll(refused, jobs, { ledger, concurrency: 1 }));
    expect(error).toMatchObject({ reason: "unsent", mayHaveRun: false });
    expect(error.message).toMatch(/could not be sent .*ECONNREFUSED.*nothing reached iVvy/);
    const handle = await submitAll(harness.client(), jobs, { ledger });
    expect(handle.chunks).toHaveLength(2);
    expect(harness.emulator.batches.list()).toHaveLength(2);
  });
});

describe("progress answers outside the contract", () => {
  for (const progress of ["100", 1e9]) {
    it(`progress ${JSON.stringify(progress)} does not complete the wait`, async () => {
      harness = startEmulator();
      const emulator = harness.emulator;
      const handle = await submitAll(harness.client(), demoJobs(5, 0, `progress-${String(progress)}`), { ledger: createSubmissionLedger() });
      const client = harness.client({
        fetch: async (request) => (new URL(request.url).searchParams.get("action") === "progress" ? Response.json({ progress }) : emulator.fetch(request)),
      });
      const error = await waitForAll(client, handle, { intervalMs: 1, clock: createSteppingClock() }).catch((caught: unknown) => caught);
      expect(isIvvyResponseError(error)).toBe(true);
      expect(error).toMatchObject({ problem: "schema", action: "progress" });
    });
  }
});

describe("jobs holding numbers JSON cannot carry", () => {
  it("are refused before anything is sent, naming the job's place in the whole list", async () => {
    harness = startEmulator();
    const jobs = demoJobs(450, 0, "non-finite");
    jobs[321] = JSON.parse('{"namespace":"demo","action":"echo","params":{"n":1e400}}') as (typeof jobs)[number];
    const error = await submitAll(harness.client(), jobs, { ledger: createSubmissionLedger() }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: "IvvyValidationError", specificCode: 23016 });
    expect((error as { additionalMessages: string[] }).additionalMessages[0]).toMatch(/^jobs\[321\]\.params\.n is Infinity/);
    expect(harness.all.run).toBe(0);
  });
});
