// Many connections at once and slow-header ("slowloris") sockets, against the emulator's
// socket edge and the receiver on a node:http server: every request is answered (no
// reset), and a client's requests are served while slow sockets are held. On loopback,
// with bounded counts; each check is first seen to fail against a server that resets or
// refuses.
import { createServer, type Server } from "node:http";
import { type AddressInfo, connect, type Socket } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createBatchClient } from "../../src/client/create-batch-client.js";
import { checkComponent } from "../../src/contract/validators.js";
import { createEmulator, type Emulator } from "../../src/emulator/create-emulator.js";
import type { ListenOptions } from "../../src/emulator/http/listen.js";
import { DEMO_CREDENTIALS } from "../../src/emulator/options/demo-credentials.js";
import { createCallbackReceiver } from "../../src/receiver/create-callback-receiver.js";
import { toNodeListener } from "../../src/receiver/node-listener.js";
import { buildCallbackRequest } from "../../src/receiver/testing.js";
import { within } from "../emulator/harness.js";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const CONCURRENT = 1_200;
const SLOW_SOCKETS = 300;
const PINGS = 25;

async function emulatorOnSocket(listen: ListenOptions = {}): Promise<{ emulator: Emulator; port: number; url: string }> {
  const emulator = createEmulator();
  cleanups.push(() => emulator.close());
  const { port, url } = await emulator.listen(listen);
  return { emulator, port, url };
}

async function serve(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );
  return (server.address() as AddressInfo).port;
}

async function receiverOnSocket(
  options: Omit<Parameters<typeof createCallbackReceiver>[0], "publicUrl"> = {},
): Promise<{ port: number; receiver: ReturnType<typeof createCallbackReceiver> }> {
  let listener: ReturnType<typeof toNodeListener> | undefined;
  const port = await serve(createServer((req, res) => listener?.(req, res)));
  const receiver = createCallbackReceiver({ publicUrl: `http://127.0.0.1:${port}/ivvy/callback`, ...options });
  listener = toNodeListener(receiver);
  return { port, receiver };
}

type Outcome = "answered" | "reset";

/** Opens `count` connections at once, each sending `request`: how many got an HTTP answer, how many were reset or closed unanswered. */
async function concurrentRequests(port: number, count: number, request: string): Promise<Record<Outcome, number>> {
  const one = () =>
    new Promise<Outcome>((resolve) => {
      const socket = connect({ port, host: "127.0.0.1" }, () => socket.write(request));
      let head = "";
      socket.on("data", (data) => {
        head += data.toString("latin1");
        if (/^HTTP\/1\.1 \d{3} /.test(head)) {
          socket.destroy();
          resolve("answered");
        }
      });
      socket.on("error", () => resolve("reset"));
      socket.on("close", () => resolve("reset"));
    });
  const outcomes = await within(`${count} connections to end`, Promise.all(Array.from({ length: count }, one)), 60_000);
  return { answered: outcomes.filter((o) => o === "answered").length, reset: outcomes.filter((o) => o === "reset").length };
}

/** `count` sockets that send the start of a request's headers and never finish them; resolves once all are connected. */
async function slowHeaderSockets(port: number, count: number): Promise<Socket[]> {
  const sockets = await within(
    `${count} slow-header sockets to connect`,
    Promise.all(
      Array.from(
        { length: count },
        () =>
          new Promise<Socket>((resolve, reject) => {
            const socket = connect({ port, host: "127.0.0.1" }, () => {
              socket.write("POST /api/1.0/test?action=ping HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
              resolve(socket);
            });
            socket.on("error", reject);
          }),
      ),
    ),
    30_000,
  );
  cleanups.push(() => {
    for (const socket of sockets) socket.destroy();
  });
  for (const socket of sockets) socket.on("error", () => undefined);
  return sockets;
}

const PING = "POST /api/1.0/test?action=ping HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}";
const CALLBACK = "POST /ivvy/callback HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}";

describe(`${CONCURRENT} connections at once: every one answered, none reset`, () => {
  it("the check can fail: a node:http server with maxConnections resets the rest", async () => {
    // Answers are held until the server has dropped a connection, so the cap is reached
    // whatever the timing; then all are let go.
    const held: (() => void)[] = [];
    let dropped = false;
    const server = createServer((_req, res) => (dropped ? res.end("ok") : held.push(() => res.end("ok"))));
    server.maxConnections = 256;
    server.on("drop", () => {
      dropped = true;
      for (const answer of held.splice(0)) answer();
    });
    const port = await serve(server);
    const { answered, reset } = await concurrentRequests(port, CONCURRENT, PING);
    expect(reset).toBeGreaterThan(0);
    expect(answered).toBeLessThan(CONCURRENT);
  });

  it("the emulator with its defaults", async () => {
    const { port } = await emulatorOnSocket();
    expect(await concurrentRequests(port, CONCURRENT, PING)).toEqual({ answered: CONCURRENT, reset: 0 });
  });

  it("the receiver on a node:http server", async () => {
    const { port } = await receiverOnSocket();
    expect(await concurrentRequests(port, CONCURRENT, CALLBACK)).toEqual({ answered: CONCURRENT, reset: 0 });
  });
});

describe(`${SLOW_SOCKETS} slow-header sockets held: a client's requests are all served`, () => {
  const signedPings = async (url: string) => {
    const client = createBatchClient({ ...DEMO_CREDENTIALS, baseUrl: url });
    const outcomes = await within(
      `${PINGS} signed pings`,
      Promise.all(
        Array.from({ length: PINGS }, () =>
          client.ping().then(
            () => "served",
            (error: unknown) => String(error),
          ),
        ),
      ),
      30_000,
    );
    return outcomes;
  };

  it("the check can fail: with a cap on connections the slow sockets fill it and the pings are turned away", async () => {
    const { port, url } = await emulatorOnSocket({ maxConnections: SLOW_SOCKETS });
    await slowHeaderSockets(port, SLOW_SOCKETS);
    const outcomes = await signedPings(url);
    expect(outcomes.filter((o) => o === "served").length).toBeLessThan(PINGS);
    expect(outcomes.find((o) => o !== "served")).toMatch(/429/);
  });

  it("the emulator with its defaults serves every signed ping", async () => {
    const { port, url } = await emulatorOnSocket();
    await slowHeaderSockets(port, SLOW_SOCKETS);
    expect(await signedPings(url)).toEqual(Array(PINGS).fill("served"));
  });

  it("the emulator's headers timeout closes slow-header sockets (Node's timer, not the emulator's clock)", async () => {
    const { port } = await emulatorOnSocket({ headersTimeoutMs: 200, connectionsCheckingIntervalMs: 50 });
    const [socket] = await slowHeaderSockets(port, 1);
    const answer = await within(
      "the slow socket to be answered and closed",
      new Promise<string>((resolve) => {
        let text = "";
        socket!.on("data", (data) => (text += data.toString("latin1")));
        socket!.on("close", () => resolve(text));
      }),
    );
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
  });

  it("the receiver serves every callback", async () => {
    const { port, receiver } = await receiverOnSocket();
    await slowHeaderSockets(port, SLOW_SOCKETS);
    const statuses = await within(
      `${PINGS} callbacks`,
      Promise.all(
        Array.from({ length: PINGS }, async (_, i) => {
          const request = await buildCallbackRequest({ receiver, asyncId: i.toString(16).padStart(32, "0"), results: [] });
          const response = await fetch(request);
          await response.arrayBuffer();
          return response.status;
        }),
      ),
      30_000,
    );
    expect(statuses.every((status) => status >= 200 && status < 300)).toBe(true);
    expect(statuses).toHaveLength(PINGS);
  });
});

describe("a run at the storage budget, over a socket", () => {
  it("is answered 429 with Retry-After and the envelope, and nothing is stored", async () => {
    const emulator = createEmulator({ maxStoredBytes: 8_000 });
    cleanups.push(() => emulator.close());
    const { url } = await emulator.listen();
    const client = createBatchClient({ ...DEMO_CREDENTIALS, baseUrl: url });
    const jobs = (n: number) => Array.from({ length: n }, (_, i) => ({ namespace: "test", action: "ping", params: { i } }));
    const { asyncId } = await client.run(jobs(20));
    await within("the first batch to complete", emulator.idle());
    const before = emulator.batches.list().map((batch) => batch.asyncId);
    expect(before).toEqual([asyncId]);
    const refused = await client.run(jobs(100)).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toMatchObject({ name: "IvvyApiError", status: 429, envelope: { errorCode: 429 } });
    expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
    expect(emulator.batches.list().map((batch) => batch.asyncId)).toEqual(before);
  });
});

describe("a callback past the receiver's buffer budget, over a socket", () => {
  // The contract's answer for too many requests, as the emulator gives at its budgets:
  // 429, Retry-After and iVvy's error envelope, never a reset and never a 5xx.
  it("is answered 429 with Retry-After and the envelope, and is accepted once the budget frees", async () => {
    const MiB = 1024 * 1024;
    const { port, receiver } = await receiverOnSocket({ maxBodyBytes: MiB, maxBufferedBytes: MiB });
    // A body that declares the whole budget and stalls after its first bytes holds all of it.
    const holding = await buildCallbackRequest({ receiver, asyncId: "f".repeat(32), results: [] });
    const stalled = await within(
      "the stalled body's socket",
      new Promise<Socket>((resolve, reject) => {
        const socket = connect({ port, host: "127.0.0.1" }, () => {
          socket.write(`POST ${new URL(holding.url).pathname}${new URL(holding.url).search} HTTP/1.1\r\nHost: 127.0.0.1\r\n`);
          socket.write(`Content-Type: application/json\r\nContent-Length: ${MiB}\r\n\r\n{"asyncId":`);
          resolve(socket);
        });
        socket.on("error", reject);
      }),
    );
    stalled.on("error", () => undefined);
    cleanups.push(() => void stalled.destroy());

    const callback = () => buildCallbackRequest({ receiver, asyncId: "e".repeat(32), results: [] });
    const refused = await within(
      "the answer past the budget",
      vi.waitFor(
        async () => {
          const response = await fetch(await callback());
          expect(response.status, "the stalled body holds the budget").not.toBe(200);
          return response;
        },
        { timeout: 5_000 },
      ),
    );
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    const envelope = (await refused.json()) as Record<string, unknown>;
    expect(checkComponent("ErrorEnvelope", envelope).valid).toBe(true);
    expect(envelope).toMatchObject({ errorCode: 429, message: expect.stringContaining("maxBufferedBytes 1048576") });

    stalled.destroy();
    await within(
      "the callback once the stalled body is gone",
      vi.waitFor(
        async () => {
          const response = await fetch(await callback());
          expect(response.status).toBe(200);
        },
        { timeout: 5_000 },
      ),
    );
  });
});
