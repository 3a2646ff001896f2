// Batches are gone two days after they were created, by the emulator's (injected) clock.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_RETENTION_MS } from "../../src/emulator/index.js";
import { createDirectCallMemory } from "../../src/emulator/operations/direct-call-memory.js";
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

  it("forgets a direct event.inviteContacts' invitations as a batch's: retentionMs after the call", async () => {
    const clock = createManualClock(Date.UTC(2026, 0, 1));
    const emulator = emulatorWith({ clock, retentionMs: 10_000, jobDelayMs: 0 });
    const client = clientFor(emulator);
    const invite = async (contacts: number[]) => (await client.call("event", "inviteContacts", { event: 1, contacts })).results?.map((r) => r.status);
    expect(await invite([5])).toEqual([true]); // t = 0
    clock.advance(4_000);
    expect(await invite([5, 6])).toEqual([false, true]); // 6 at t = 4000
    clock.advance(5_999);
    expect(await invite([5, 6]), "kept until retentionMs has passed").toEqual([false, false]);
    clock.advance(1); // t = 10000: the first call's invitation expires, the second's not
    expect(await invite([5, 6])).toEqual([true, false]);
    // No direct call after this: the purge timer forgets them, as it frees expired batches.
    clock.advance(30_000);
    const { asyncId } = await client.run([{ namespace: "event", action: "inviteContacts", params: { event: 1, contacts: [5, 6] } }]);
    let progress = 0;
    for (let round = 0; round < 50 && progress < 100; round++) {
      await clock.advanceAsync(10);
      ({ progress } = await client.progress(asyncId));
    }
    const { results } = await client.results(asyncId);
    expect(results[0]!.response).toMatchObject({
      results: [
        { contact: 5, status: true },
        { contact: 6, status: true },
      ],
    });
  });

  it("keeps a direct call's key only when its handler kept something, and forgets the oldest first", () => {
    const clock = createManualClock(0);
    const held = new Set<string>();
    const forgotten: string[] = [];
    const memory = createDirectCallMemory({ now: () => clock.now(), retentionMs: 100, holds: (key) => held.has(key), forget: (key) => forgotten.push(key) });
    for (let n = 0; n < 1000; n++) {
      const key = memory.nextKey();
      if (n % 10 === 0) held.add(key);
      memory.answered(key);
      clock.advance(1);
    }
    expect(memory.size, "a call that kept nothing is not remembered").toBe(100);
    expect(memory.purge()).toHaveLength(91); // answered at t <= 900, expired at t = 1000
    expect(forgotten.slice(0, 2)).toEqual(["direct-1", "direct-11"]);
    expect(memory.size).toBe(9);
    clock.advance(1000);
    expect(memory.purge()).toHaveLength(9);
    expect(memory.size).toBe(0);
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
