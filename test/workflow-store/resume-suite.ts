import { afterEach, describe, expect, it } from "vitest";
import { isIvvySubmissionError } from "../../src/workflow/errors/type-guards.js";
import type { SubmissionLedger } from "../../src/workflow/submit/submission-ledger.js";
import { waitForAll } from "../../src/workflow/wait/wait-for-all.js";
import type { WorkflowStore } from "../../src/workflow-store/index.js";
import { submitAllResumable, workflowHandle } from "../../src/workflow-store/index.js";
import { createSteppingClock } from "../helpers/stepping-clock.js";
import { deferred, within } from "../helpers/within.js";
import { demoJobs, type Harness, startEmulator } from "../workflow/emulator-harness.js";

export interface ResumeHarness {
  /** A fresh, empty workflow store and ledger: what every process of one deployment shares. */
  make(): Promise<{ workflows: WorkflowStore; ledger: SubmissionLedger }>;
}

const never = new Promise<never>(() => {});

export function defineResumeSuite(name: string, harness: ResumeHarness): void {
  describe(`submitAllResumable on ${name} stores`, () => {
    let emulator: Harness;
    afterEach(async () => {
      await emulator?.emulator.close();
    });

    it("keeps chunk states: in flight before the run, submitted after, the handle built from them", async () => {
      emulator = startEmulator();
      const { workflows, ledger } = await harness.make();
      const jobs = demoJobs(450, 0, `states-${name}`);
      const seen: string[] = [];
      const spying: WorkflowStore = {
        ...workflows,
        recordInFlight: async (id, at, chunk) => {
          seen.push(`in-flight ${chunk.index} runs=${emulator.ok.run}`);
          return workflows.recordInFlight(id, at, chunk);
        },
        recordSubmitted: async (id, chunk) => {
          seen.push(`submitted ${chunk.index}`);
          return workflows.recordSubmitted(id, chunk);
        },
      };
      const handle = await submitAllResumable(emulator.client(), jobs, { workflowId: "w1", workflows: spying, ledger, concurrency: 1 });
      expect(seen).toEqual(["in-flight 0 runs=0", "submitted 0", "in-flight 1 runs=1", "submitted 1", "in-flight 2 runs=2", "submitted 2"]);
      expect(handle.chunks.map((c) => [c.index, c.start, c.end])).toEqual([
        [0, 0, 200],
        [1, 200, 400],
        [2, 400, 450],
      ]);
      expect(workflowHandle((await workflows.load("w1"))!)).toEqual(handle);
      // Called again once done: nothing is sent.
      expect(await submitAllResumable(emulator.client(), jobs, { workflowId: "w1", workflows, ledger })).toEqual(handle);
      expect(emulator.ok.run).toBe(3);
      expect((await waitForAll(emulator.client(), handle, { intervalMs: 1, clock: createSteppingClock() })).percent).toBe(100);
    });

    it("a graceful stop (stopSignal) lets the run in flight answer, sends nothing new, and a second call sends the rest: every chunk once", async () => {
      emulator = startEmulator();
      const { workflows, ledger } = await harness.make();
      const jobs = demoJobs(1_000, 0, `stop-${name}`);
      const stop = new AbortController();
      const second = deferred();
      let runs = 0;
      // The stop comes while the second run is on its way; its answer still arrives.
      const client = emulator.client({
        fetch: async (request) => {
          const isRun = new URL(request.url).search === "?action=run";
          if (isRun && ++runs === 2) {
            stop.abort(new Error("stop"));
            second.resolve();
          }
          return emulator.emulator.fetch(request);
        },
      });
      const error = await submitAllResumable(client, jobs, { workflowId: "w-stop", workflows, ledger, concurrency: 1, stopSignal: stop.signal }).catch(
        (e: unknown) => e,
      );
      await within(second.promise, 10_000, "the second run");
      if (!isIvvySubmissionError(error)) throw error;
      expect(error.handle.chunks.map((c) => c.index)).toEqual([0, 1]);
      expect(error.failedChunks.map((c) => [c.index, c.reason, c.mayHaveRun])).toEqual([
        [2, "aborted", false],
        [3, "aborted", false],
        [4, "aborted", false],
      ]);
      expect(emulator.ok.run).toBe(2);
      const handle = await submitAllResumable(emulator.client(), jobs, { workflowId: "w-stop", workflows, ledger, concurrency: 2 });
      expect(handle.chunks).toHaveLength(5);
      expect(emulator.ok.run).toBe(5);
    });

    it("after a crash while a run was in flight, sends the rest and refuses the one that may have run", async () => {
      emulator = startEmulator();
      const { workflows, ledger } = await harness.make();
      const jobs = demoJobs(1_000, 0, `crash-${name}`);
      let runs = 0;
      const died = deferred();
      // The first process: its third run reaches iVvy, then the process "dies" (its answer never comes).
      const dying = emulator.client({
        fetch: async (request) => {
          const isRun = new URL(request.url).search === "?action=run";
          const response = await emulator.emulator.fetch(request);
          if (isRun && ++runs === 3) {
            died.resolve();
            return never;
          }
          return response;
        },
      });
      void submitAllResumable(dying, jobs, { workflowId: "w2", workflows, ledger, concurrency: 1 });
      // From here the first process does nothing more: its third run never answers.
      await within(died.promise, 10_000, "the first process's third run reaching the emulator");
      expect(emulator.ok.run).toBe(3);

      // The restarted process: same workflow id, same jobs.
      const error = await submitAllResumable(emulator.client(), jobs, { workflowId: "w2", workflows, ledger, concurrency: 1 }).catch((e: unknown) => e);
      expect(isIvvySubmissionError(error)).toBe(true);
      if (!isIvvySubmissionError(error)) return;
      expect(error.failedChunks.map((c) => [c.index, c.reason, c.mayHaveRun])).toEqual([[2, "already-submitted", true]]);
      expect(error.handle.chunks.map((c) => c.index)).toEqual([0, 1, 3, 4]);
      expect(emulator.ok.run).toBe(5);
      expect(emulator.emulator.batches.list()).toHaveLength(5);
    });

    it("adopts a chunk whose run answered just before the crash, from the ledger", async () => {
      emulator = startEmulator();
      const { workflows, ledger } = await harness.make();
      const jobs = demoJobs(600, 0, `adopt-${name}`);
      // The process dies while recording chunk 1 as submitted (after the ledger knew).
      const died = deferred();
      const dying: WorkflowStore = {
        ...workflows,
        recordSubmitted: (id, chunk) => {
          if (chunk.index !== 1) return workflows.recordSubmitted(id, chunk);
          died.resolve();
          return never;
        },
      };
      void submitAllResumable(emulator.client(), jobs, { workflowId: "w3", workflows: dying, ledger, concurrency: 1 });
      await within(died.promise, 10_000, "the first process recording chunk 1 as submitted");
      expect(emulator.ok.run).toBe(2);
      const handle = await submitAllResumable(emulator.client(), jobs, { workflowId: "w3", workflows, ledger, concurrency: 1 });
      expect(handle.chunks.map((c) => c.index)).toEqual([0, 1, 2]);
      expect(emulator.ok.run).toBe(3);
    });

    it("two calls at once with the same id and jobs send each chunk once between them", async () => {
      emulator = startEmulator();
      const { workflows, ledger } = await harness.make();
      const jobs = demoJobs(2_000, 0, `twins-${name}`);
      const outcomes = await Promise.allSettled(
        [0, 1].map(() => submitAllResumable(emulator.client(), jobs, { workflowId: "w5", workflows, ledger, concurrency: 4 })),
      );
      expect(emulator.ok.run).toBe(10);
      expect(emulator.emulator.batches.list()).toHaveLength(10);
      const record = await workflows.load("w5");
      expect(record?.chunks.filter((c) => c.state === "submitted").map((c) => c.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      for (const outcome of outcomes) {
        if (outcome.status === "rejected") {
          expect(isIvvySubmissionError(outcome.reason)).toBe(true);
          for (const f of (outcome.reason as { failedChunks: Array<{ reason: string }> }).failedChunks) expect(f.reason).toBe("already-submitted");
        }
      }
    });

    it("a workflow that repeats a chunk sends each copy once, on the shared ledger", async () => {
      emulator = startEmulator();
      const { workflows, ledger } = await harness.make();
      // Three identical chunks of 100 jobs: one jobs hash, three chunks of one workflow.
      const chunk = demoJobs(100, 0, `repeat-${name}`);
      const jobs = [...chunk, ...chunk, ...chunk];
      const handle = await submitAllResumable(emulator.client(), jobs, { workflowId: "repeat", workflows, ledger, chunkSize: 100 });
      expect(handle.chunks.map((c) => c.index)).toEqual([0, 1, 2]);
      expect(new Set(handle.chunks.map((c) => c.jobsHash)).size).toBe(1);
      expect(emulator.ok.run).toBe(3);
      // Called again: nothing more is sent.
      expect(await submitAllResumable(emulator.client(), jobs, { workflowId: "repeat", workflows, ledger, chunkSize: 100 })).toEqual(handle);
      expect(emulator.ok.run).toBe(3);
    });

    it("refuses misspelt options by name, before anything is recorded or sent", async () => {
      emulator = startEmulator();
      const { workflows, ledger } = await harness.make();
      const jobs = demoJobs(10, 0, `options-${name}`);
      await expect(submitAllResumable(emulator.client(), jobs, { workflowID: "w6", workflows, ledger } as never)).rejects.toThrow(
        "submitAllResumable: unknown option 'workflowID' (did you mean 'workflowId'?)",
      );
      await expect(submitAllResumable(emulator.client(), jobs, { workflowId: "w6", workflows, ledger, chunksize: 5 } as never)).rejects.toThrow(
        "submitAllResumable: unknown option 'chunksize' (did you mean 'chunkSize'?)",
      );
      await expect(submitAllResumable(emulator.client(), jobs, { workflowId: "", workflows, ledger })).rejects.toThrow(
        "submitAllResumable: option 'workflowId' must be a non-empty string of at most 200 characters",
      );
      await expect(submitAllResumable(emulator.client(), jobs, { workflowId: "w6", workflows: ledger as never, ledger })).rejects.toThrow(
        "submitAllResumable: option 'workflows' must be a WorkflowStore",
      );
      expect(await workflows.load("w6")).toBeUndefined();
      expect(emulator.ok.run).toBe(0);
    });

    it("refuses to resume with other jobs under the same id", async () => {
      emulator = startEmulator();
      const { workflows, ledger } = await harness.make();
      await submitAllResumable(emulator.client(), demoJobs(10, 0, `a-${name}`), { workflowId: "w4", workflows, ledger });
      await expect(submitAllResumable(emulator.client(), demoJobs(10, 0, `b-${name}`), { workflowId: "w4", workflows, ledger })).rejects.toThrow(
        'workflow "w4" chunk 0 was recorded with other jobs',
      );
    });
  });
}
