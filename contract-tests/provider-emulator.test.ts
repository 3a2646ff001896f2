// Dredd against the emulator on a real socket: the emulator conforms to the contract for
// every documented status of every operation. Everything is provoked for real (bad
// bodies and signatures, unknown batches, oversized and non-JSON bodies) except 429 and
// 500, which a healthy emulator gives only with `Prefer: code=NNN` (honourPreferHeader).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmulator, type Emulator } from "../src/emulator/index.js";
import { type ProviderRun, runProvider } from "./run-provider.js";
import { fullCoverageTests } from "./support/coverage.js";

const credentials = { apiKey: "contract-key", apiSecret: "contract-secret" };
const MAX_BODY_BYTES = 64 * 1024;

let emulator: Emulator;
let run: ProviderRun;

beforeAll(async () => {
  emulator = createEmulator({
    credentials: [credentials],
    honourPreferHeader: true,
    maxBodyBytes: MAX_BODY_BYTES,
    jobDelayMs: 2,
    callbacks: { attempts: 1, baseDelayMs: 0, timeoutMs: 2_000 },
  });
  const { url } = await emulator.listen({ port: 0 });
  run = await runProvider({ baseUrl: url, ...credentials, maxBodyBytes: MAX_BODY_BYTES });
}, 90_000);

afterAll(async () => {
  await emulator?.close();
});

describe("Dredd + hooks against the emulator", () => {
  fullCoverageTests(() => run);

  it("used Prefer only for 429 and 500", () => {
    const preferred = run.transactions.filter((t) => t.note.includes("Prefer")).map((t) => t.status);
    expect(new Set(preferred)).toEqual(new Set([429, 500]));
  });

  it("worked on real state: batches were run, finished, restarted and called back", () => {
    const batches = emulator.batches.list();
    // run 200, progress 200, results 200, restart 200, repost 200 each ran one.
    expect(batches.length).toBeGreaterThanOrEqual(5);
    expect(emulator.callbacks.list().length).toBeGreaterThanOrEqual(3);
  });
});
