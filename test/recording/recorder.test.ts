// Recording traffic as HAR 1.2: what is kept, what is masked, and the file's safety.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createBatchClient } from "../../src/client/create-batch-client.js";
import { createEmulator, type Emulator } from "../../src/emulator/create-emulator.js";
import { createHarRecorder, parseHar, placeholder } from "../../src/recording/index.js";
import { createManualClock } from "../../src/util/clock.js";

const KEY = "live-key-0123456789";
const SECRET = "live-secret-do-not-leak";
const dirs: string[] = [];
const emulators: Emulator[] = [];
afterEach(async () => {
  await Promise.all(emulators.splice(0).map((e) => e.close()));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "ivvy-har-"));
  dirs.push(d);
  return d;
};

function session(recorder: ReturnType<typeof createHarRecorder>) {
  const clock = createManualClock(Date.parse("2026-12-07T10:00:00Z"));
  const emulator = createEmulator({
    clock,
    credentials: [{ apiKey: KEY, apiSecret: SECRET }],
    handlers: { "contact.getContact": (params) => ({ id: params.id, email: "jane@example.com", firstName: "Jane" }) },
  });
  emulators.push(emulator);
  const client = createBatchClient({
    apiKey: KEY,
    apiSecret: SECRET,
    baseUrl: "http://emulator.test",
    fetch: recorder.fetch(emulator.fetch),
    clock,
    retry: { retries: 0 },
  });
  return { client, clock, emulator };
}

describe("createHarRecorder", () => {
  it("records each exchange as a HAR 1.2 entry with its timings", async () => {
    const recorderClock = createManualClock(Date.parse("2026-12-07T10:00:00Z"));
    const recorder = createHarRecorder({ clock: recorderClock });
    const { client, clock } = session(recorder);
    await client.ping();
    const { asyncId } = await client.run([{ namespace: "contact", action: "getContact", params: { id: 7, email: "jane@example.com" } }]);
    await clock.advanceAsync(10);
    await client.results(asyncId);
    await recorder.flush();
    const { log } = recorder.har();
    expect(log.version).toBe("1.2");
    expect(log.entries.map((e) => [e.request.url, e.response.status])).toEqual([
      ["http://emulator.test/api/1.0/test?action=ping", 200],
      ["http://emulator.test/api/1.0/batch?action=run", 200],
      ["http://emulator.test/api/1.0/batch?action=results", 200],
    ]);
    const run = log.entries[1]!;
    expect(run.startedDateTime).toBe("2026-12-07T10:00:00.000Z");
    expect(run.request.queryString).toEqual([{ name: "action", value: "run" }]);
    expect(JSON.parse(run.request.postData!.text).jobs[0].params).toEqual({ id: 7, email: "jane@example.com" });
    expect(JSON.parse(run.response.content.text!)).toEqual({ asyncId });
    expect(run.timings.wait).toBeGreaterThanOrEqual(0);
    expect(run._ivvyDirection).toBe("client");
  });

  it("keeps no secret, no signature and no masked field in the file's bytes", async () => {
    const file = join(tempDir(), "session.har");
    const recorder = createHarRecorder({ file, maskFields: ["email", "FirstName"] });
    const { client, clock } = session(recorder);
    const { asyncId } = await client.run([{ namespace: "contact", action: "getContact", params: { id: 7, email: "jane@example.com" } }]);
    await clock.advanceAsync(10);
    await client.results(asyncId);
    await recorder.flush();
    const bytes = readFileSync(file, "utf8");
    const har = parseHar(bytes);
    const signatures = har.log.entries.map((e) => e.request.headers.find((h) => h.name === "x-api-authorization")!.value);
    expect(signatures).toEqual(["IWS live…:[signature removed]", "IWS live…:[signature removed]"]);
    for (const secret of [SECRET, KEY, "jane@example.com", "Jane"]) expect(bytes).not.toContain(secret);
    // The signature the client really sent is nowhere either.
    expect(bytes).not.toMatch(/IWS live-key-0123456789:[0-9a-f]{40}/);
    const results = JSON.parse(har.log.entries[1]!.response.content.text!);
    // The same value masks to the same placeholder in the request and in the answer.
    expect(results.results[0].request.email).toBe(placeholder("jane@example.com"));
    expect(results.results[0].response).toEqual({ id: 7, email: placeholder("jane@example.com"), firstName: placeholder("Jane") });
    expect(har.log._ivvyMaskedFields).toEqual(["FirstName", "email"]);
  });

  it("a masked-value check that can fail: without maskFields the email is in the file", async () => {
    const file = join(tempDir(), "plain.har");
    const recorder = createHarRecorder({ file });
    const { client } = session(recorder);
    await client.run([{ namespace: "contact", action: "getContact", params: { id: 7, email: "jane@example.com" } }]);
    await recorder.flush();
    expect(readFileSync(file, "utf8")).toContain("jane@example.com");
  });

  it("appends from concurrent calls and recorders of one file, and continues an existing recording", async () => {
    const file = join(tempDir(), "shared.har");
    const a = createHarRecorder({ file });
    const b = createHarRecorder({ file });
    const one = session(a);
    const two = session(b);
    await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? one : two).client.ping()));
    await Promise.all([a.flush(), b.flush()]);
    expect(parseHar(readFileSync(file, "utf8")).log.entries).toHaveLength(20);
  });

  it("the file is valid HAR whenever it is read while being written (whole-file writes, renamed into place)", async () => {
    const file = join(tempDir(), "busy.har");
    const recorder = createHarRecorder({ file });
    const { client } = session(recorder);
    const calls = Array.from({ length: 30 }, () => client.ping());
    let reads = 0;
    while (reads < 200) {
      reads++;
      try {
        parseHar(readFileSync(file, "utf8"));
      } catch (error) {
        // Before the first write there is no file; a half-written one would fail to parse.
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      }
      await new Promise((r) => setImmediate(r));
    }
    await Promise.all(calls);
    await recorder.flush();
    expect(parseHar(readFileSync(file, "utf8")).log.entries).toHaveLength(30);
  });

  it("continues a file written before (another command of the same session)", async () => {
    const file = join(tempDir(), "continued.har");
    const first = { log: { version: "1.2", creator: { name: "x", version: "1" }, entries: [{ startedDateTime: "2026-01-01T00:00:00.000Z" }] } };
    writeFileSync(file, JSON.stringify(first));
    const recorder = createHarRecorder({ file });
    await session(recorder).client.ping();
    await recorder.flush();
    expect(parseHar(readFileSync(file, "utf8")).log.entries).toHaveLength(2);
  });

  it("refuses a file that is not HAR, and unknown options", () => {
    const file = join(tempDir(), "not.har");
    writeFileSync(file, "{");
    expect(() => createHarRecorder({ file })).toThrow(/recording file '.*not\.har' is not JSON/);
    expect(() => createHarRecorder({ maskField: ["email"] } as never)).toThrow("createHarRecorder: unknown option 'maskField' (did you mean 'maskFields'?)");
  });
});
