// The dashboard's "send a callback" form, server side, over the emulator's socket: the
// callbacks/trigger and callbacks/check endpoints send to real receivers on sockets (the
// code of trigger callback and check-receiver, wired in as the callbackTools hook), only
// to the URL given, and refuse what they cannot send before sending anything.
import { afterEach, describe, expect, it } from "vitest";
import { serializeCallback } from "../../src/contract/callback-request.js";
import { SpecificCode } from "../../src/contract/specific-codes.js";
import { checkComponent } from "../../src/contract/validators.js";
import { callbackTools } from "../../src/receiver-check/callback-tools.js";
import { createManualClock, type ManualClock } from "../../src/util/clock.js";
import { clientFor, closeAll, emulatorWith, settled } from "../emulator/harness.js";
import { type CaptureServer, startCaptureServer } from "../helpers/capture-server.js";
import { type Running, startPlainReceiver } from "../receiver-check/receivers.js";

const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await closeAll();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function keep<T extends { close(): Promise<void> }>(p: Promise<T>): Promise<T> {
  const s = await p;
  servers.push(s);
  return s;
}

/** An emulator on a socket whose dashboard has the callback tools, on a manual clock of their own. */
async function dashboardWithTools(tools = true) {
  const clock = createManualClock(0);
  const emulator = emulatorWith({ jobDelayMs: 0, dashboard: tools ? { callbackTools: callbackTools({ clock }) } : true });
  const { url } = await emulator.listen();
  return { emulator, clock, url };
}

/**
 * POSTs to the dashboard's API over the socket. The tools' clock moves only for the slow
 * body's pauses (two waits pending: the bound and a pause), never for a bound, so a
 * receiver is never timed out early (as test/receiver-check does).
 */
async function postApi(base: string, path: string, body: unknown, clock: ManualClock) {
  let done = false;
  const answer = fetch(`${base}/_emulator/api/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  }).finally(() => (done = true));
  for (let turns = 0; !done; turns++) {
    if (turns > 5_000_000) throw new Error(`POST ${path} did not answer within 5,000,000 event-loop turns`);
    await new Promise((resolve) => setImmediate(resolve));
    if (clock.pending >= 2) clock.runNext();
  }
  const response = await answer;
  // biome-ignore lint/suspicious/noExplicitAny: the tests check the body field by field
  return { status: response.status, body: (await response.json()) as any };
}

describe("the dashboard's callbacks/trigger", () => {
  it("sends made-up results to the URL given and answers its status, time and body; failures carry documented codes", async () => {
    const { clock, url } = await dashboardWithTools();
    const capture: CaptureServer = await keep(startCaptureServer());
    const { status, body } = await postApi(url, "callbacks/trigger", { to: `${capture.url}/cb?token=secret-token`, results: 4, failures: 2 }, clock);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({ ok: true, results: 4, url: `${capture.url}/cb?token=********`, asyncId: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(body.deliveries).toEqual([{ kind: "answered", status: 200, ms: expect.any(Number), contentType: null, body: "" }]);
    expect(capture.requests).toHaveLength(1);
    const sent = capture.requests[0]!;
    expect(sent.url).toBe("/cb?token=secret-token");
    const callback = JSON.parse(sent.body);
    expect(checkComponent("BatchCallback", callback).valid).toBe(true);
    const codes = callback.results.flatMap((r: { response: { specificCode?: number } }) =>
      r.response.specificCode === undefined ? [] : [r.response.specificCode],
    );
    expect(codes).toEqual([SpecificCode.MissingParameter, SpecificCode.InvalidParameter]);
  });

  it("sends a batch's own results, byte for byte what the emulator's callback carries", async () => {
    const { emulator, clock, url } = await dashboardWithTools();
    const capture = await keep(startCaptureServer());
    const { asyncId } = await clientFor(emulator).run([{ namespace: "event", action: "inviteContacts", params: { event: 1, contacts: [2, 3] } }]);
    await settled(emulator);
    const { status, body } = await postApi(url, "callbacks/trigger", { to: `${capture.url}/mine`, batch: asyncId, repeat: 2 }, clock);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({ ok: true, asyncId, results: 1 });
    expect(capture.requests.map((r) => r.body)).toEqual([
      serializeCallback({ asyncId, results: emulator.batches.get(asyncId)!.results }),
      serializeCallback({ asyncId, results: emulator.batches.get(asyncId)!.results }),
    ]);
  });

  it("refuses a URL that is not http(s), a field it does not know, and a batch it has not, sending nothing", async () => {
    const { clock, url } = await dashboardWithTools();
    const capture = await keep(startCaptureServer());
    const ftp = await postApi(url, "callbacks/trigger", { to: "ftp://127.0.0.1/cb" }, clock);
    expect(ftp).toMatchObject({ status: 400, body: { error: expect.stringMatching(/Only http\(s\) URLs get a callback, not ftp:/) } });
    const file = await postApi(url, "callbacks/check", { url: "file:///etc/passwd" }, clock);
    expect(file).toMatchObject({ status: 400, body: { error: expect.stringMatching(/Only http\(s\) URLs/) } });
    const typo = await postApi(url, "callbacks/trigger", { to: capture.url, failurs: 1 }, clock);
    expect(typo).toMatchObject({ status: 400, body: { error: expect.stringMatching(/failurs/) } });
    const tooMany = await postApi(url, "callbacks/trigger", { to: capture.url, results: 2, failures: 3 }, clock);
    expect(tooMany.status).toBe(400);
    const unknown = await postApi(url, "callbacks/trigger", { to: capture.url, batch: "a".repeat(32) }, clock);
    expect(unknown).toMatchObject({ status: 404, body: { error: expect.stringMatching(/No batch/) } });
    expect(capture.requests).toEqual([]);
  });

  it("without the hook: 501 saying how to wire it; the state says whether it is there", async () => {
    const { clock, url } = await dashboardWithTools(false);
    const answer = await postApi(url, "callbacks/trigger", { to: "http://127.0.0.1:1/" }, clock);
    expect(answer).toMatchObject({ status: 501, body: { error: expect.stringMatching(/callbackTools: callbackTools\(\)/) } });
    expect(((await (await fetch(`${url}/_emulator/api/state`)).json()) as { callbackTools: boolean }).callbackTools).toBe(false);
    // The hook is checked when the emulator is made, by name.
    expect(() => emulatorWith({ dashboard: { callbackTools: {} as never } })).toThrow(
      /option 'dashboard.callbackTools' must be callback tools .*; it has no trigger\(\)/,
    );
    const withTools = await dashboardWithTools();
    expect(((await (await fetch(`${withTools.url}/_emulator/api/state`)).json()) as { callbackTools: boolean }).callbackTools).toBe(true);
  });
});

describe("the dashboard's callbacks/check", () => {
  it("passes a correct receiver: every row passes, the token rows are left out with a note", async () => {
    const { clock, url } = await dashboardWithTools();
    const receiver: Running = await keep(startPlainReceiver());
    const { status, body } = await postApi(url, "callbacks/check", { url: receiver.url, maxMs: 2000 }, clock);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.ok).toBe(true);
    expect(body.maxMs).toBe(2000);
    expect(body.rows.map((r: { verdict: string }) => r.verdict)).toEqual(Array(9).fill("pass"));
    expect(body.rows[0]).toMatchObject({ id: "one-result", sent: { url: receiver.url }, answer: { kind: "answered", status: 200 } });
    expect(body.notes).toEqual([expect.stringMatching(/^token rows left out/)]);
  });

  it("fails a receiver that answers 500 to a repeated delivery, naming the rows with their evidence", async () => {
    const { clock, url } = await dashboardWithTools();
    const receiver = await keep(startPlainReceiver({ failRepeats: true }));
    const { status, body } = await postApi(url, "callbacks/check", { url: receiver.url, maxMs: 2000 }, clock);
    expect(status).toBe(200);
    expect(body.ok).toBe(false);
    const failed = body.rows.filter((r: { verdict: string }) => r.verdict === "fail");
    expect(failed.map((r: { id: string }) => r.id)).toEqual(["repeat", "slow-body", "wrong-content-type"]);
    expect(failed[0]).toMatchObject({
      sent: { body: "the same bytes again, as a repost delivers them" },
      answer: { kind: "answered", status: 500, body: expect.stringContaining("duplicate key") },
      reason: expect.stringMatching(/5\d\d says the endpoint failed/),
    });
  });
});
