// biome-ignore-all lint/suspicious/noExplicitAny: the alterations reach into recorded JSON bodies field by field
// A recording made against the emulator passes the check; each way a real service could
// differ is reported at its pointer, and nothing else.

import { describe, expect, it } from "vitest";
import { createBatchClient } from "../../src/client/create-batch-client.js";
import { createEmulator } from "../../src/emulator/create-emulator.js";
import { DEMO_CREDENTIALS } from "../../src/emulator/options/demo-credentials.js";
import { createHarRecorder, type Har } from "../../src/recording/index.js";
import { checkRecording, formatRecordingReport } from "../../src/recording-check/index.js";
import { createManualClock } from "../../src/util/clock.js";
import { eventually } from "../emulator/harness.js";

async function recordSession(): Promise<Har> {
  const clock = createManualClock(Date.parse("2026-12-07T10:00:00Z"));
  const emulator = createEmulator({ clock, jobDelayMs: 1 });
  try {
    const recorder = createHarRecorder({ clock });
    const client = createBatchClient({
      ...DEMO_CREDENTIALS,
      baseUrl: "http://emulator.test",
      fetch: recorder.fetch(emulator.fetch),
      clock,
      retry: { retries: 0 },
    });
    await client.ping();
    const { asyncId } = await client.run([
      { namespace: "venue", action: "getVenueRoomOptionList", params: { venueId: 1 } },
      { namespace: "venue", action: "getVenueRoomList", params: { venueId: 1, perPage: 10 } },
      { namespace: "event", action: "getEventList", params: { perPage: 10, start: 0 } },
    ]);
    await client.progress(asyncId);
    // Polled by a client that records nothing, so the recording holds one progress call.
    const quiet = createBatchClient({ ...DEMO_CREDENTIALS, baseUrl: "http://emulator.test", fetch: emulator.fetch, clock, retry: { retries: 0 } });
    // The catalog's answers are imported on the emulator's first catalogued job: real I/O,
    // so a few event-loop turns may pass between two clock steps.
    await eventually("the emulator to finish the batch as the clock moves", async () => {
      await clock.advanceAsync(1);
      return (await quiet.progress(asyncId)).progress === 100;
    });
    await client.results(asyncId);
    await recorder.flush();
    return recorder.har();
  } finally {
    await emulator.close();
  }
}

/** The recording with one body changed (`part`: the request's or the response's JSON). */
function altered(har: Har, exchange: number, change: (body: any) => void, part: "response" | "request" = "response"): Har {
  const copy = structuredClone(har);
  const entry = copy.log.entries[exchange]!;
  if (part === "response") {
    const body = JSON.parse(entry.response.content.text!);
    change(body);
    entry.response.content.text = JSON.stringify(body);
  } else {
    const body = JSON.parse(entry.request.postData!.text);
    change(body);
    entry.request.postData!.text = JSON.stringify(body);
  }
  return copy;
}

const brief = (report: Awaited<ReturnType<typeof checkRecording>>) =>
  report.findings.map((f) => [f.exchange, f.operation, f.part, f.pointer, f.kind, f.observed]);

describe("checkRecording", async () => {
  // Loaded first, so the emulator's own import of them is already settled.
  await import("../../generated/catalog-responses.js");
  const session = await recordSession();
  const RESULTS = 3;

  it("passes a session recorded against the emulator", async () => {
    const report = await checkRecording({ recording: session });
    expect(report.findings, formatRecordingReport(report)).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.unmatched).toEqual([]);
    expect(report.summary.map((s) => [s.operation, s.checked])).toEqual([
      ["test.ping", 1],
      ["batch.run", 1],
      ["venue.getVenueRoomOptionList", 2],
      ["venue.getVenueRoomList", 2],
      ["event.getEventList", 2],
      ["batch.progress", 1],
      ["batch.results", 1],
    ]);
  });

  it.each<[string, (body: any) => void, unknown[]]>([
    ["an extra field in an envelope", (b) => (b.total = 2), [RESULTS, "batch.results", "response", "/total", "unknown-field", 2]],
    [
      "a renamed field in a job's response",
      (b) => {
        b.results[0].response.meta.total = b.results[0].response.meta.totalResults;
        delete b.results[0].response.meta.totalResults;
      },
      [RESULTS, "venue.getVenueRoomOptionList", "job 0 response", "/meta/total", "unknown-field", 2],
    ],
    [
      "a numeric string where a number is declared",
      (b) => (b.results[0].response.results[1].price = "100"),
      [RESULTS, "venue.getVenueRoomOptionList", "job 0 response", "/results/1/price", "numeric-string", "100"],
    ],
    [
      "a changed type",
      (b) => (b.results[1].response.results[0].canSmoke = "no"),
      [RESULTS, "venue.getVenueRoomList", "job 1 response", "/results/0/canSmoke", "type", "no"],
    ],
    [
      "a null where the docs show a string",
      (b) => (b.results[1].response.results[0].code = null),
      [RESULTS, "venue.getVenueRoomList", "job 1 response", "/results/0/code", "null", null],
    ],
    [
      "a date in another shape than the docs'",
      (b) => (b.results[0].response.results[0].createdDate = "2018-08-08T12:37:14Z"),
      [RESULTS, "venue.getVenueRoomOptionList", "job 0 response", "/results/0/createdDate", "format", "2018-08-08T12:37:14Z"],
    ],
    [
      "a null date",
      (b) => (b.results[0].response.results[0].modifiedDate = null),
      [RESULTS, "venue.getVenueRoomOptionList", "job 0 response", "/results/0/modifiedDate", "null", null],
    ],
    [
      "a collection without meta",
      (b) => delete b.results[1].response.meta,
      [RESULTS, "venue.getVenueRoomList", "job 1 response", "/meta", "envelope", undefined],
    ],
    [
      "a job's params the catalog does not know",
      (b) => (b.results[2].request.colour = "red"),
      [RESULTS, "event.getEventList", "job 2 request", "/colour", "unknown-field", "red"],
    ],
    ["a missing required field", (b) => delete b.asyncId, [RESULTS, "batch.results", "response", "/asyncId", "missing-field", undefined]],
  ])("reports %s at its pointer, and nothing else", async (_name, change, expected) => {
    const report = await checkRecording({ recording: altered(session, RESULTS, change) });
    expect(brief(report)).toEqual([expected]);
    expect(report.ok).toBe(false);
  });

  it("reports an undocumented status, an undocumented specific code and a string code", async () => {
    const error = (code: unknown) => (har: Har) => {
      const copy = structuredClone(har);
      const entry = copy.log.entries[2]!; // progress
      entry.response.status = 404;
      entry.response.content.text = JSON.stringify({ errorCode: 404, message: "Could not find batch", specificCode: code });
      return copy;
    };
    expect(brief(await checkRecording({ recording: error(24105)(session) }))).toEqual([]);
    expect(brief(await checkRecording({ recording: error(99999)(session) }))).toEqual([
      [2, "batch.progress", "response", "/specificCode", "specific-code", 99999],
    ]);
    expect(brief(await checkRecording({ recording: error("24105")(session) }))).toEqual([
      [2, "batch.progress", "response", "/specificCode", "numeric-string", "24105"],
    ]);
    const teapot = structuredClone(session);
    teapot.log.entries[2]!.response.status = 418;
    expect(brief(await checkRecording({ recording: teapot }))).toEqual([[2, "batch.progress", "response", "", "status", 418]]);
  });

  it("lists what it cannot match, and does not fail on it", async () => {
    const copy = altered(session, RESULTS, (b) => (b.results[1].namespace = "nowhere"));
    copy.log.entries.push({ ...structuredClone(copy.log.entries[0]!), request: { ...copy.log.entries[0]!.request, url: "http://emulator.test/status" } });
    const report = await checkRecording({ recording: copy });
    expect(report.ok).toBe(true);
    expect(report.unmatched.map((u) => [u.exchange, u.part, u.what])).toEqual([
      [RESULTS, "job 1", "nowhere.getVenueRoomList"],
      [4, "request", "POST http://emulator.test/status"],
    ]);
    expect(formatRecordingReport(report)).toContain("unmatched (not checked): 2");
  });
});
