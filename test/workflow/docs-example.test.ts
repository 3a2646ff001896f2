// The first example of the "Many jobs" page (docs/workflows.md), run as written against the emulator:
// only the import line and the client's region are swapped for the in-process wiring.
import { readFileSync } from "node:fs";
import { afterEach, expect, it } from "vitest";
import { createBatchClient } from "../../src/client/create-batch-client.js";
import { DEMO_CREDENTIALS } from "../../src/emulator/demo-credentials.js";
import * as workflow from "../../src/workflow/index.js";
import type { JobOutcome } from "../../src/workflow/job-outcome.js";
import { startEmulator, type Harness } from "./emulator-harness.js";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.emulator.close();
  harness = undefined;
});

const section = readFileSync(new URL("../../docs/workflows.md", import.meta.url), "utf8");
const firstExample = /```ts\n([\s\S]*?)```/.exec(section)![1]!;

it("the workflows page's first example runs, and ends with every job's outcome in order", async () => {
  harness = startEmulator();
  const emulator = harness.emulator;
  const IMPORT = 'import { createBatchClient, submitAll, waitForAll, collectResults, retryFailed, mergeOutcomes } from "ivvy-batch";\n';
  const REGION = 'region: "au"';
  expect(firstExample).toContain(IMPORT);
  expect(firstExample).toContain(REGION);
  const body = firstExample.replace(IMPORT, "").replace(REGION, "baseUrl, fetch") + "\nreturn final;";
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<unknown>;
  const names = ["createBatchClient", "submitAll", "waitForAll", "collectResults", "retryFailed", "mergeOutcomes", "apiKey", "apiSecret", "baseUrl", "fetch", "contacts", "console"];
  const printed: unknown[] = [];
  const final = (await new AsyncFunction(...names, body)(
    createBatchClient,
    workflow.submitAll,
    workflow.waitForAll,
    workflow.collectResults,
    workflow.retryFailed,
    workflow.mergeOutcomes,
    DEMO_CREDENTIALS.apiKey,
    DEMO_CREDENTIALS.apiSecret,
    "http://emulator.local",
    emulator.fetch,
    Array.from({ length: 450 }, (_, i) => i + 1),
    { log: (line: unknown) => printed.push(line) },
  )) as JobOutcome[];
  expect(final.map((o) => o.index)).toEqual(Array.from({ length: 450 }, (_, i) => i));
  expect(final.every((o) => o.status === "success")).toBe(true);
  expect(printed.at(-1)).toBe("100%");
  expect(harness.ok.run).toBe(3);
});
