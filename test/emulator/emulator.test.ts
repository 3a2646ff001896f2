// The emulator as an object: options checked at construction, start-up time, the request
// log, listen/close, and the manual clock.
import { afterEach, describe, expect, it } from "vitest";
import { operationPaths } from "../../src/contract/types.js";
import { createEmulator } from "../../src/emulator/create-emulator.js";
import type { RequestLogEntry } from "../../src/emulator/index.js";
import { DEMO_CREDENTIALS } from "../../src/emulator/options/demo-credentials.js";
import { createManualClock } from "../../src/util/clock.js";
import { clientFor, closeAll, echoHandlers, echoJobs, emulatorWith, eventually, rawRequest, send, turns, within } from "./harness.js";

afterEach(closeAll);

describe("options are checked when the emulator is made", () => {
  it.each([
    [{ auth: "loose" }, 'createEmulator: option \'auth\' must be "strict" or "relaxed", not "loose"'],
    [{ jobDelayMs: -1 }, "createEmulator: option 'jobDelayMs' must be an integer (ms) of at least 0, not -1"],
    [{ maxBodyBytes: 0 }, "createEmulator: option 'maxBodyBytes' must be an integer (bytes) of at least 1, not 0"],
    [{ retentionMs: 1.5 }, "createEmulator: option 'retentionMs' must be an integer (ms) of at least 1, not 1.5"],
    [{ credentials: [] }, "createEmulator: option 'credentials' must name at least one { apiKey, apiSecret } pair"],
    [
      { credentials: { apiKey: "a b", apiSecret: "s" } },
      "createEmulator: option 'credentials.apiKey' must be a non-empty string without whitespace or ':', not \"a b\"",
    ],
    [{ credentials: [{ apiKey: "k", apiSecret: "" }] }, "createEmulator: option 'credentials[0].apiSecret' must be a non-empty string"],
    [
      {
        credentials: [
          { apiKey: "k", apiSecret: "1" },
          { apiKey: "k", apiSecret: "2" },
        ],
      },
      "createEmulator: option 'credentials[1]' gives apiKey 'k' a second, different secret",
    ],
    [
      { credentials: { apiKey: "k", apiSecret: "s", apiSecert: "t" } },
      "createEmulator: unknown option 'credentials.apiSecert' (did you mean 'credentials.apiSecret'?)",
    ],
    [
      { clock: { now: 5 } },
      "createEmulator: option 'clock' must be a Clock ({ now(), setTimeout(callback, ms) }): systemClock, or createManualClock() in tests; it has no now()",
    ],
    [{ handlers: { ping: () => ({}) } }, "createEmulator: option 'handlers' has the key 'ping', which is not 'namespace.action'"],
    [{ handlers: { "a.b": {} } }, "createEmulator: option 'handlers' maps 'a.b' to something that is not a function (params, context) => response"],
    [{ callbacks: { attempts: 0 } }, "createEmulator: option 'callbacks.attempts' must be an integer of at least 1, not 0"],
    [{ callbacks: { retries: 3 } }, "createEmulator: unknown option 'callbacks.retries'; allowed in 'callbacks': attempts, baseDelayMs, timeoutMs"],
    [{ faults: { rate429: 0.6, rate5xx: 0.6 } }, "createEmulator: option 'faults' must not have rate429 + rate5xx over 1 (got 1.2)"],
    [{ faults: { dropCallback: 1 } }, "createEmulator: unknown option 'faults.dropCallback' (did you mean 'faults.dropCallbacks'?)"],
    [{ faults: { failJobs: [-1] } }, "createEmulator: option 'faults.failJobs' cannot hold -1: it is neither a job index nor a 'namespace.action' name"],
    [{ onRequest: "console" }, "createEmulator: option 'onRequest' must be a function (entry) => void, not \"console\""],
    [{ honourPreferHeader: "yes" }, "createEmulator: option 'honourPreferHeader' must be true or false, not \"yes\""],
    [{ dashboard: { token: "short" } }, "createEmulator: option 'dashboard.token' must be a string of at least 16 characters without whitespace"],
    [{ dashboard: { tokn: "0123456789abcdef" } }, "createEmulator: unknown option 'dashboard.tokn' (did you mean 'dashboard.token'?)"],
    [{ jobDelay: 5 }, "createEmulator: unknown option 'jobDelay' (did you mean 'jobDelayMs'?); allowed: credentials, auth, clock, jobDelayMs,"],
  ])("%j", (options, message) => {
    expect(() => createEmulator(options as never)).toThrow(message);
  });
});

describe("the emulator object", () => {
  it("answers its first request as soon as it is made: nothing to start or wait for", async () => {
    // How fast that is is measured side by side by the start-up benchmark (npm run bench), not timed here.
    const emulator = emulatorWith();
    const answer = await send(emulator, "ping");
    expect(answer.status).toBe(200);
  });

  it("works with no options at all: the demo pair, strict auth", async () => {
    const emulator = emulatorWith();
    expect(DEMO_CREDENTIALS).toEqual({ apiKey: "emulator-demo-key", apiSecret: "emulator-demo-secret" });
    expect(Object.isFrozen(DEMO_CREDENTIALS)).toBe(true);
    await expect(clientFor(emulator).ping()).resolves.toMatchObject({ answer: { ack: expect.any(String) } });
    expect((await send(emulator, "ping", { credentials: null })).status).toBe(401);
  });

  it("logs one entry per request through onRequest, and never to the console", async () => {
    const entries: RequestLogEntry[] = [];
    const emulator = emulatorWith({ onRequest: (entry) => entries.push(entry) });
    await send(emulator, "ping");
    await send(emulator, "progress", { json: { async: "0".repeat(32) } });
    await emulator.fetch(rawRequest(emulator, "/nowhere"));
    expect(entries).toEqual([
      { method: "POST", path: "/api/1.0/test?action=ping", status: 200, operation: "ping", specificCode: undefined, durationMs: expect.any(Number) },
      { method: "POST", path: "/api/1.0/batch?action=progress", status: 404, operation: "progress", specificCode: 24105, durationMs: expect.any(Number) },
      { method: "POST", path: "/nowhere", status: 404, operation: undefined, specificCode: 0, durationMs: expect.any(Number) },
    ]);
  });

  it("a throwing log hook does not break the answer", async () => {
    const emulator = emulatorWith({
      onRequest: () => {
        throw new Error("log full");
      },
    });
    expect((await send(emulator, "ping")).status).toBe(200);
  });

  it("listens on a free port, refuses a second listen, and close() frees the port and stops the jobs", async () => {
    let ran = 0;
    // Each job takes 5 ms of the emulator's clock: two of them pass before close().
    const clock = createManualClock(Date.now());
    const emulator = emulatorWith({ clock, jobDelayMs: 5, handlers: { "demo.tick": () => ({ ran: ++ran }) } });
    const { url, port } = await emulator.listen();
    expect(url).toBe(`http://127.0.0.1:${port}`);
    expect(emulator.url).toBe(url);
    await expect(emulator.listen()).rejects.toThrow(/already listening on http:\/\/127\.0\.0\.1/);
    const client = clientFor(emulator, { baseUrl: url });
    await client.run(
      Array.from({ length: 100 }, () => ({ namespace: "demo", action: "tick", params: {} })),
      { callbackUrl: "http://127.0.0.1:9/cb" },
    );
    await clock.advanceAsync(5);
    await clock.advanceAsync(5);
    expect(ran).toBe(2);
    await within("close()", emulator.close());
    // Its job loop was stopped: moving the clock runs nothing more.
    clock.advance(10_000);
    await turns();
    expect(ran).toBe(2);
    await expect(fetch(`${url}${operationPaths.ping}`, { method: "POST" })).rejects.toThrow();
    await emulator.close(); // idempotent
    await expect(emulator.listen()).rejects.toThrow("emulator.listen: the emulator is closed");
  });

  it("close() ends pending callback retries at once", async () => {
    const clock = createManualClock(Date.now());
    const emulator = emulatorWith({ clock, handlers: echoHandlers, callbacks: { attempts: 10, baseDelayMs: 10_000 } });
    const { asyncId } = await clientFor(emulator).run(echoJobs(1), { callbackUrl: "http://127.0.0.1:9/cb" });
    await eventually("the first attempt to fail", () => emulator.callbacks.list(asyncId)[0]?.nextAttemptAt !== undefined);
    // The next attempt is 10 s of the clock away, and the clock never moves: close() must not wait for it.
    await within("close() with a retry pending", emulator.close());
    expect(emulator.callbacks.list(asyncId)).toMatchObject([
      { state: "failed", attempts: 1, lastError: "the emulator was closed before the callback was delivered" },
    ]);
  });

  it("answers 500 (run: 24091) after close rather than storing batches nobody will run", async () => {
    const emulator = createEmulator();
    await emulator.close();
    const answer = await send(emulator, "run", { json: { jobs: echoJobs(1) } });
    expect(answer.body).toMatchObject({ errorCode: 500, specificCode: 24091 });
  });

  it("reports a port in use clearly", async () => {
    const first = emulatorWith();
    const { port } = await first.listen();
    await expect(emulatorWith().listen({ port })).rejects.toThrow(`emulator.listen: cannot listen on 127.0.0.1:${port}`);
  });
});

describe("createManualClock", () => {
  it("moves only when told", () => {
    const clock = createManualClock(1000);
    expect(clock.now()).toBe(1000);
    expect(clock.advance(500)).toBe(1500);
    expect(clock.set(42)).toBe(42);
    expect(clock.now()).toBe(42);
    expect(() => clock.advance(Number.NaN)).toThrow("createManualClock: advance(ms) must be a finite number of milliseconds, not NaN");
    expect(() => createManualClock(Infinity)).toThrow(/startMs must be a finite number/);
  });

  it("dates ping and is what expiry and staleness are measured against", async () => {
    const clock = createManualClock(Date.UTC(2030, 0, 2, 3, 4, 5));
    const emulator = emulatorWith({ clock });
    expect((await send(emulator, "ping")).body).toEqual({ ack: "2030-01-02 03:04:05" });
    expect(emulator.clock).toBe(clock);
  });
});
