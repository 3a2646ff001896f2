// Replay: an emulator given recordings answers the recorded jobs with the recorded
// responses, and every other job as it would have without them.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createBatchClient } from "../../src/client/create-batch-client.js";
import type { Job } from "../../src/contract/types.js";
import { createEmulator, type Emulator, type EmulatorOptions } from "../../src/emulator/index.js";
import { DEMO_CREDENTIALS } from "../../src/emulator/options/demo-credentials.js";
import { createHarRecorder, type Har } from "../../src/recording/index.js";
import { createManualClock } from "../../src/util/clock.js";
import { eventually } from "../emulator/harness.js";

const open: Emulator[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((e) => e.close()));
});

/** Runs jobs on a fresh emulator and returns their results (and the recording, when a recorder is given). */
async function runJobs(options: EmulatorOptions, jobs: Job[], recorder?: ReturnType<typeof createHarRecorder>) {
  const clock = createManualClock(Date.parse("2026-12-07T10:00:00Z"));
  const emulator = createEmulator({ ...options, clock, jobDelayMs: 1 });
  open.push(emulator);
  const fetch = recorder ? recorder.fetch(emulator.fetch) : emulator.fetch;
  const client = createBatchClient({ ...DEMO_CREDENTIALS, baseUrl: "http://emulator.test", fetch, clock, retry: { retries: 0 } });
  const { asyncId } = await client.run(jobs);
  const observer = createBatchClient({ ...DEMO_CREDENTIALS, baseUrl: "http://emulator.test", fetch: emulator.fetch, clock });
  await eventually("the batch to finish as the clock moves", async () => {
    await clock.advanceAsync(1);
    return (await observer.progress(asyncId)).progress === 100;
  });
  return (await client.results(asyncId)).results.map((r) => r.response);
}

const real = {
  "contact.getContact": (params: Readonly<Record<string, unknown>>) =>
    params.id === 404 ? { errorCode: 404, message: "Not found", specificCode: 0 } : { id: params.id, email: params.email, source: "the real account" },
};

describe("createEmulator({ recordings })", () => {
  it("answers recorded jobs with the recorded responses, in recorded order, and the rest as before", async () => {
    const recorder = createHarRecorder({ maskFields: ["email"] });
    const jobs: Job[] = [
      { namespace: "contact", action: "getContact", params: { id: 7, email: "jane@example.com" } },
      { namespace: "contact", action: "getContact", params: { id: 404 } },
    ];
    const recorded = await runJobs({ handlers: real }, jobs, recorder);
    await recorder.flush();
    const har: Har = recorder.har();

    // Same jobs, keys in another order, the real email (masked the same way before matching).
    const replayed = await runJobs({ recordings: [har] }, [
      { namespace: "contact", action: "getContact", params: { email: "jane@example.com", id: 7 } },
      { namespace: "contact", action: "getContact", params: { id: 404 } },
      { namespace: "contact", action: "getContact", params: { id: 8 } },
    ]);
    expect(replayed[0]).toEqual({ ...(recorded[0] as object), email: expect.stringMatching(/^masked:/) });
    expect(replayed[0]).toMatchObject({ id: 7, source: "the real account" });
    expect(replayed[1]).toEqual({ errorCode: 404, message: "Not found", specificCode: 0 });
    // Not recorded: the catalog's made-up answer, as without recordings.
    expect(replayed[2]).not.toHaveProperty("source");
  });

  it("replays an array answer of an action whose page answers one", async () => {
    // contact/add-contacts-to-subscription-group.md answers an array of { contactId, status }.
    const job: Job = { namespace: "contact", action: "addContactsToSubscriptionGroup", params: { contacts: [4, 33], group: 2481 } };
    const answer = [
      { contactId: 4, status: true },
      { contactId: 33, status: false },
    ];
    const recorder = createHarRecorder();
    await runJobs({ handlers: { "contact.addContactsToSubscriptionGroup": () => answer } }, [job], recorder);
    await recorder.flush();
    expect(await runJobs({ recordings: [recorder.har()] }, [job])).toEqual([answer]);
  });

  it("reads a .har file, and your handlers still win", async () => {
    const recorder = createHarRecorder();
    await runJobs({ handlers: real }, [{ namespace: "contact", action: "getContact", params: { id: 1 } }], recorder);
    await recorder.flush();
    const dir = mkdtempSync(join(tmpdir(), "ivvy-replay-"));
    try {
      const file = join(dir, "session.har");
      writeFileSync(file, JSON.stringify(recorder.har()));
      expect(await runJobs({ recordings: [file] }, [{ namespace: "contact", action: "getContact", params: { id: 1 } }])).toEqual([
        { id: 1, source: "the real account" },
      ]);
      expect(
        await runJobs({ recordings: [file], handlers: { "contact.getContact": () => ({ mine: true }) } }, [
          { namespace: "contact", action: "getContact", params: { id: 1 } },
        ]),
      ).toEqual([{ mine: true }]);
      expect(() => createEmulator({ recordings: [join(dir, "missing.har")] })).toThrow(
        /createEmulator: option 'recordings' cannot read recording '.*missing\.har'/,
      );
      expect(() => createEmulator({ recordings: "session.har" as never })).toThrow(
        "createEmulator: option 'recordings' must be an array of HAR documents or .har file paths",
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
