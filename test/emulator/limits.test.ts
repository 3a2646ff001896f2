// The limits as users see them: the emulator's storage budget (a run over it gets 429
// with Retry-After and nothing is stored, a response that does not fit is kept as an
// envelope), the built-in invite handler forgetting what expired batches did, and numbers
// that are not finite.
import { connect } from "node:net";
import { getHeapStatistics } from "node:v8";
import { afterEach, describe, expect, it } from "vitest";
import { SpecificCode } from "../../src/contract/specific-codes.js";
import type { Job } from "../../src/contract/types.js";
import { DEFAULT_RETENTION_MS, DEFAULT_STORED_HEAP_SHARE, defaultMaxBufferedBytes, defaultMaxStoredBytes } from "../../src/emulator/index.js";
import { DEMO_CREDENTIALS } from "../../src/emulator/options/demo-credentials.js";
import { createManualClock } from "../../src/util/clock.js";
import { clientFor, closeAll, echoHandlers, emulatorWith, eventually, expectConforms, expectEnvelope, send, settled, within } from "./harness.js";

afterEach(closeAll);

const invite = (event: number, contacts: number[]): Job => ({ namespace: "event", action: "inviteContacts", params: { event, contacts } });

describe("stored batches (maxStoredBytes, every key together)", () => {
  it("defaults to 1/4 of V8's heap limit, and the body buffer to 1/32", () => {
    const limit = getHeapStatistics().heap_size_limit;
    expect(DEFAULT_STORED_HEAP_SHARE).toBe(1 / 4);
    expect(defaultMaxStoredBytes()).toBe(Math.floor(limit / 4));
    expect(defaultMaxBufferedBytes()).toBe(Math.max(1024 * 1024, Math.floor(limit / 32)));
    expect(emulatorWith().port.settings).toMatchObject({ maxStoredBytes: Math.floor(limit / 4) });
  });

  it("a run that would pass the budget gets 429 with Retry-After until the oldest batch expires, whichever key sends it, and nothing is stored", async () => {
    const clock = createManualClock(Date.UTC(2026, 0, 1));
    const other = { apiKey: "other", apiSecret: "other-secret" };
    const emulator = emulatorWith({ clock, handlers: echoHandlers, maxStoredBytes: 2_500, credentials: [DEMO_CREDENTIALS, other] });
    const body = JSON.stringify({ jobs: [{ namespace: "demo", action: "echo", params: { pad: "x".repeat(800) } }] });
    const first = await send(emulator, "run", { body });
    expect(first.status).toBe(200);
    await settled(emulator);
    clock.advance(60_000);
    const second = await send(emulator, "run", { body });
    expect(second.status).toBe(200);
    await settled(emulator);
    const refused = await send(emulator, "run", { body });
    expectEnvelope(refused, 429, SpecificCode.Unspecified);
    expectConforms("run", refused);
    expect(refused.body.additionalMessages[0]).toMatch(/at most 2500 \(maxStoredBytes, a share of its heap\)/);
    // The first batch expires two days after it was created, one minute ago.
    expect(Number(refused.headers.get("retry-after"))).toBe(DEFAULT_RETENTION_MS / 1000 - 60);
    expect(emulator.batches.list()).toHaveLength(2);
    // The budget is the process's: another key is turned away the same way, and nothing is stored.
    const otherRefused = await send(emulator, "run", { body, credentials: other });
    expectEnvelope(otherRefused, 429, SpecificCode.Unspecified);
    expect(Number(otherRefused.headers.get("retry-after"))).toBe(DEFAULT_RETENTION_MS / 1000 - 60);
    expect(emulator.batches.list()).toHaveLength(2);

    clock.advance(DEFAULT_RETENTION_MS - 60_000);
    expect((await send(emulator, "run", { body })).status).toBe(200); // the first one's share is free again
    // The client reads it as iVvy turning the run away: nothing stored, safe to send again later.
    const client = clientFor(emulator);
    await settled(emulator);
    await expect(client.run([{ namespace: "demo", action: "echo", params: { pad: "x".repeat(800) } }])).rejects.toMatchObject({
      name: "IvvyApiError",
      status: 429,
    });
  });

  it("a job response that does not fit is kept as a 500 envelope saying why, and the batch completes", async () => {
    const emulator = emulatorWith({ maxStoredBytes: 20_000, handlers: { "demo.big": (params) => ({ text: "y".repeat(Number(params.size)) }) } });
    const client = clientFor(emulator);
    const { asyncId } = await client.run([
      { namespace: "demo", action: "big", params: { size: 1_000 } },
      { namespace: "demo", action: "big", params: { size: 50_000 } },
      { namespace: "demo", action: "big", params: { size: 1_000 } },
    ]);
    await settled(emulator);
    const { results } = await client.results(asyncId);
    expect(results[0]!.response).toEqual({ text: "y".repeat(1_000) });
    expect(results[1]!.response).toMatchObject({
      errorCode: 500,
      specificCode: 0,
      additionalMessages: [expect.stringMatching(/50011 bytes of JSON\) was not kept: .* at most 20000 bytes/)],
    });
    expect(results[2]!.response).toEqual({ text: "y".repeat(1_000) });
    expect(emulator.batches.get(asyncId)).toMatchObject({ status: "complete", failed: 1 });
  });

  it("a restart gives back the bytes of the results it discards", async () => {
    const emulator = emulatorWith({ maxStoredBytes: 8_000, handlers: { "demo.big": () => ({ text: "z".repeat(3_000) }) } });
    const client = clientFor(emulator);
    const { asyncId } = await client.run([
      { namespace: "demo", action: "big", params: {} },
      { namespace: "demo", action: "big", params: {} },
    ]);
    await settled(emulator);
    for (let i = 0; i < 3; i++) {
      expect(await client.restart(asyncId)).toEqual({ restarted: true });
      await settled(emulator);
      expect((await client.results(asyncId)).results.map((r) => "text" in r.response)).toEqual([true, true]);
    }
  });
});

describe("the built-in inviteContacts handler's memory", () => {
  it("forgets a batch's invitations when the batch expires", async () => {
    const clock = createManualClock(Date.UTC(2026, 0, 1));
    const emulator = emulatorWith({ clock });
    const client = clientFor(emulator);
    const statuses = async (jobs: Job[]) => {
      const { asyncId } = await client.run(jobs);
      await settled(emulator);
      return (await client.results(asyncId)).results.map((r) => (r.response as { results: { status: boolean }[] }).results.map((x) => x.status));
    };
    expect(await statuses([invite(1, [1, 2])])).toEqual([[true, true]]);
    clock.advance(DEFAULT_RETENTION_MS / 2);
    expect(await statuses([invite(1, [2, 3])])).toEqual([[false, true]]);
    clock.advance(DEFAULT_RETENTION_MS / 2);
    emulator.batches.list(); // expires the first batch
    // 1 and 2 were invited by the expired batch; 3 by the one still kept.
    expect(await statuses([invite(1, [1, 2, 3])])).toEqual([[true, true, false]]);
  });
});

describe("numbers JSON can write but JavaScript cannot hold", () => {
  it("refuses 1e400 anywhere in a body as an invalid parameter (23016), naming where", async () => {
    const emulator = emulatorWith({ handlers: echoHandlers });
    const cases: [string, string, RegExp][] = [
      ["run", '{"jobs":[{"namespace":"demo","action":"echo","params":{"n":1e400}}]}', /^'jobs\[0\]\.params\.n' does not validate$/],
      ["run", '{"jobs":[{"namespace":"demo","action":"echo","params":{"list":[1,-1e999]}}]}', /^'jobs\[0\]\.params\.list\[1\]' does not validate$/],
      ["progress", '{"async":1e400}', /^'async' does not validate$/],
    ];
    for (const [operation, body, message] of cases) {
      const answer = await send(emulator, operation as "run", { body });
      expectEnvelope(answer, 400, SpecificCode.InvalidParameter);
      expect(answer.body.message).toMatch(message);
      expect(answer.body.additionalMessages).toEqual([expect.stringMatching(/finite number/)]);
      expectConforms(operation as "run", answer);
    }
    expect(emulator.batches.list()).toEqual([]);
    expect((await send(emulator, "run", { body: '{"jobs":[{"namespace":"demo","action":"echo","params":{"n":1e300}}]}' })).status).toBe(200);
  });
});

describe("connections at once (listen's maxConnections)", () => {
  it("has no cap by default; past a cap that is set, a request is answered 429 with Retry-After and the envelope, never reset", async () => {
    const emulator = emulatorWith();
    const { port } = await emulator.listen({ maxConnections: 3 });
    const ping = "POST /api/1.0/test?action=ping HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n";
    /** A raw keep-alive connection that asks for one ping; resolves with the socket and the first bytes of its answer. */
    const served = () =>
      new Promise<{ socket: ReturnType<typeof connect>; head: string }>((resolve, reject) => {
        const socket = connect({ port, host: "127.0.0.1" }, () => socket.write(ping));
        socket.once("data", (data) => resolve({ socket, head: data.toString("latin1") }));
        socket.once("error", reject);
      });
    const open = await within("three connections to be served", Promise.all([served(), served(), served()]));
    for (const { head } of open) expect(head).toMatch(/^HTTP\/1\.1 401 /);
    const fourth = await within(
      "a fourth connection to be answered and then closed",
      new Promise<string>((resolve, reject) => {
        let text = "";
        const socket = connect({ port, host: "127.0.0.1" }, () => socket.write(ping));
        socket.on("data", (data) => (text += data.toString("latin1")));
        socket.on("error", reject);
        socket.on("close", () => resolve(text));
      }),
    );
    expect(fourth).toMatch(/^HTTP\/1\.1 429 /);
    expect(fourth).toMatch(/\r\nretry-after: 1\r\n/i);
    expect(fourth).toMatch(/\r\nconnection: close\r\n/i);
    expect(JSON.parse(fourth.slice(fourth.indexOf("\r\n\r\n") + 4))).toMatchObject({ errorCode: 429, specificCode: SpecificCode.Unspecified });
    for (const { socket } of open) socket.destroy();
    // Once the emulator has seen one of them end, it serves again.
    await eventually("a connection to be served again", async () => {
      const { socket, head } = await served();
      socket.destroy();
      return head.startsWith("HTTP/1.1 401");
    });
  });
});
