// Callback delivery: retries with exponential backoff on network errors, timeouts and
// non-2xx answers; repost delivers again; restart runs the batch again and calls back anew.
import { createServer, type Server } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { checkComponent } from "../../src/contract/validators.js";
import { createManualClock } from "../../src/util/clock.js";
import { freePort } from "../helpers/free-port.js";
import {
  advanceToNextAttempt,
  advanceUntilIdle,
  clientFor,
  closeAll,
  echoHandlers,
  echoJobs,
  emulatorWith,
  eventually,
  expectConforms,
  send,
  settled,
} from "./harness.js";

const servers: Server[] = [];
afterEach(async () => {
  await closeAll();
  await Promise.all(
    servers.splice(0).map(
      (s) =>
        new Promise((resolve) => {
          s.closeAllConnections();
          s.close(resolve);
        }),
    ),
  );
});

/** A node:http listener that answers with the given statuses in turn (then 200); 0 never answers. */
async function flakyListener(statuses: number[]) {
  const arrivals: { body: string }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      arrivals.push({ body: Buffer.concat(chunks).toString() });
      const status = statuses.shift() ?? 200;
      if (status !== 0) res.writeHead(status).end();
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}/cb`, arrivals };
}

describe("callback retries", () => {
  it("retries a non-2xx answer with exponential backoff until it is delivered", async () => {
    const listener = await flakyListener([500, 503, 404]);
    const clock = createManualClock(Date.UTC(2030, 0, 1));
    const emulator = emulatorWith({ clock, handlers: echoHandlers, callbacks: { attempts: 5, baseDelayMs: 20, timeoutMs: 1000 } });
    const { asyncId } = await clientFor(emulator).run(echoJobs(2), { callbackUrl: listener.url });
    // The waits between attempts are on the emulator's clock: 20, 40 and 80 ms of it, exactly.
    const waits = [];
    for (let retry = 0; retry < 3; retry++) waits.push(await advanceToNextAttempt(emulator, clock, asyncId));
    expect(waits).toEqual([20, 40, 80]);
    await settled(emulator);
    expect(listener.arrivals).toHaveLength(4);
    expect(new Set(listener.arrivals.map((a) => a.body)).size).toBe(1); // the same payload each time
    const [delivery] = emulator.callbacks.list(asyncId);
    expect(delivery).toEqual({
      asyncId,
      url: listener.url,
      reason: "complete",
      state: "delivered",
      attempts: 4,
      lastStatus: 200,
      lastError: undefined,
      duplicates: 0,
      coalesced: 0,
      history: [500, 503, 404, 200].map((status) => ({
        startedAt: expect.any(Number),
        durationMs: expect.any(Number),
        status,
        error: status === 200 ? undefined : `HTTP ${status}`,
      })),
      nextAttemptAt: undefined,
    });
    const starts = delivery!.history.map((a) => a.startedAt);
    expect(starts.slice(1).map((at, i) => at - starts[i]!)).toEqual([20, 40, 80]);
  });

  it("gives up after the configured attempts and records why", async () => {
    const listener = await flakyListener([500, 500, 500, 500]);
    const clock = createManualClock(Date.UTC(2030, 0, 1));
    const emulator = emulatorWith({ clock, handlers: echoHandlers, callbacks: { attempts: 3, baseDelayMs: 1 } });
    const { asyncId } = await clientFor(emulator).run(echoJobs(1), { callbackUrl: listener.url });
    await advanceToNextAttempt(emulator, clock, asyncId);
    await advanceToNextAttempt(emulator, clock, asyncId);
    await settled(emulator);
    expect(listener.arrivals).toHaveLength(3);
    expect(emulator.callbacks.list(asyncId)).toMatchObject([{ state: "failed", attempts: 3, lastStatus: 500, lastError: "HTTP 500" }]);
  });

  it("retries a listener that is down (connection refused) and one that does not answer in time", async () => {
    const downUrl = `http://127.0.0.1:${await freePort()}/cb`;
    const slow = await flakyListener([0]);
    const clock = createManualClock(Date.UTC(2030, 0, 1));
    const emulator = emulatorWith({ clock, handlers: echoHandlers, callbacks: { attempts: 2, baseDelayMs: 1, timeoutMs: 50 } });
    const client = clientFor(emulator);
    const down = await client.run(echoJobs(1), { callbackUrl: downUrl });
    const hanging = await client.run(echoJobs(1), { callbackUrl: slow.url });
    // Refused at once, it waits 1 ms of the clock for its second (and last) attempt.
    await advanceToNextAttempt(emulator, clock, down.asyncId);
    await eventually("the down listener's delivery to fail", () => emulator.callbacks.list(down.asyncId)[0]?.state === "failed");
    // The silent listener holds the first attempt until 50 ms of the clock have passed.
    await eventually("the first attempt to reach the silent listener", () => slow.arrivals.length === 1);
    expect(emulator.callbacks.list(hanging.asyncId)).toMatchObject([{ state: "pending", attempts: 1, nextAttemptAt: undefined }]);
    clock.advance(50);
    await advanceToNextAttempt(emulator, clock, hanging.asyncId);
    await settled(emulator);
    expect(emulator.callbacks.list(hanging.asyncId)[0]!.history[0]).toMatchObject({ status: undefined, error: "timed out after 50 ms" });
    expect(emulator.callbacks.list(down.asyncId)).toMatchObject([{ state: "failed", attempts: 2, lastStatus: undefined }]);
    expect(emulator.callbacks.list(hanging.asyncId)).toMatchObject([{ state: "delivered", attempts: 2 }]);
    expect(slow.arrivals).toHaveLength(2);
  });

  it("reuses one keep-alive connection for its callbacks, and close() ends it", async () => {
    const listener = await flakyListener([]);
    const server = servers.at(-1)!;
    let connections = 0;
    server.on("connection", () => connections++);
    const emulator = emulatorWith({ handlers: echoHandlers });
    const client = clientFor(emulator);
    for (let i = 0; i < 3; i++) {
      await client.run(echoJobs(1), { callbackUrl: listener.url });
      await settled(emulator);
    }
    expect(listener.arrivals).toHaveLength(3);
    expect(JSON.parse(listener.arrivals[0]!.body)).toMatchObject({ results: [{ response: { echoed: 0 } }] });
    expect(connections).toBe(1);
    await emulator.close();
    // At once, not when the listener's 5 s keep-alive timeout would have ended it.
    const open = () => new Promise<number>((resolve) => server.getConnections((_, count) => resolve(count)));
    await eventually("the listener to see the emulator's keep-alive connection closed", async () => (await open()) === 0, 1_000);
  });

  it("delivers through the fetch option (no socket needed)", async () => {
    const seen: Request[] = [];
    const emulator = emulatorWith({
      handlers: echoHandlers,
      fetch: async (request) => {
        seen.push(request);
        return new Response(null, { status: 204 });
      },
    });
    const { asyncId } = await clientFor(emulator).run(echoJobs(2), { callbackUrl: "https://receiver.example/cb" });
    await settled(emulator);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.method).toBe("POST");
    expect(seen[0]!.url).toBe("https://receiver.example/cb");
    const payload: unknown = await seen[0]!.json();
    expect(checkComponent("BatchCallback", payload).valid).toBe(true);
    expect(payload).toMatchObject({ asyncId, results: [{ response: { echoed: 0 } }, { response: { echoed: 1 } }] });
  });
});

describe("repost and restart", () => {
  it("repost delivers the callback again; without a callbackUrl it answers reposted false", async () => {
    const listener = await flakyListener([]);
    const emulator = emulatorWith({ handlers: echoHandlers });
    const client = clientFor(emulator);
    const withUrl = await client.run(echoJobs(2), { callbackUrl: listener.url });
    const without = await client.run(echoJobs(2));
    await settled(emulator);
    expect(listener.arrivals).toHaveLength(1);

    expect(await client.repost(withUrl.asyncId)).toEqual({ reposted: true });
    await settled(emulator);
    expect(listener.arrivals).toHaveLength(2);
    expect(listener.arrivals[1]!.body).toBe(listener.arrivals[0]!.body);
    expect(emulator.callbacks.list(withUrl.asyncId).map((d) => d.reason)).toEqual(["complete", "repost"]);

    const answer = await send(emulator, "repost", { json: { async: without.asyncId } });
    expect(answer.body).toEqual({ reposted: false });
    expectConforms("repost", answer);
    expect(emulator.callbacks.list(without.asyncId)).toEqual([]);
  });

  it("restart of a completed batch resets progress, runs every job again and calls back with the new results", async () => {
    const listener = await flakyListener([]);
    let runs = 0;
    // Jobs take 5 ms of the emulator's clock: nothing runs until the test moves it.
    const clock = createManualClock(Date.UTC(2030, 0, 1));
    const emulator = emulatorWith({ clock, jobDelayMs: 5, handlers: { "demo.count": () => ({ run: ++runs }) } });
    const client = clientFor(emulator);
    const jobs = [0, 1, 2].map((n) => ({ namespace: "demo", action: "count", params: { n } }));
    const { asyncId } = await client.run(jobs, { callbackUrl: listener.url });
    await advanceUntilIdle(emulator, clock, 5);
    expect((await client.results(asyncId)).results.map((r) => r.response)).toEqual([{ run: 1 }, { run: 2 }, { run: 3 }]);

    expect(await client.restart(asyncId)).toEqual({ restarted: true });
    expect(await client.progress(asyncId)).toEqual({ progress: 0 });
    await expect(client.results(asyncId)).rejects.toMatchObject({ specificCode: 24114 });
    expect(await client.restart(asyncId)).toEqual({ restarted: false }); // running again: no-op
    await advanceUntilIdle(emulator, clock, 5);

    expect((await client.results(asyncId)).results.map((r) => r.response)).toEqual([{ run: 4 }, { run: 5 }, { run: 6 }]);
    expect(listener.arrivals).toHaveLength(2);
    expect(JSON.parse(listener.arrivals[1]!.body).results[0].response).toEqual({ run: 4 });
    expect(emulator.batches.get(asyncId)).toMatchObject({ restarts: 1, status: "complete" });
  });
});

describe("one delivery in flight per batch", () => {
  /** A listener that holds every request until `release()`, then answers 200. */
  async function gatedListener() {
    const arrivals: string[] = [];
    const held: (() => void)[] = [];
    let connections = 0;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        arrivals.push(Buffer.concat(chunks).toString());
        held.push(() => res.writeHead(200).end());
      });
    });
    server.on("connection", () => connections++);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as { port: number }).port;
    return {
      url: `http://127.0.0.1:${port}/cb`,
      arrivals,
      get connections() {
        return connections;
      },
      release: () => {
        for (const answer of held.splice(0)) answer();
      },
    };
  }

  it("reposts while a delivery is pending are coalesced into it: one connection, one POST", async () => {
    const listener = await gatedListener();
    const emulator = emulatorWith({ handlers: echoHandlers });
    const client = clientFor(emulator);
    const { asyncId } = await client.run(echoJobs(3), { callbackUrl: listener.url });
    await eventually("the first delivery to reach the listener", () => listener.arrivals.length === 1);
    const reposts = await Promise.all(Array.from({ length: 10 }, () => client.repost(asyncId)));
    expect(reposts).toEqual(Array(10).fill({ reposted: true }));
    expect(emulator.callbacks.list(asyncId)).toMatchObject([{ state: "pending", reason: "complete", coalesced: 10 }]);
    listener.release();
    await settled(emulator);
    expect(listener.arrivals).toHaveLength(1);
    expect(listener.connections).toBe(1);
    expect(emulator.callbacks.list(asyncId)).toMatchObject([{ state: "delivered", coalesced: 10 }]);
    // Once it is delivered, a repost is a delivery of its own again.
    expect(await client.repost(asyncId)).toEqual({ reposted: true });
    await eventually("the second delivery to reach the listener", () => listener.arrivals.length === 2);
    listener.release();
    await settled(emulator);
    expect(emulator.callbacks.list(asyncId).map((d) => [d.reason, d.state])).toEqual([
      ["complete", "delivered"],
      ["repost", "delivered"],
    ]);
  });

  it("a restart that completes while the old delivery is pending delivers its new results after it, once", async () => {
    const listener = await gatedListener();
    let runs = 0;
    const emulator = emulatorWith({ handlers: { "demo.count": () => ({ run: ++runs }) } });
    const client = clientFor(emulator);
    const { asyncId } = await client.run([{ namespace: "demo", action: "count", params: {} }], { callbackUrl: listener.url });
    await eventually("the first delivery to reach the listener", () => listener.arrivals.length === 1);
    expect(await client.restart(asyncId)).toEqual({ restarted: true });
    await eventually("the restarted batch to complete", () => emulator.batches.get(asyncId)?.status === "complete");
    await client.repost(asyncId); // the same results as the completion waiting: folded into it
    // Nothing more starts while the first is in flight: the next delivery is not even recorded yet.
    expect(emulator.callbacks.list(asyncId)).toMatchObject([{ state: "pending", coalesced: 0 }]);
    expect(listener.arrivals).toHaveLength(1);
    listener.release();
    await eventually("the second delivery to reach the listener", () => listener.arrivals.length === 2);
    listener.release();
    await settled(emulator);
    expect(listener.arrivals.map((body) => JSON.parse(body).results[0].response)).toEqual([{ run: 1 }, { run: 2 }]);
    expect(emulator.callbacks.list(asyncId)).toMatchObject([
      { reason: "complete", state: "delivered", coalesced: 0 },
      { reason: "complete", state: "delivered", coalesced: 1 },
    ]);
  });

  it("records when the next attempt is due while it waits", async () => {
    const listener = await flakyListener([500]);
    const clock = createManualClock(Date.UTC(2030, 0, 1));
    const emulator = emulatorWith({ clock, handlers: echoHandlers, callbacks: { attempts: 2, baseDelayMs: 300 } });
    const { asyncId } = await clientFor(emulator).run(echoJobs(1), { callbackUrl: listener.url });
    await eventually("the first attempt to fail", () => emulator.callbacks.list(asyncId)[0]?.nextAttemptAt !== undefined);
    const [waiting] = emulator.callbacks.list(asyncId);
    expect(waiting!.nextAttemptAt! - waiting!.history[0]!.startedAt).toBe(300);
    expect(waiting!.history).toMatchObject([{ status: 500, error: "HTTP 500" }]);
    clock.advance(300);
    await settled(emulator);
    expect(emulator.callbacks.list(asyncId)).toMatchObject([{ state: "delivered", nextAttemptAt: undefined, attempts: 2 }]);
  });
});
