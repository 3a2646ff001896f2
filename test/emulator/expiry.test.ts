// Batches are gone two days after they were created, by the emulator's (injected) clock.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_RETENTION_MS } from "../../src/emulator/index.js";
import { createManualClock } from "../../src/util/clock.js";
import { clientFor, closeAll, echoHandlers, echoJobs, emulatorWith, expectConforms, send, settled } from "./harness.js";

afterEach(closeAll);

describe("expiry by the emulator's clock", () => {
  it("keeps a batch for two days, then answers as for an unknown one", async () => {
    expect(DEFAULT_RETENTION_MS).toBe(2 * 24 * 60 * 60 * 1000);
    const clock = createManualClock(Date.UTC(2026, 5, 1));
    const emulator = emulatorWith({ clock, handlers: echoHandlers, callbacks: { attempts: 1 } });
    const client = clientFor(emulator);
    const { asyncId } = await client.run(echoJobs(2), { callbackUrl: "http://127.0.0.1:9/cb" });
    await settled(emulator);
    expect(emulator.batches.get(asyncId)?.expiresAt).toBe(clock.now() + DEFAULT_RETENTION_MS);

    clock.advance(DEFAULT_RETENTION_MS - 1);
    expect((await client.results(asyncId)).results).toHaveLength(2);

    clock.advance(1);
    for (const [operation, code] of [
      ["progress", 24105],
      ["results", 24115],
      ["restart", 24105],
      ["repost", 24105],
    ] as const) {
      const answer = await send(emulator, operation, { json: { async: asyncId } });
      expect(answer.body).toMatchObject({ errorCode: 404, specificCode: code });
      expectConforms(operation, answer);
    }
    expect(emulator.batches.get(asyncId)).toBeUndefined();
    expect(emulator.batches.list()).toEqual([]);
    expect(emulator.callbacks.list(asyncId)).toEqual([]); // forgotten with the batch
  });

  it("honours a shorter retentionMs, and list() drops expired batches without any request", async () => {
    const clock = createManualClock(Date.UTC(2026, 0, 1));
    const relaxed = emulatorWith({ clock, retentionMs: 1000, handlers: echoHandlers, auth: "relaxed" });
    const first = await send(relaxed, "run", { credentials: null, json: { jobs: echoJobs(1) } });
    clock.advance(600);
    const second = await send(relaxed, "run", { credentials: null, json: { jobs: echoJobs(1) } });
    clock.advance(500);
    expect(relaxed.batches.list().map((b) => b.asyncId)).toEqual([second.body.asyncId]);
    expect(relaxed.batches.get(first.body.asyncId)).toBeUndefined();
    clock.advance(500);
    expect(relaxed.batches.list()).toEqual([]);
  });

  it("stops running the jobs of a batch that expires while it runs", async () => {
    const clock = createManualClock(Date.now());
    let ran = 0;
    const emulator = emulatorWith({ clock, jobDelayMs: 5, handlers: { "demo.tick": () => ({ ran: ++ran }) } });
    const { asyncId } = await clientFor(emulator).run(Array.from({ length: 50 }, () => ({ namespace: "demo", action: "tick", params: {} })));
    // Job delays run on the emulator's clock: two of them pass, two jobs run.
    await clock.advanceAsync(5);
    await clock.advanceAsync(5);
    expect(ran).toBe(2);
    clock.advance(DEFAULT_RETENTION_MS);
    await settled(emulator);
    expect(ran).toBe(2);
    expect(emulator.batches.get(asyncId)).toBeUndefined();
  });
});
