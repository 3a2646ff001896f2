// Inputs that used to pin the emulator's memory (docs/emulator.md, Limits). Each scenario runs
// the emulator in a process of its own (memory/emulator-process.ts), attacks it over a
// real socket, prints the memory it holds (heap + off-heap, after a full GC), and
// asserts the bound.
import { connect, createServer, type Server, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { operationPaths } from "../../src/contract/types.js";
import { DEMO_CREDENTIALS } from "../../src/emulator/options/demo-credentials.js";
import { signRequest } from "../../src/signing/sign-request.js";
import { type EmulatorProcess, held, MiB, mib, startEmulatorProcess } from "./memory/memory-harness.js";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function emulatorProcess(options: Record<string, unknown> = {}): Promise<EmulatorProcess> {
  const emulator = await startEmulatorProcess(options);
  cleanups.push(() => emulator.stop());
  return emulator;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const report = (line: string) => process.stdout.write(`[memory] ${line}\n`);

async function post(url: string, operation: keyof typeof operationPaths, body: unknown): Promise<{ status: number; json: unknown }> {
  const text = JSON.stringify(body);
  const headers = signRequest({ ...DEMO_CREDENTIALS, requestString: operationPaths[operation], body: text, now: Date.now() });
  const response = await fetch(url + operationPaths[operation], { method: "POST", headers: { ...headers }, body: text });
  return { status: response.status, json: await response.json() };
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/**
 * `count` connections that each send a run's headers and `bodyBytes` of a chunked body,
 * then a byte every 200 ms, never ending it. One shared chunk is written again and again,
 * so the attacker itself holds almost nothing.
 */
function slowBodies(url: string, count: number, bodyBytes: number, headers: Record<string, string>) {
  const { hostname, port } = new URL(url);
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  const framed = Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from("\r\n")]);
  const trickle = Buffer.from("1\r\n \r\n");
  const sockets: Socket[] = [];
  const answers: string[] = [];
  const statusLines: string[] = [];
  let closed = 0;
  const head =
    `POST ${operationPaths.run} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nTransfer-Encoding: chunked\r\n` +
    Object.entries(headers)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join("") +
    "\r\n";
  for (let i = 0; i < count; i++) {
    const socket = connect({ host: hostname, port: Number(port) });
    sockets.push(socket);
    let sent = 0;
    let answer = "";
    socket.on("data", (data: Buffer) => {
      if (answer.length === 0) statusLines.push(data.toString("latin1").split("\r\n")[0] ?? "");
      if (answer.length < 200) answer += data.toString("latin1");
    });
    socket.on("error", () => undefined);
    socket.on("close", () => {
      closed++;
      answers.push(answer.split("\r\n")[0] ?? "");
    });
    const pump = () => {
      while (sent < bodyBytes && !socket.destroyed) {
        sent += chunk.length;
        if (!socket.write(framed)) return socket.once("drain", pump);
      }
    };
    socket.once("connect", () => {
      socket.write(head);
      pump();
    });
  }
  const timer = setInterval(() => {
    for (const s of sockets) if (!s.destroyed) s.write(trickle);
  }, 200);
  return {
    get closed() {
      return closed;
    },
    answers,
    /** The status line of every answer so far, as it arrived (the socket may still be open). */
    statusLines,
    stop() {
      clearInterval(timer);
      for (const s of sockets) s.destroy();
    },
  };
}

describe("bodies that never end", () => {
  it("100 unsigned never-ending chunked bodies pin nothing: refused on their headers", async () => {
    const emulator = await emulatorProcess();
    const before = await emulator.memory();
    const attack = slowBodies(emulator.url, 100, 875 * 1024, { "Content-Type": "application/json" });
    cleanups.push(() => attack.stop());
    // Each is answered on its headers, and its socket let go once the rest has drained a while.
    await until("the emulator to refuse and close all 100 connections", async () => attack.closed === 100);
    const during = await emulator.memory();
    const pinned = held(during) - held(before);
    report(
      `100 unsigned never-ending chunked bodies (875 KiB each, then a byte per 200 ms): ${mib(pinned)} pinned once all were refused; ${attack.closed} of 100 connections closed by the emulator`,
    );
    expect(pinned).toBeLessThan(10 * MiB);
    expect(attack.closed).toBe(100);
    expect(new Set(attack.answers)).toEqual(new Set(["HTTP/1.1 401 Unauthorized"]));
  });

  it("100 signed never-ending bodies: bounded by the in-flight byte budget (429 past it), freed by the read timeout", async () => {
    // The read timeout runs on the emulator's (manual) clock: the test moves it.
    // The budget set, not the default (a share of the heap limit), so the bound below is this machine's.
    const emulator = await emulatorProcess({ bodyTimeoutMs: 1_500, maxBufferedBytes: 32 * MiB, manualClock: true });
    const before = await emulator.memory();
    // Valid signed headers for some body: the signature is checked before any byte is read.
    const headers = signRequest({ ...DEMO_CREDENTIALS, requestString: operationPaths.run, body: '{"jobs":[]}', now: Date.now() });
    const attack = slowBodies(emulator.url, 100, 875 * 1024, { ...headers });
    cleanups.push(() => attack.stop());
    // The budget is full once the emulator turns uploads away.
    await until("the in-flight byte budget to turn an upload away (429)", async () => attack.statusLines.some((line) => line.includes(" 429 ")));
    const during = await emulator.memory();
    await until(
      "the read timeout to end every slow body",
      async () => {
        await emulator.advance(2_000);
        return attack.closed === 100;
      },
      20_000,
    );
    const after = await emulator.memory();
    const statuses = attack.answers.map((line) => line.split(" ")[1]);
    const count = (status: string) => statuses.filter((s) => s === status).length;
    report(
      `100 signed never-ending bodies: ${mib(held(during) - held(before))} pinned while sending (budget 32 MiB), ${mib(held(after) - held(before))} after the read timeout; ` +
        `answers: ${count("429")} x 429, ${count("400")} x 400 (read timeout)`,
    );
    expect(held(during) - held(before)).toBeLessThan(40 * MiB);
    expect(held(after) - held(before)).toBeLessThan(8 * MiB);
    expect(count("429")).toBeGreaterThan(0);
    expect(count("429") + count("400")).toBe(100);
  });
});

describe("reposts to a listener that never answers", () => {
  it("60 reposts of a 200-job batch hold one delivery and one connection", async () => {
    const connections = new Set<Socket>();
    let opened = 0;
    const listener: Server = createServer((socket) => {
      opened++;
      connections.add(socket);
      socket.on("close", () => connections.delete(socket));
      socket.on("error", () => undefined);
      socket.resume();
    });
    await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
    cleanups.push(
      () =>
        new Promise<void>((resolve) => {
          for (const s of connections) s.destroy();
          listener.close(() => resolve());
        }),
    );
    const { port } = listener.address() as { port: number };
    const emulator = await emulatorProcess({ callbacks: { attempts: 1, timeoutMs: 60_000 } });
    // 200 jobs of 25 contacts each: a callback payload of about 0.8 MiB.
    const jobs = Array.from({ length: 200 }, (_, i) => ({
      namespace: "event",
      action: "inviteContacts",
      params: { event: i + 1, contacts: Array.from({ length: 25 }, (_, c) => 100_000 + c) },
    }));
    const run = await post(emulator.url, "run", { jobs, callbackUrl: `http://127.0.0.1:${port}/callback` });
    expect(run.status).toBe(200);
    const { asyncId } = run.json as { asyncId: string };
    await until("the first delivery to connect", async () => opened >= 1);
    const before = await emulator.memory();
    const reposts = await Promise.all(Array.from({ length: 60 }, () => post(emulator.url, "repost", { async: asyncId })));
    expect(reposts.map((r) => r.status)).toEqual(Array(60).fill(200));
    // Folded into the pending delivery as each was answered: nothing more is started later.
    const after = await emulator.memory();
    const pending = (await emulator.callbacks()).filter((d) => d.state === "pending").length;
    report(
      `60 reposts of a 200-job batch to a listener that never answers: ${pending} deliveries pending, ${connections.size} connections held, ${mib(held(after) - held(before))} more memory`,
    );
    expect(pending).toBe(1);
    expect(connections.size).toBe(1);
    expect(held(after) - held(before)).toBeLessThan(4 * MiB);
  });
});

describe("one job with a huge answer", () => {
  it("an inviteContacts job with 120,000 contacts keeps a bounded heap, and nothing once its batch expired", async () => {
    // A storage budget of 16 MiB, so the job's response does not fit and the heap bound is this budget's.
    const emulator = await emulatorProcess({ maxStoredBytes: 16 * MiB, manualClock: true });
    // A one-contact job first: the catalog's validators and responses (the emulator's fixed
    // cost, loaded once, in the background) are then in "before", and only the big job is measured.
    const warmUp = await post(emulator.url, "run", { jobs: [{ namespace: "event", action: "inviteContacts", params: { event: 1, contacts: [1] } }] });
    expect(warmUp.status).toBe(200);
    await emulator.idle();
    const before = await emulator.memory();
    const contacts = Array.from({ length: 120_000 }, (_, i) => i + 1);
    const run = await post(emulator.url, "run", { jobs: [{ namespace: "event", action: "inviteContacts", params: { event: 1, contacts } }] });
    expect(run.status).toBe(200);
    await emulator.idle();
    const batch = (await emulator.batches()).find((b) => b.asyncId === (run.json as { asyncId: string }).asyncId);
    const kept = held(await emulator.memory()) - held(before);
    await emulator.advance(2 * 24 * 60 * 60 * 1000 + 1);
    expect(await emulator.batches()).toEqual([]);
    const afterExpiry = held(await emulator.memory()) - held(before);
    report(
      `one inviteContacts job with 120,000 contacts: ${mib(kept)} kept while stored (job ${batch?.failed ? "refused: over the stored-results limit" : "stored whole"}), ${mib(afterExpiry)} after the batch expired`,
    );
    expect(kept).toBeLessThan(12 * MiB);
    expect(afterExpiry).toBeLessThan(1.5 * MiB);
  });
});
