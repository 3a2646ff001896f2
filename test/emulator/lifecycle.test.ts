// The whole life of a batch through the real client: run, progress climbing to 100,
// results in order, and the callback a real listener receives, in-process and over a socket.
import { afterEach, describe, expect, it } from "vitest";
import { checkComponent } from "../../src/contract/validators.js";
import { createManualClock } from "../../src/util/clock.js";
import { type CaptureServer, startCaptureServer } from "../helpers/capture-server.js";
import { clientFor, closeAll, echoHandlers, echoJobs, emulatorWith, eventually, expectConforms, send, settled } from "./harness.js";

let listener: CaptureServer | undefined;
afterEach(async () => {
  await closeAll();
  await listener?.close();
  listener = undefined;
});

describe.each(["in-process", "socket"] as const)("a batch's lifecycle (%s)", (transport) => {
  it("runs, climbs to 100, returns results in submission order and delivers a valid callback", async () => {
    listener = await startCaptureServer();
    // Each job takes 3 ms of the emulator's clock, which moves only when the test moves it.
    const clock = createManualClock(Date.now());
    const emulator = emulatorWith({ clock, jobDelayMs: 3, handlers: echoHandlers });
    const baseUrl = transport === "socket" ? (await emulator.listen({ port: 0 })).url : undefined;
    const client = clientFor(emulator, baseUrl ? { baseUrl } : {});
    const jobs = echoJobs(20);

    const { asyncId } = await client.run(jobs, { callbackUrl: `${listener.url}/ivvy/callback?token=abc` });
    expect(asyncId).toMatch(/^[0-9a-f]{32}$/);

    // No time has passed: no job has run.
    await expect(client.results(asyncId)).rejects.toMatchObject({ name: "IvvyApiError", status: 400, specificCode: 24114 });
    const seen: number[] = [(await client.progress(asyncId)).progress];
    while (seen.at(-1)! < 100 && seen.length <= jobs.length) {
      await clock.advanceAsync(3);
      seen.push((await client.progress(asyncId)).progress);
    }
    // One job per 3 ms: 5% a step, floor(done / 20 * 100).
    expect(seen).toEqual(Array.from({ length: 21 }, (_, done) => done * 5));

    const results = await client.results(asyncId);
    expect(results.asyncId).toBe(asyncId);
    expect(results.results.map((r) => r.request)).toEqual(jobs.map((j) => j.params));
    expect(results.results.map((r) => r.response)).toEqual(jobs.map((_, n) => ({ echoed: n })));
    expect(results.results.every((r) => r.namespace === "demo" && r.action === "echo")).toBe(true);

    const callback = await listener.next(5_000);
    expect(callback.method).toBe("POST");
    expect(callback.url).toBe("/ivvy/callback?token=abc");
    expect(callback.headers["content-type"]).toBe("application/json");
    const payload: unknown = JSON.parse(callback.body);
    expect(checkComponent("BatchCallback", payload)).toEqual({ valid: true, errors: [] });
    expect(payload).toEqual(results);
    await settled(emulator);
    expect(emulator.callbacks.list(asyncId)).toMatchObject([{ state: "delivered", attempts: 1, reason: "complete", lastStatus: 200 }]);
  });
});

describe("progress and results", () => {
  it("reports floor(done / total * 100) at each step of a 3-job batch", async () => {
    const gates: (() => void)[] = [];
    const emulator = emulatorWith({
      handlers: { "gate.wait": () => new Promise((resolve) => gates.push(() => resolve({ ok: true }))) },
    });
    const client = clientFor(emulator);
    const { asyncId } = await client.run([1, 2, 3].map((n) => ({ namespace: "gate", action: "wait", params: { n } })));
    /** Lets the job waiting at its gate finish, and waits (bounded) until the batch recorded it. */
    const finishJob = async (done: number) => {
      await eventually(`job ${done} to wait at its gate`, () => gates.length === 1);
      gates.shift()!();
      await eventually(`${done + 1} jobs to be done`, () => emulator.batches.get(asyncId)?.done === done + 1);
      return (await client.progress(asyncId)).progress;
    };
    await eventually("the first job to wait at its gate", () => gates.length === 1);
    expect((await client.progress(asyncId)).progress).toBe(0);
    expect(await finishJob(0)).toBe(33);
    expect(await finishJob(1)).toBe(66);
    expect(await finishJob(2)).toBe(100);
    expect(emulator.batches.get(asyncId)).toMatchObject({ status: "complete", done: 3, total: 3, progress: 100 });
  });

  it("runs a batch of 200 jobs, the maximum, to the end with every result in place", async () => {
    const emulator = emulatorWith({ handlers: echoHandlers });
    const client = clientFor(emulator);
    const { asyncId } = await client.run(echoJobs(200));
    await settled(emulator);
    const { results } = await client.results(asyncId);
    expect(results).toHaveLength(200);
    expect(results.map((r) => (r.response as { echoed: number }).echoed)).toEqual(Array.from({ length: 200 }, (_, n) => n));
    expectConforms("results", await send(emulator, "results", { json: { async: asyncId } }));
  });

  it("keeps batches apart: concurrent batches each finish with their own results", async () => {
    const emulator = emulatorWith({ jobDelayMs: 1, handlers: echoHandlers });
    const client = clientFor(emulator);
    const ids = await Promise.all([5, 7, 9].map(async (count) => ({ count, ...(await client.run(echoJobs(count))) })));
    expect(new Set(ids.map((b) => b.asyncId)).size).toBe(3);
    await settled(emulator);
    for (const { asyncId, count } of ids) expect((await client.results(asyncId)).results).toHaveLength(count);
    expect(
      emulator.batches
        .list()
        .map((b) => b.total)
        .sort(),
    ).toEqual([5, 7, 9]);
  });

  it("answers ping with an ack and the emulator clock's time in the iVvy format", async () => {
    const emulator = emulatorWith();
    const answer = await send(emulator, "ping");
    expectConforms("ping", answer);
    expect(answer.body).toEqual({ ack: expect.any(String) });
    const ack = await clientFor(emulator).ping();
    expect(Math.abs(ack.clockSkewMs ?? Number.NaN)).toBeLessThan(1500);
  });

  it("every success answer conforms to openapi.yaml", async () => {
    // Nothing listens on the callbackUrl: one attempt, so idle() does not wait out the backoff.
    const emulator = emulatorWith({ handlers: echoHandlers, callbacks: { attempts: 1 } });
    const run = await send(emulator, "run", { json: { jobs: echoJobs(2), callbackUrl: "http://127.0.0.1:9/unused" } });
    expectConforms("run", run);
    const ref = { async: run.body.asyncId };
    expectConforms("progress", await send(emulator, "progress", { json: ref }));
    expectConforms("restart", await send(emulator, "restart", { json: ref })); // still running: restarted false
    await settled(emulator);
    expectConforms("results", await send(emulator, "results", { json: ref }));
    expectConforms("repost", await send(emulator, "repost", { json: ref }));
    expectConforms("restart", await send(emulator, "restart", { json: ref }));
  });
});
