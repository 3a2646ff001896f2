// The two commands as users run them: dist/src/cli/main.js as a process (npm test builds first).
import { writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createBatchClient } from "../../src/client/create-batch-client.js";
import { SpecificCode } from "../../src/contract/specific-codes.js";
import { checkComponent } from "../../src/contract/validators.js";
import { createEmulator } from "../../src/emulator/create-emulator.js";
import { DEMO_CREDENTIALS } from "../../src/emulator/options/demo-credentials.js";
import { startCli } from "../cli/cli-harness.js";
import { type CaptureServer, startCaptureServer } from "../helpers/capture-server.js";
import { recordSession } from "./har-session.js";
import { type Running, startNodeReceiver, startPlainReceiver } from "./receivers.js";

const started: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((r) => r.close()));
});
async function keep<T extends { close(): Promise<void> }>(p: Promise<T>): Promise<T> {
  const r = await p;
  started.push(r);
  return r;
}
const run = (args: string[]) => startCli(args).done;

const JOB = `event.inviteContacts={"event":42,"contacts":[7,8]}`;

describe("ivvy-batch trigger callback", () => {
  it("delivers the bytes and headers the emulator delivers for the same batch, which the contract and this package's receiver accept", async () => {
    const capture: CaptureServer = await keep(startCaptureServer());
    const emulator = createEmulator({ jobDelayMs: 0 });
    started.push(emulator);
    const client = createBatchClient({ ...DEMO_CREDENTIALS, baseUrl: "http://emulator.local", fetch: emulator.fetch });
    const jobs = [{ namespace: "event", action: "inviteContacts", params: { event: 42, contacts: [7, 8] } }];
    const { asyncId } = await client.run([jobs[0]!, jobs[0]!], { callbackUrl: `${capture.url}/cb` });
    await emulator.idle(); // its first job compiles the catalog's validators, which takes seconds under vitest
    const fromEmulator = await capture.next();

    const result = await run(["trigger", "callback", "--to", `${capture.url}/cb`, "--job", JOB, "--results", "2", "--asyncId", asyncId]);
    expect(result.stderr).toMatch(/Sending a made-up callback to http:\/\/127\.0\.0\.1:\d+\/cb: asyncId [0-9a-f]{32}, 2 results/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^200 in [\d.]+ ms\n$/);
    const fromTrigger = await capture.next();
    expect(fromTrigger.body).toBe(fromEmulator.body);
    for (const name of ["content-type", "user-agent", "content-length"]) expect(fromTrigger.headers[name], name).toBe(fromEmulator.headers[name]);
    expect(checkComponent("BatchCallback", JSON.parse(fromTrigger.body)).valid).toBe(true);
  });

  it("to this package's receiver: 200 the first time, a duplicate on --repeat; --json", async () => {
    const receiver: Running = await keep(startNodeReceiver());
    const { callbackUrl } = await receiver.receiver!.issueCallbackUrl();
    const result = await run(["trigger", "callback", "--to", callbackUrl, "--results", "3", "--failures", "1", "--repeat", "2", "--json"]);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ command: "trigger callback", ok: true, exitCode: 0, results: 3 });
    expect(report.url).not.toContain(new URL(callbackUrl).searchParams.get("token"));
    expect(report.deliveries.map((d: { status: number; body: string }) => [d.status, JSON.parse(d.body)])).toEqual([
      [200, { received: true, duplicate: false }],
      [200, { received: true, duplicate: true }],
    ]);
  });

  it("--from a results file; exit 1 when the answer is not 2xx, with the answer's body", async () => {
    const receiver = await keep(startNodeReceiver());
    const dir = await mkdtemp(join(tmpdir(), "ivvy-trigger-"));
    const file = join(dir, "results.json");
    writeFileSync(
      file,
      JSON.stringify({ asyncId: "c".repeat(32), results: [{ namespace: "event", action: "inviteContacts", request: {}, response: { results: [] } }] }),
    );
    const result = await run(["trigger", "callback", "--to", receiver.url, "--from", file]);
    expect(result.stderr).toContain(`asyncId ${"c".repeat(32)}, 1 result from ${file}`);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^401 in [\d.]+ ms\n\{"errorCode":401/);
  });

  it("--failures: job errors iVvy documents (23017, 23016), and the callback still validates", async () => {
    const capture = await keep(startCaptureServer());
    const result = await run(["trigger", "callback", "--to", `${capture.url}/cb`, "--results", "6", "--failures", "3"]);
    expect(result.code, result.stderr).toBe(0);
    const callback = JSON.parse((await capture.next()).body);
    expect(checkComponent("BatchCallback", callback).valid).toBe(true);
    const codes = callback.results.flatMap((r: { response: { specificCode?: number } }) =>
      r.response.specificCode === undefined ? [] : [r.response.specificCode],
    );
    expect(codes).toEqual([SpecificCode.MissingParameter, SpecificCode.InvalidParameter, SpecificCode.MissingParameter]);
  });

  it("--from a recording the recorder wrote: lists its batches without --asyncId, sends the one picked", async () => {
    const session = await recordSession(await mkdtemp(join(tmpdir(), "ivvy-trigger-har-")));
    const capture = await keep(startCaptureServer());
    const ambiguous = await run(["trigger", "callback", "--to", capture.url, "--from", session.file]);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain(`holds the results of 2 batches: pick one with --asyncId: ${session.callback.asyncId} (2 results, callback in entry`);
    expect(ambiguous.stderr).toContain(`${session.polled.asyncId} (1 result, results in entry`);
    expect(capture.requests).toEqual([]);
    const picked = await run(["trigger", "callback", "--to", `${capture.url}/cb`, "--from", session.file, "--asyncId", session.callback.asyncId]);
    expect(picked.code, picked.stderr).toBe(0);
    expect(picked.stderr).toMatch(new RegExp(`asyncId ${session.callback.asyncId}, 2 results from .*session\\.har \\(the callback received in entry \\d+\\)`));
    const sent = await capture.next();
    expect(JSON.parse(sent.body)).toEqual({ asyncId: session.callback.asyncId, results: session.callback.results });
  });

  it("refuses what it cannot send, before sending", async () => {
    const capture = await keep(startCaptureServer());
    const bad = await run(["trigger", "callback", "--to", capture.url, "--results", "201"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--results must be a whole number from 1 to 200/);
    expect((await run(["trigger", "callback", "--to", capture.url, "--asyncId", "nope"])).code).toBe(2);
    expect(capture.requests).toEqual([]);
  });
});

describe("ivvy-batch check-receiver", () => {
  it("passes this package's receiver given two issued URLs; says first what it sends", async () => {
    const receiver = await keep(startNodeReceiver());
    const a = await receiver.receiver!.issueCallbackUrl();
    const b = await receiver.receiver!.issueCallbackUrl();
    const result = await run([
      "check-receiver",
      "--callback-url",
      `${"a".repeat(32)}=${a.callbackUrl}`,
      "--callback-url",
      `${"b".repeat(32)}=${b.callbackUrl}`,
      "--max-ms",
      "2s",
    ]);
    expect(result.stderr).toMatch(/^check-receiver sends made-up callbacks .* to http:\/\/127\.0\.0\.1:\d+\/ivvy\/callback\?token=\*{8} and /);
    expect(result.stdout, result.stdout).toMatch(/12 checks: 12 pass, 0 fail, 0 advice\n$/);
    expect(result.stdout).toMatch(/^verdict +check +sent +answer\npass +one-result +a callback for a{32} with 1 result/);
    expect(result.code).toBe(0);
  });

  it("fails a receiver that answers 500 to a repeat: exit 1, the row, what was sent and got; --json", async () => {
    const receiver = await keep(startPlainReceiver({ failRepeats: true }));
    const result = await run(["check-receiver", receiver.url, "--max-ms", "2s"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^fail +repeat /m);
    expect(result.stdout).toMatch(
      /fail repeat: .*\n {2}sent: POST http:\/\/127\.0\.0\.1:\d+\/callback, the same bytes again.*\n {2}got: {2}500 in [\d.]+ ms: \{"error":"duplicate key/,
    );
    expect(result.stdout).toMatch(/note: token rows left out/);
    const json = await run(["check-receiver", receiver.url, "--max-ms", "2s", "--json"]);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ command: "check-receiver", ok: false, exitCode: 1, maxMs: 2000 });
    // The same bytes come again in the slow-body and wrong-content-type rows, and this receiver answers 500 to seen bytes.
    expect(report.rows.filter((r: { verdict: string }) => r.verdict === "fail").map((r: { id: string }) => r.id)).toEqual([
      "repeat",
      "slow-body",
      "wrong-content-type",
    ]);
  });

  it("refuses a --callback-url of another endpoint than the one named", async () => {
    const result = await run(["check-receiver", "http://127.0.0.1:1/a", "--callback-url", `${"a".repeat(32)}=http://127.0.0.1:1/b?token=x`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/sends only to the URLs it is given/);
  });
});
