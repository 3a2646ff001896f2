// The workload of benchmark 4, run as its own process so its memory can be measured
// from outside: N jobs submitted (read lazily from a generator, never held as an array),
// waited for and consumed with iterateResults. With `--url` it talks to an emulator in
// another process over HTTP; without, to one in this process through emulator.fetch.
// Prints one JSON line, then waits for stdin to close so the parent can read VmHWM.
import { parseArgs } from "node:util";
import { createBatchClient } from "../src/client/create-batch-client.js";
import type { Job } from "../src/contract/types.js";
import { createEmulator } from "../src/emulator/create-emulator.js";
import { DEMO_CREDENTIALS } from "../src/emulator/options/demo-credentials.js";
import { iterateResults } from "../src/workflow/results/iterate-results.js";
import { createSubmissionLedger } from "../src/workflow/submit/submission-ledger.js";
import { submitAll } from "../src/workflow/submit/submit-all.js";
import { waitForAll } from "../src/workflow/wait/wait-for-all.js";

const { values } = parseArgs({ options: { jobs: { type: "string" }, url: { type: "string" } } });
const count = Number(values.jobs);
if (!Number.isInteger(count) || count < 1) throw new Error("--jobs must be a positive integer");

function* jobs(): Generator<Job> {
  for (let n = 0; n < count; n++) yield { namespace: "test", action: "ping", params: { n } };
}

const emulator = values.url === undefined ? createEmulator() : undefined;
const client = createBatchClient({
  ...DEMO_CREDENTIALS,
  baseUrl: values.url ?? "http://emulator.local",
  ...(emulator ? { fetch: emulator.fetch } : {}),
});

const started = performance.now();
const handle = await submitAll(client, jobs(), { concurrency: 8, ledger: createSubmissionLedger() });
const submittedAt = performance.now();
await waitForAll(client, handle, { intervalMs: 50, maxIntervalMs: 200 });
const waitedAt = performance.now();
let outcomes = 0;
let failures = 0;
for await (const outcome of iterateResults(client, handle)) {
  if (outcome.index !== outcomes) throw new Error(`outcome ${outcomes} has index ${outcome.index}`);
  if (outcome.status !== "success") failures++;
  outcomes++;
}
const seconds = (performance.now() - started) / 1000;
if (outcomes !== count) throw new Error(`${outcomes} outcomes for ${count} jobs`);
process.stdout.write(
  `${JSON.stringify({
    jobs: count,
    seconds,
    submitSeconds: (submittedAt - started) / 1000,
    waitSeconds: (waitedAt - submittedAt) / 1000,
    collectSeconds: (performance.now() - waitedAt) / 1000,
    failures,
    chunks: handle.chunks.length,
  })}\n`,
);
process.stdin.resume();
process.stdin.on("end", () => void (emulator?.close() ?? Promise.resolve()).then(() => process.exit(0)));
