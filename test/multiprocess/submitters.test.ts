// Submitter processes on one Postgres against the emulator on a socket (iVvy's stand-in).
import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createEmulator, type Emulator } from "../../src/emulator/create-emulator.js";
import { createPostgresStores, migrate } from "../../src/postgres/index.js";
import { jobsHash } from "../../src/workflow/model/jobs-hash.js";
import { startTestDatabase, type TestDatabase } from "../helpers/postgres.js";
import { exitOf, killAll, spawnTs, waitForOutput } from "../helpers/spawn-ts.js";
import { demoHandlers } from "../workflow/emulator-harness.js";

const SUBMITTER = new URL("./fixtures/submitter-process.ts", import.meta.url).pathname;

let db: TestDatabase;
let emulator: Emulator | undefined;
const children: ChildProcessWithoutNullStreams[] = [];
beforeAll(async () => {
  db = await startTestDatabase();
});
afterEach(async () => {
  await killAll(children);
  await emulator?.close();
  emulator = undefined;
});
afterAll(async () => {
  await db?.stop();
});

interface Result {
  ok: boolean;
  chunks: number[];
  failed?: Array<{ index: number; reason: string; mayHaveRun: boolean }>;
}

async function setUp(latencyMs: number) {
  const schema = db.freshSchema();
  await migrate(db.pool, { schema });
  let runs = 0;
  emulator = createEmulator({ handlers: demoHandlers(), faults: { latencyMs }, onRequest: (e) => void (e.operation === "run" && e.status === 200 && runs++) });
  const { url } = await emulator.listen({ port: 0, host: "127.0.0.1" });
  const submitter = (env: Record<string, string>) => {
    const child = spawnTs(SUBMITTER, [], { DATABASE_URL: db.url, SCHEMA: schema, EMULATOR_URL: url, ...env });
    children.push(child);
    return child;
  };
  const result = async (child: ChildProcessWithoutNullStreams): Promise<Result> =>
    JSON.parse(/result (.*)/.exec(await waitForOutput(child, /result .*\n/, 60_000))![1]!) as Result;
  /** Every batch the emulator stored, by its jobs hash: a chunk sent twice shows as a count of 2. */
  const sentPerChunk = () => {
    const counts = new Map<string, number>();
    for (const batch of emulator!.batches.list()) counts.set(jobsHash(batch.jobs), (counts.get(jobsHash(batch.jobs)) ?? 0) + 1);
    return counts;
  };
  return { schema, submitter, result, sentPerChunk, runs: () => runs, stores: createPostgresStores({ pool: db.pool, schema }) };
}

describe("submitter processes sharing Postgres", () => {
  it("two processes given the same jobs make one set of batches", async () => {
    const s = await setUp(20);
    const env = { JOBS: "2000", TAG: "twins", WORKFLOW_ID: "nightly-invites", CONCURRENCY: "3" };
    const [a, b] = [s.submitter(env), s.submitter(env)];
    const results = await Promise.all([s.result(a), s.result(b)]);
    const counts = s.sentPerChunk();
    expect(counts.size).toBe(10);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(s.runs()).toBe(10);
    const record = await s.stores.workflows.load("nightly-invites");
    expect(record?.chunks.map((c) => [c.index, c.state])).toEqual(Array.from({ length: 10 }, (_, i) => [i, "submitted"]));
    // Whatever one process did not send, the other did; a refusal only ever says "already-submitted".
    for (const r of results) for (const f of r.failed ?? []) expect(f.reason).toBe("already-submitted");
  });

  it("a process killed -9 mid-submission resumes on restart without sending a chunk twice", async () => {
    const s = await setUp(150);
    const env = { JOBS: "2000", TAG: "restart", WORKFLOW_ID: "restart-me", CONCURRENCY: "1" };
    const first = s.submitter(env);
    await waitForOutput(first, /submitted 2\n/, 30_000);
    first.kill("SIGKILL");
    await exitOf(first);
    const runsAtKill = s.runs();
    expect(runsAtKill).toBeLessThan(10);

    const restarted = await s.result(s.submitter(env));
    const counts = s.sentPerChunk();
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    // A chunk whose run was in flight at the kill may be running: refused, not resent.
    const refused = (restarted.failed ?? []).map((f) => f.index);
    expect(restarted.failed?.every((f) => f.reason === "already-submitted" && f.mayHaveRun) ?? true).toBe(true);
    expect(refused.length).toBeLessThanOrEqual(1);
    expect([...restarted.chunks, ...refused].sort((x, y) => x - y)).toEqual(Array.from({ length: 10 }, (_, i) => i));
    // The refused chunk reached the emulator or not, depending on where the kill fell; never twice.
    expect(counts.size).toBeGreaterThanOrEqual(10 - refused.length);
  });
});
