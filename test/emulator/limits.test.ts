// Issue 10, items 7, 9 and 10 as users see them: the storage limit per API key (a run
// over it gets 429 with Retry-After, a response that does not fit is kept as an
// envelope), the built-in invite handler forgetting what expired batches did, numbers
// that are not finite, and the cap on connections at once.
import { connect } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { SpecificCode } from "../../src/contract/specific-codes.js";
import type { Job } from "../../src/contract/types.js";
import { DEFAULT_MAX_STORED_BYTES_PER_KEY, DEFAULT_RETENTION_MS } from "../../src/emulator/index.js";
import { DEMO_CREDENTIALS } from "../../src/emulator/options/demo-credentials.js";
import { createManualClock } from "../../src/util/clock.js";
import { clientFor, closeAll, echoHandlers, emulatorWith, eventually, expectConforms, expectEnvelope, send, settled, within } from "./harness.js";

afterEach(closeAll);

const invite = (event: number, contacts: number[]): Job => ({ namespace: "event", action: "inviteContacts", params: { event, contacts } });

describe("stored batches per API key (maxStoredBytesPerKey)", () => {
  it("defaults to 16 MiB", () => {
    expect(DEFAULT_MAX_STORED_BYTES_PER_KEY).toBe(16 * 1024 * 1024);
  });

  it("a run while the key's batches hold the limit gets 429 with Retry-After until the oldest expires; other keys are not affected", async () => {
    const clock = createManualClock(Date.UTC(2026, 0, 1));
    const other = { apiKey: "other", apiSecret: "other-secret" };
    const emulator = emulatorWith({ clock, handlers: echoHandlers, maxStoredBytesPerKey: 2_000, credentials: [DEMO_CREDENTIALS, other] });
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
    expect(refused.body.additionalMessages[0]).toMatch(/at most 2000 per key \(maxStoredBytesPerKey\)/);
    // The first batch expires two days after it was created, one minute ago.
    expect(Number(refused.headers.get("retry-after"))).toBe(DEFAULT_RETENTION_MS / 1000 - 60);
    expect(emulator.batches.list()).toHaveLength(2);
    expect((await send(emulator, "run", { body, credentials: other })).status).toBe(200);

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
    const emulator = emulatorWith({ maxStoredBytesPerKey: 20_000, handlers: { "demo.big": (params) => ({ text: "y".repeat(Number(params.size)) }) } });
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
    const emulator = emulatorWith({ maxStoredBytesPerKey: 8_000, handlers: { "demo.big": () => ({ text: "z".repeat(3_000) }) } });
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
  it("closes connections past the cap as they arrive, and serves again once one ends", async () => {
    const emulator = emulatorWith();
    const { port } = await emulator.listen({ maxConnections: 3 });
    /** A raw keep-alive connection that asks for one ping and resolves once it is answered: the emulator has taken it. */
    const served = () =>
      new Promise<ReturnType<typeof connect>>((resolve, reject) => {
        const socket = connect({ port, host: "127.0.0.1" }, () =>
          socket.write("POST /api/1.0/test?action=ping HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n"),
        );
        socket.once("data", () => resolve(socket));
        socket.once("error", reject);
      });
    const open = await within("three connections to be served", Promise.all([served(), served(), served()]));
    const refused = await within(
      "a fourth connection to be closed or answered",
      new Promise<boolean>((resolve) => {
        const socket = connect({ port, host: "127.0.0.1" });
        socket.on("error", () => resolve(true));
        socket.on("close", () => resolve(true));
        socket.on("data", () => resolve(false));
        socket.on("connect", () => socket.write("POST /api/1.0/test?action=ping HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n"));
      }),
    );
    expect(refused).toBe(true);
    for (const socket of open) socket.destroy();
    // Once the emulator has seen one of them end, it serves again.
    const ping = () =>
      fetch(`http://127.0.0.1:${port}/api/1.0/test?action=ping`, { method: "POST", body: "{}", headers: { "content-type": "application/json" } }).then(
        (answer) => answer,
        () => undefined,
      );
    let response: Response | undefined;
    await eventually("a connection to be served again", async () => (response = await ping()) !== undefined);
    expect(response?.status).toBe(401);
    await response?.arrayBuffer();
  });
});
