// Fault tests across the pieces: a callback listener that is down then back, a 429/5xx
// storm while waiting, connections cut mid-request, and a client clock off by more
// than iVvy's five minutes.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createBatchClient } from "../../src/client/create-batch-client.js";
import type { BatchCallback } from "../../src/contract/types.js";
import { createEmulator, type Emulator } from "../../src/emulator/create-emulator.js";
import { DEMO_CREDENTIALS } from "../../src/emulator/options/demo-credentials.js";
import { isIvvyApiError, isIvvyNetworkError } from "../../src/errors/type-guards.js";
import { createCallbackReceiver } from "../../src/receiver/create-callback-receiver.js";
import { toNodeListener } from "../../src/receiver/node-listener.js";
import { createManualClock, systemClock } from "../../src/util/clock.js";
import { collectResults } from "../../src/workflow/results/collect-results.js";
import { createSubmissionLedger } from "../../src/workflow/submit/submission-ledger.js";
import { submitAll } from "../../src/workflow/submit/submit-all.js";
import { waitForAll } from "../../src/workflow/wait/wait-for-all.js";
import { advanceToNextAttempt, eventually, settled, within } from "../emulator/harness.js";
import { freePort } from "../helpers/free-port.js";
import { createSteppingClock } from "../helpers/stepping-clock.js";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const closeServer = (server: Server) =>
  new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });

function emulatorWith(options: Parameters<typeof createEmulator>[0]): Emulator {
  const emulator = createEmulator(options);
  cleanups.push(() => emulator.close());
  return emulator;
}

const pingJobs = (n: number) => Array.from({ length: n }, (_, i) => ({ namespace: "test", action: "ping", params: { i } }));

describe("callback listener down, then back", () => {
  it("the emulator's retries deliver once it is back, and the receiver hands the batch on once", async () => {
    const port = await freePort();
    const received: BatchCallback[] = [];
    const receiver = createCallbackReceiver({ publicUrl: `http://127.0.0.1:${port}/ivvy/callback`, onCallback: (payload) => void received.push(payload) });
    // Delivered twice once it gets through (duplicateCallbacks), as a receiver must expect.
    // The backoff runs on the emulator's clock, which moves only when the test moves it.
    const clock = createManualClock(Date.now());
    const emulator = emulatorWith({ clock, callbacks: { attempts: 6, baseDelayMs: 100, timeoutMs: 1_000 }, faults: { duplicateCallbacks: true } });
    const client = createBatchClient({ ...DEMO_CREDENTIALS, baseUrl: "http://emulator.local", fetch: emulator.fetch, clock });

    const { callbackUrl, token } = await receiver.issueCallbackUrl();
    const { asyncId } = await client.run(pingJobs(3), { callbackUrl });
    await receiver.bind(token, asyncId);

    // Down: nothing listens on the port while the first two attempts fail.
    expect(await advanceToNextAttempt(emulator, clock, asyncId)).toBe(100);
    await eventually("the second attempt to fail", () => emulator.callbacks.list(asyncId)[0]?.nextAttemptAt !== undefined);
    expect(emulator.callbacks.list(asyncId)[0]).toMatchObject({ state: "pending", attempts: 2 });
    const server = createServer(toNodeListener(receiver, { path: "/ivvy/callback" }));
    await new Promise<void>((resolve) => server.listen({ port, host: "127.0.0.1" }, resolve));
    cleanups.push(() => closeServer(server));

    // Back: the third attempt gets through.
    expect(await advanceToNextAttempt(emulator, clock, asyncId)).toBe(200);
    await settled(emulator);
    await within("the receiver to be idle", receiver.whenIdle());
    const [delivery] = emulator.callbacks.list(asyncId);
    expect(delivery).toMatchObject({ state: "delivered", lastStatus: 200, duplicates: 1, attempts: 3 });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ asyncId, results: [{ namespace: "test" }, {}, {}] });
  });
});

describe("a 429/5xx storm during the workflow", () => {
  it("waitForAll finishes and no chunk is run twice", async () => {
    const runAnswers: number[] = [];
    let storm = 0;
    const emulator = emulatorWith({
      jobDelayMs: 1,
      onRequest: (entry) => {
        if (entry.operation === "run") runAnswers.push(entry.status);
        if (entry.status === 429 || entry.status >= 500) storm++;
      },
    });
    const client = createBatchClient({
      ...DEMO_CREDENTIALS,
      baseUrl: "http://emulator.local",
      fetch: emulator.fetch,
      retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 5 },
    });
    const jobs = pingJobs(1_000);
    const handle = await submitAll(client, jobs, { chunkSize: 100, ledger: createSubmissionLedger() });
    emulator.setFaults({ rate429: 0.35, rate5xx: 0.35, retryAfterSeconds: 0 });
    const final = await waitForAll(client, handle, { intervalMs: 2, maxIntervalMs: 10 });
    emulator.setFaults({});
    expect(final.percent).toBe(100);
    expect(storm).toBeGreaterThan(10);
    // Exactly one stored batch per chunk, and exactly one successful run each.
    expect(emulator.batches.list()).toHaveLength(handle.chunks.length);
    expect(runAnswers.filter((s) => s === 200)).toHaveLength(handle.chunks.length);
    const outcomes = await collectResults(client, handle);
    expect(outcomes.map((o) => o.index)).toEqual(jobs.map((_, i) => i));
  });

  it("runs refused with 429 or 24091 during submitAll are re-sent, never duplicated", async () => {
    let calls = 0;
    const runStatuses: number[] = [];
    // Every chunk's run is answered 429, then 500 (24091, nothing stored), then stored.
    const emulator = emulatorWith({
      faults: { rate429: 0.25, rate5xx: 0.25, retryAfterSeconds: 0, random: () => [0.1, 0.3, 0.9][calls++ % 3]! },
      onRequest: (entry) => void (entry.operation === "run" && runStatuses.push(entry.status)),
    });
    const client = createBatchClient({
      ...DEMO_CREDENTIALS,
      baseUrl: "http://emulator.local",
      fetch: emulator.fetch,
      retry: { retries: 4, baseDelayMs: 1, maxDelayMs: 2 },
    });
    const handle = await submitAll(client, pingJobs(600), {
      chunkSize: 100,
      ledger: createSubmissionLedger(),
      concurrency: 1,
      runRetries: 5,
      clock: createSteppingClock(),
    });
    expect(handle.chunks).toHaveLength(6);
    expect(runStatuses).toEqual(Array.from({ length: 6 }, () => [429, 500, 200]).flat());
    expect(emulator.batches.list()).toHaveLength(6);
  });
});

describe("a connection killed mid-request", () => {
  async function killingServer(killFirst: number): Promise<{ url: string; attempts: () => number }> {
    let attempts = 0;
    const server = createServer((req, res) => {
      attempts++;
      // Read a little of the body, then cut the connection without an answer.
      req.once("data", () => {
        if (attempts <= killFirst) req.socket.destroy();
      });
      req.on("end", () => {
        if (attempts > killFirst) res.writeHead(200, { "content-type": "application/json" }).end('{"progress":100}');
      });
    });
    await new Promise<void>((resolve) => server.listen({ port: 0, host: "127.0.0.1" }, resolve));
    cleanups.push(() => closeServer(server));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, attempts: () => attempts };
  }

  it("run: IvvyNetworkError saying it may have reached the server, and it is not retried", async () => {
    const server = await killingServer(Infinity);
    const client = createBatchClient({ ...DEMO_CREDENTIALS, baseUrl: server.url, retry: { retries: 3, baseDelayMs: 1, maxDelayMs: 2 } });
    const error = await client.run(pingJobs(2)).catch((e: unknown) => e);
    expect(isIvvyNetworkError(error)).toBe(true);
    expect(error).toMatchObject({ name: "IvvyNetworkError", mayHaveReachedServer: true, action: "run" });
    expect(server.attempts()).toBe(1);
  });

  it("progress: retried until an attempt gets through", async () => {
    const server = await killingServer(2);
    const client = createBatchClient({ ...DEMO_CREDENTIALS, baseUrl: server.url, retry: { retries: 3, baseDelayMs: 1, maxDelayMs: 2 } });
    await expect(client.progress("0123456789abcdef0123456789abcdef")).resolves.toEqual({ progress: 100 });
    expect(server.attempts()).toBe(3);
  });

  it("progress: IvvyNetworkError once the retries are spent", async () => {
    const server = await killingServer(Infinity);
    const client = createBatchClient({ ...DEMO_CREDENTIALS, baseUrl: server.url, retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 2 } });
    await expect(client.progress("0123456789abcdef0123456789abcdef")).rejects.toMatchObject({ name: "IvvyNetworkError" });
    expect(server.attempts()).toBe(3);
  });
});

describe("clock skew", () => {
  const SIX_MINUTES = 6 * 60 * 1000;
  /** The system clock read `skew` ms ahead. */
  const skewedClock = (skew: number) => ({ now: () => systemClock.now() + skew, setTimeout: systemClock.setTimeout });

  it("a client clock more than 5 minutes off gets 23005, with a message that says to check the clock", async () => {
    const emulator = emulatorWith({});
    for (const skew of [SIX_MINUTES, -SIX_MINUTES]) {
      const client = createBatchClient({ ...DEMO_CREDENTIALS, baseUrl: "http://emulator.local", fetch: emulator.fetch, clock: skewedClock(skew) });
      const error = await client.run(pingJobs(1)).catch((e: unknown) => e);
      expect(isIvvyApiError(error)).toBe(true);
      expect(error).toMatchObject({ status: 401, specificCode: 23005 });
      expect((error as Error).message).toMatch(/check this machine's clock/);
      expect((error as Error).message).toMatch(/ping\(\) measures the skew/);
      await expect(client.ping()).rejects.toMatchObject({ specificCode: 23005 });
    }
    expect(emulator.batches.list()).toHaveLength(0);
  });

  it("ping measures the skew from the server's timestamp", async () => {
    const emulator = emulatorWith({});
    for (const skew of [0, 150_000, -200_000]) {
      // The client is `skew` behind the server: its clock reads now - skew.
      const client = createBatchClient({ ...DEMO_CREDENTIALS, baseUrl: "http://emulator.local", fetch: emulator.fetch, clock: skewedClock(-skew) });
      const { clockSkewMs } = await client.ping();
      // The server's timestamp has whole seconds.
      expect(Math.abs((clockSkewMs ?? Number.NaN) - skew)).toBeLessThanOrEqual(1_500);
    }
  });
});
