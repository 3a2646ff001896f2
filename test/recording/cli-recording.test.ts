// The CLI as users get it: --record on commands that send, check-recording on the file, and
// emulate --replay serving it.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createBatchClient } from "../../src/client/create-batch-client.js";
import { DEMO_CREDENTIALS } from "../../src/emulator/options/demo-credentials.js";
import { cli, freshDir, startCli, startCountingEmulator, writeJson } from "../cli/cli-harness.js";

const dir = freshDir("ivvy-record-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("--record and check-recording", () => {
  const har = join(dir, "session.har");

  it("records run --emulator --wait and ping --base-url into one file, masked, and the check passes", async () => {
    const jobs = writeJson(dir, "jobs.json", [
      { namespace: "contact", action: "getContactList", params: { perPage: 5 } },
      { namespace: "venue", action: "getVenueRoomList", params: { venueId: 1 } },
    ]);
    const run = await cli(["run", jobs, "--emulator", "--wait", "--out", join(dir, "results.json"), "--record", har, "--mask-field", "email", "firstName"]);
    expect(run.code, run.stderr).toBe(0);
    const emulator = await startCountingEmulator();
    try {
      const ping = await cli(["ping", "--base-url", emulator.url, "--record", har]);
      expect(ping.code, ping.stderr).toBe(0);
    } finally {
      await emulator.close();
    }
    const text = readFileSync(har, "utf8");
    const entries = JSON.parse(text).log.entries as { request: { url: string } }[];
    expect(entries.map((e) => new URL(e.request.url).searchParams.get("action"))).toEqual(expect.arrayContaining(["run", "progress", "results", "ping"]));
    expect(text).not.toContain("emulator-demo-secret");
    expect(text).not.toMatch(/IWS emulator-demo-key:/);

    const check = await cli(["check-recording", har]);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toMatch(/exchanges: no difference from the contract and the catalog/);
    expect(check.stdout).toMatch(/venue\.getVenueRoomList\s+2\s+0/);
  });

  it("exits 1 and names each difference when the recording differs; --json for machines", async () => {
    const document = JSON.parse(readFileSync(har, "utf8"));
    const results = document.log.entries.find(
      (e: { request: { url: string }; response: { status: number } }) => e.request.url.endsWith("action=results") && e.response.status === 200,
    );
    const body = JSON.parse(results.response.content.text);
    body.results[1].response.meta.totalResults = "1";
    results.response.content.text = JSON.stringify(body);
    const altered = join(dir, "altered.har");
    writeFileSync(altered, JSON.stringify(document));
    const check = await cli(["check-recording", altered]);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/venue\.getVenueRoomList job 1 response \/meta\/totalResults: numeric-string: expected integer, observed "1"/);
    const json = await cli(["check-recording", altered, "--json"]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).findings).toEqual([
      expect.objectContaining({ operation: "venue.getVenueRoomList", pointer: "/meta/totalResults", kind: "numeric-string" }),
    ]);
    const missing = await cli(["check-recording", join(dir, "missing.har")]);
    expect(missing.code).toBe(2);
  });

  it("emulate --replay answers the recorded jobs with the recorded responses", async () => {
    // The recorded answer made distinct from the catalog's example the emulator would give without it.
    const document = JSON.parse(readFileSync(har, "utf8"));
    const resultsEntry = document.log.entries.find(
      (e: { request: { url: string }; response: { status: number } }) => e.request.url.endsWith("action=results") && e.response.status === 200,
    );
    const body = JSON.parse(resultsEntry.response.content.text);
    body.results[1].response.results[0].name = "the name the real account answered";
    resultsEntry.response.content.text = JSON.stringify(body);
    const replayFile = join(dir, "replay.har");
    writeFileSync(replayFile, JSON.stringify(document));
    const child = startCli(["emulate", "--port", "0", "--job-delay-ms", "0", "--quiet", "--no-dashboard", "--replay", replayFile]);
    try {
      const banner = await child.waitForStderr(/listening on http:\/\/127\.0\.0\.1:\d+/).catch(async () => child.stdout());
      const url = `${banner}${child.stdout()}`.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/)![1]!;
      const client = createBatchClient({ ...DEMO_CREDENTIALS, baseUrl: url });
      const { asyncId } = await client.run([{ namespace: "venue", action: "getVenueRoomList", params: { venueId: 1 } }]);
      let progress = 0;
      for (let polls = 0; progress < 100; polls++) {
        if (polls > 200) throw new Error("the replaying emulator did not finish within 200 polls");
        progress = (await client.progress(asyncId)).progress;
      }
      const { results } = await client.results(asyncId);
      expect(results[0]!.response).toEqual(body.results[1].response);
    } finally {
      child.child.kill("SIGINT");
      await child.done;
    }
  });
});
