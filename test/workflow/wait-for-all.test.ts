// waitForAll's clock-driven behaviour, on an injected clock: backoff, deadlines, expiry,
// abort, and a storm of transient errors.
import { getEventListeners } from "node:events";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { BatchClient } from "../../src/client/create-batch-client.js";
import { IvvyApiError } from "../../src/errors/ivvy-api-error.js";
import { isIvvyValidationError } from "../../src/errors/type-guards.js";
import { CallbackWaiters } from "../../src/receiver/callback-waiters.js";
import { createManualClock } from "../../src/util/clock.js";
import { isIvvyDeadlineError } from "../../src/workflow/errors/type-guards.js";
import { type BatchHandle, buildBatchHandle, RESULTS_TTL_MS } from "../../src/workflow/model/batch-handle.js";
import type { CallbackRegistrar } from "../../src/workflow/model/callback-registrar.js";
import type { WorkflowWarning } from "../../src/workflow/model/workflow-warning.js";
import { collectResults } from "../../src/workflow/results/collect-results.js";
import { createSubmissionLedger } from "../../src/workflow/submit/submission-ledger.js";
import { submitAll } from "../../src/workflow/submit/submit-all.js";
import { waitForAll } from "../../src/workflow/wait/wait-for-all.js";
import { createSteppingClock } from "../helpers/stepping-clock.js";
import { demoJobs, type Harness, startEmulator } from "./emulator-harness.js";

const hex32 = (n: number) => n.toString(16).padStart(32, "0");
const T0 = Date.UTC(2026, 10, 28, 12);

function twoChunkHandle(createdAt = T0): BatchHandle {
  return buildBatchHandle(createdAt, [
    { index: 0, asyncId: hex32(1), start: 0, end: 200, jobsHash: "a".repeat(64) },
    { index: 1, asyncId: hex32(2), start: 200, end: 300, jobsHash: "b".repeat(64) },
  ]);
}

/** A client whose progress follows a script per asyncId; other calls fail loudly. */
function scriptedClient(script: Record<string, (number | Error)[]>) {
  const calls: string[] = [];
  const unexpected = () => Promise.reject(new Error("unexpected call"));
  const client = {
    async progress(asyncId: string) {
      calls.push(asyncId);
      const steps = script[asyncId]!;
      const step = steps.length > 1 ? steps.shift()! : steps[0]!;
      if (step instanceof Error) throw step;
      return { progress: step };
    },
    run: unexpected,
    results: unexpected,
    restart: unexpected,
    repost: unexpected,
    ping: unexpected,
  } as unknown as BatchClient;
  return { client, calls };
}

describe("waitForAll polling", () => {
  it("backs off while nothing moves, reports weighted progress, and stops polling finished chunks", async () => {
    const { client, calls } = scriptedClient({ [hex32(1)]: [0, 0, 0, 50, 100], [hex32(2)]: [100] });
    const clock = createSteppingClock(T0);
    const percents: number[] = [];
    const final = await waitForAll(client, twoChunkHandle(), { intervalMs: 100, maxIntervalMs: 200, clock, onProgress: (p) => percents.push(p.percent) });
    expect(final.percent).toBe(100);
    // Round 1: chunk 1 done (100 of 300 jobs) = 33%; then chunk 0 moves to 50 and 100.
    expect(percents).toEqual([33, 33, 33, 66, 100]);
    expect(clock.waits).toEqual([100, 150, 200, 100]);
    expect(calls.filter((id) => id === hex32(2))).toHaveLength(1);
  });

  it("follows fractional progress (ivvy-sdk-net reads it as a float): a chunk is done only at 100", async () => {
    const { client } = scriptedClient({ [hex32(1)]: [12.5, 99.99, 100], [hex32(2)]: [33.3, 100] });
    const clock = createSteppingClock(T0);
    const seen: { percent: number; chunks: number[] }[] = [];
    const final = await waitForAll(client, twoChunkHandle(), {
      intervalMs: 100,
      clock,
      onProgress: (p) => seen.push({ percent: p.percent, chunks: p.chunks.map((c) => c.progress) }),
    });
    expect(final.percent).toBe(100);
    // (12.5 * 200 + 33.3 * 100) / 300 = 19.43 -> 19; (99.99 * 200 + 100 * 100) / 300 = 99.99 -> 99.
    expect(seen).toEqual([
      { percent: 19, chunks: [12.5, 33.3] },
      { percent: 99, chunks: [99.99, 100] },
      { percent: 100, chunks: [100, 100] },
    ]);
  });

  it("throws IvvyDeadlineError at the deadline, with the handle and the last progress", async () => {
    const { client } = scriptedClient({ [hex32(1)]: [10], [hex32(2)]: [100] });
    const clock = createSteppingClock(T0);
    const handle = twoChunkHandle();
    const error = await waitForAll(client, handle, { intervalMs: 400, deadline: new Date(T0 + 1_000), clock }).catch((e: unknown) => e);
    expect(isIvvyDeadlineError(error)).toBe(true);
    if (!isIvvyDeadlineError(error)) return;
    expect(error.handle).toEqual(handle);
    expect(error.lastProgress?.percent).toBe(40);
    expect(error.deadline).toBe(new Date(T0 + 1_000).toISOString());
    // It waits up to the deadline exactly, polls once more there, then gives up.
    expect(clock.waits).toEqual([400, 600]);
  });

  it("waits out transient errors that outlast the client's retries, and throws the others", async () => {
    const storm = () => new IvvyApiError({ action: "progress", url: "u", status: 503, envelope: { errorCode: 503, message: "busy", specificCode: 0 } });
    const { client } = scriptedClient({ [hex32(1)]: [storm(), storm(), storm(), 100], [hex32(2)]: [100] });
    await expect(waitForAll(client, twoChunkHandle(), { intervalMs: 1, clock: createSteppingClock(T0) })).resolves.toMatchObject({ percent: 100 });

    const gone = new IvvyApiError({
      action: "progress",
      url: "u",
      status: 404,
      envelope: { errorCode: 404, message: "Could not find batch", specificCode: 24105 },
    });
    const lost = scriptedClient({ [hex32(1)]: [gone], [hex32(2)]: [100] });
    await expect(waitForAll(lost.client, twoChunkHandle(), { intervalMs: 1, clock: createSteppingClock(T0) })).rejects.toBe(gone);
  });

  it("rejects with the signal's reason when aborted", async () => {
    const { client } = scriptedClient({ [hex32(1)]: [0], [hex32(2)]: [0] });
    const controller = new AbortController();
    const reason = new Error("stop");
    const clock = createManualClock(T0);
    const waiting = expect(waitForAll(client, twoChunkHandle(), { intervalMs: 1_000, clock, signal: controller.signal })).rejects.toBe(reason);
    // Aborted while it waits for the next poll: the wait ends at once, and is not left on the clock.
    await vi.waitFor(() => expect(clock.nextAt(), "the wait before the second poll").toBe(T0 + 1_000), { timeout: 2_000, interval: 1 });
    controller.abort(reason);
    await waiting;
    expect(clock.pending).toBe(0);
  });
});

describe("waitForAll and the two-day expiry", () => {
  it("warns once when the handle is close to expiry", async () => {
    const { client } = scriptedClient({ [hex32(1)]: [50, 100], [hex32(2)]: [100] });
    const warnings: WorkflowWarning[] = [];
    const clock = createSteppingClock(T0 + RESULTS_TTL_MS - 60 * 60 * 1000);
    await waitForAll(client, twoChunkHandle(), { intervalMs: 1, clock, onWarning: (w) => warnings.push(w) });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: "handle-expiring" });
    expect(warnings[0]!.message).toMatch(/expire at .* \(in 1\.0 h\)/);
  });

  it("throws a clear error, and calls nothing, once the handle has expired", async () => {
    const { client, calls } = scriptedClient({});
    const error = await waitForAll(client, twoChunkHandle(), { clock: createManualClock(T0 + RESULTS_TTL_MS + 1) }).catch((e: unknown) => e);
    expect(isIvvyValidationError(error)).toBe(true);
    expect(String(error)).toMatch(/expired at .*two days/);
    expect(error).toMatchObject({ specificCode: 24105 });
    expect(calls).toEqual([]);
  });

  it("checks its options when called", async () => {
    const { client } = scriptedClient({});
    await expect(waitForAll(client, twoChunkHandle(), { intervalMs: -1 })).rejects.toThrow(
      "waitForAll: option 'intervalMs' must be a finite number (ms) at least 0, not -1",
    );
    await expect(waitForAll(client, twoChunkHandle(), { intervalMs: 10, maxIntervalMs: 5 })).rejects.toThrow(
      /option 'maxIntervalMs' \(5\) must not be below intervalMs \(10\)/,
    );
    await expect(waitForAll(client, twoChunkHandle(), { deadline: new Date(0), deadlineMs: 1 })).rejects.toThrow(/not both/);
    await expect(waitForAll(client, twoChunkHandle(), { deadline: "tomorrow" as never })).rejects.toThrow(
      /option 'deadline' must be a valid Date, not "tomorrow"/,
    );
    await expect(waitForAll(client, twoChunkHandle(), { concurrency: 0 })).rejects.toThrow(/option 'concurrency' must be an integer of at least 1/);
    await expect(waitForAll(client, { ...twoChunkHandle(), total: 1 })).rejects.toThrow(/not a batch handle/);
  });

  it("refuses a misspelt option by name, before it polls anything", async () => {
    const { client, calls } = scriptedClient({});
    await expect(waitForAll(client, twoChunkHandle(), { intervalMS: 10 } as never)).rejects.toThrow(
      "waitForAll: unknown option 'intervalMS' (did you mean 'intervalMs'?); allowed: intervalMs, maxIntervalMs, deadlineMs, deadline, signal, onProgress, callbacks, callbackGraceMs, concurrency, expiryWarningMs, onWarning, clock",
    );
    await expect(waitForAll(client, twoChunkHandle(), { now: () => T0 } as never)).rejects.toThrow(/option 'now' was replaced by 'clock'/);
    expect(calls).toEqual([]);
  });
});

describe("waitForAll through a 5xx storm at the emulator", () => {
  let harness: Harness | undefined;
  afterEach(async () => {
    await harness?.emulator.close();
    harness = undefined;
  });

  it("finishes, and collects, with no run sent during the storm", async () => {
    harness = startEmulator();
    const client = harness.client();
    const jobs = demoJobs(400, 4, "storm-wait");
    const handle = await submitAll(client, jobs, { ledger: createSubmissionLedger() });
    let polls = 0;
    // Most requests fail from here on, beyond what the client's own retries absorb.
    harness.emulator.setFaults({ rate5xx: 0.7, rate429: 0.2, retryAfterSeconds: 0 });
    await waitForAll(client, handle, {
      intervalMs: 1,
      clock: createSteppingClock(),
      onProgress: () => {
        if (++polls === 50) harness?.emulator.setFaults({});
      },
    });
    harness.emulator.setFaults({});
    const outcomes = await collectResults(client, handle, { jobs });
    expect(outcomes.filter((o) => o.status === "failure")).toHaveLength(100);
    expect(harness.all.run).toBe(2);
    expect(harness.all.progress).toBeGreaterThan(harness.ok.progress);
  });
});

describe("waitForAll with callbacks over many chunks", () => {
  it("adds one abort listener per signal, however many chunks wait on it (no MaxListenersExceededWarning)", async () => {
    const counts: number[] = [];
    for (const chunkCount of [5, 50, 500]) {
      const waiters = new CallbackWaiters({ maxRetained: 10_000, ttlMs: 60_000, now: () => T0 });
      const seen = new Set<AbortSignal>();
      const registrar: CallbackRegistrar = {
        issueCallbackUrl: () => Promise.reject(new Error("unexpected")),
        bind: () => Promise.reject(new Error("unexpected")),
        waitForCallback: (asyncId, signal) => {
          if (signal) seen.add(signal);
          return waiters.wait(asyncId, signal);
        },
      };
      const chunks = Array.from({ length: chunkCount }, (_, i) => ({ index: i, asyncId: hex32(i + 1), start: i, end: i + 1, jobsHash: "a".repeat(64) }));
      const handle = buildBatchHandle(T0, chunks);
      const script = Object.fromEntries(chunks.map((c) => [c.asyncId, [0]]));
      const { client } = scriptedClient(script);
      const user = new AbortController();
      const clock = createManualClock(T0);
      const waiting = waitForAll(client, handle, { callbacks: registrar, signal: user.signal, clock, callbackGraceMs: 60_000 });
      await vi.waitFor(() => expect(waiters.waitingCount).toBe(chunkCount), { timeout: 2_000 });
      const listening = Math.max(...[...seen].map((s) => getEventListeners(s, "abort").length));
      counts.push(listening + getEventListeners(user.signal, "abort").length);
      for (const c of chunks) waiters.accept({ asyncId: c.asyncId } as never);
      await expect(waiting).resolves.toMatchObject({ percent: 100 });
      expect(waiters.waitingCount).toBe(0);
      for (const s of seen) expect(getEventListeners(s, "abort")).toHaveLength(0);
    }
    // The same handful of listeners at 5, 50 and 500 chunks; Node warns past ten.
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(10);
  });

  it("rejects every wait sharing a signal when it aborts, and leaves no waiter behind", async () => {
    const waiters = new CallbackWaiters({ maxRetained: 10, ttlMs: 60_000, now: () => T0 });
    const controller = new AbortController();
    const waits = Array.from({ length: 30 }, (_, i) => waiters.wait(hex32(i + 1), controller.signal));
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(1);
    controller.abort(new Error("stop"));
    for (const w of waits) await expect(w).rejects.toThrow("stop");
    expect(waiters.waitingCount).toBe(0);
  });
});
