// `trigger callback --from <recording.har>`: the results read out of a recording this
// package's recorder wrote: a callback it received and a `results` answer it fetched.
import { readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { resultsFromJson } from "../../src/receiver-check/results-from-file.js";
import { resultsInHar } from "../../src/receiver-check/results-from-har.js";
import { parseHar } from "../../src/recording/har.js";
import { type RecordedSession, recordSession } from "./har-session.js";

let session: RecordedSession;
let har: unknown;
beforeAll(async () => {
  session = await recordSession(await mkdtemp(join(tmpdir(), "ivvy-har-")));
  har = JSON.parse(readFileSync(session.file, "utf8"));
});

describe("results out of a HAR recording", () => {
  it("finds the callback received and the results answer, in recorded order", () => {
    const found = resultsInHar(parseHar(JSON.stringify(har)));
    expect(found.map((f) => [f.source, f.asyncId])).toEqual([
      ["callback", session.callback.asyncId],
      ["results", session.polled.asyncId],
    ]);
  });

  it("with two batches and no asyncId, names both instead of guessing", () => {
    expect(() => resultsFromJson(har)).toThrow(
      new RegExp(
        `holds the results of 2 batches: pick one with --asyncId: ${session.callback.asyncId} \\(2 results, callback in entry \\d+\\); ${session.polled.asyncId} \\(1 result, results in entry \\d+\\)`,
      ),
    );
  });

  it("picks a batch by asyncId: the callback's results, or the results answer's", () => {
    const fromCallback = resultsFromJson(har, session.callback.asyncId);
    expect(fromCallback).toMatchObject({ asyncId: session.callback.asyncId, results: session.callback.results });
    expect(fromCallback.origin).toMatch(/^the callback received in entry \d+$/);
    const fromResults = resultsFromJson(har, session.polled.asyncId);
    expect(fromResults).toMatchObject({ asyncId: session.polled.asyncId, results: session.polled.results });
    expect(fromResults.origin).toMatch(/^the results answer in entry \d+$/);
  });

  it("an asyncId the recording does not hold, and a recording with none, say so", () => {
    expect(() => resultsFromJson(har, "f".repeat(32))).toThrow(/no results of batch f{32}; it holds: /);
    expect(() => resultsFromJson({ log: { version: "1.2", entries: [] } })).toThrow(/holds no callback received and no 200 answer/);
  });
});
