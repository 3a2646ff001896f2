// faults.failJobs counts jobs within each batch, as its docs say (docs/emulator.md, Fault injection): the emulator
// sees batches, not the job list a workflow split into them.
import { afterEach, expect, it } from "vitest";
import { createBatchClient } from "../../src/client/create-batch-client.js";
import { createEmulator, type Emulator } from "../../src/emulator/create-emulator.js";
import { DEMO_CREDENTIALS } from "../../src/emulator/options/demo-credentials.js";
import { collectResults, submitAll, waitForAll } from "../../src/workflow/index.js";

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

it("an index fails that position in every batch: [3] over 300 jobs in batches of 200 fails jobs 3 and 203", async () => {
  emulator = createEmulator({ faults: { failJobs: [3] } });
  const client = createBatchClient({ ...DEMO_CREDENTIALS, baseUrl: "http://emulator.local", fetch: emulator.fetch });
  const jobs = Array.from({ length: 300 }, () => ({ namespace: "test", action: "ping", params: {} }));
  const handle = await submitAll(client, jobs, { chunkSize: 200 });
  await waitForAll(client, handle, { intervalMs: 5 });
  const outcomes = await collectResults(client, handle, { jobs });
  expect(outcomes.filter((o) => o.status === "failure").map((o) => o.index)).toEqual([3, 203]);
});

it("an index that no batch can have (200 or more) is refused when the emulator is made", () => {
  expect(() => createEmulator({ faults: { failJobs: [3, 250] } })).toThrow(
    "createEmulator: option 'faults.failJobs' cannot hold 250: it could never match, as indexes count jobs within each batch (0 to 199), not across a workflow's job list",
  );
  expect(() => createEmulator({ faults: { failJobs: [199] } })).not.toThrow();
});
