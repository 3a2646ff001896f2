import { describe, expect, it } from "vitest";
import { isErrorEnvelope } from "../../src/contract/is-error-envelope.js";
import type { BatchResult, Job } from "../../src/contract/types.js";
import { canonicalJson } from "../../src/util/canonical-json.js";
import { jsonEqual } from "../../src/util/json-equal.js";
import { aggregateProgress } from "../../src/workflow/model/aggregate-progress.js";
import { buildBatchHandle, type ChunkRef, parseBatchHandle, RESULTS_TTL_MS } from "../../src/workflow/model/batch-handle.js";
import { chunkArray, chunkJobs } from "../../src/workflow/model/chunk-jobs.js";
import { expiryStatus } from "../../src/workflow/model/handle-expiry.js";
import { createJobLookup } from "../../src/workflow/model/job-lookup.js";
import type { JobOutcome } from "../../src/workflow/model/job-outcome.js";
import { jobsHash } from "../../src/workflow/model/jobs-hash.js";
import { classifyResult } from "../../src/workflow/results/classify-result.js";
import { mergeOutcomes } from "../../src/workflow/results/merge-outcomes.js";
import { resultMismatch } from "../../src/workflow/results/result-mismatch.js";
import { validateChunk } from "../../src/workflow/submit/validate-chunk.js";
import { nextPollDelayMs } from "../../src/workflow/wait/poll-delay.js";

const job = (n: number): Job => ({ namespace: "demo", action: "echo", params: { n } });
const jobs = (count: number) => Array.from({ length: count }, (_, n) => job(n));
const hex32 = (n: number) => n.toString(16).padStart(32, "0");
const chunkRef = (index: number, start: number, end: number): ChunkRef => ({ index, asyncId: hex32(index + 1), start, end, jobsHash: "a".repeat(64) });

describe("chunking", () => {
  it("splits an array into chunks of at most the size, keeping job ranges", () => {
    const chunks = chunkArray(jobs(450), 200);
    expect(chunks.map(({ index, start, end }) => [index, start, end])).toEqual([
      [0, 0, 200],
      [1, 200, 400],
      [2, 400, 450],
    ]);
    expect(chunks[2]!.jobs[0]).toEqual(job(400));
  });

  it("reads an async iterable lazily, holding one chunk at a time", async () => {
    let produced = 0;
    async function* source() {
      for (let n = 0; n < 25; n++) {
        produced++;
        yield job(n);
      }
    }
    const chunks = chunkJobs(source(), 10);
    const first = await chunks.next();
    // Only the first chunk's jobs have been pulled from the source.
    expect(produced).toBe(10);
    expect(first.value).toMatchObject({ index: 0, start: 0, end: 10 });
    const rest = [];
    for await (const chunk of chunks) rest.push([chunk.index, chunk.start, chunk.end, chunk.jobs.length]);
    expect(rest).toEqual([
      [1, 10, 20, 10],
      [2, 20, 25, 5],
    ]);
  });

  it("chunks a sync generator the same way as the equivalent array", async () => {
    function* source() {
      yield* jobs(7);
    }
    const fromGenerator = [];
    for await (const chunk of chunkJobs(source(), 3)) fromGenerator.push(chunk);
    expect(fromGenerator).toEqual(chunkArray(jobs(7), 3));
  });
});

describe("canonical JSON and the jobs hash", () => {
  it("does not depend on key order, at any depth", () => {
    const a = [{ namespace: "e", action: "x", params: { b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } } }];
    const b = [{ params: { a: { c: null, d: [1, { y: 2, z: 1 }] }, b: 1 }, action: "x", namespace: "e" }];
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(jobsHash(a)).toBe(jobsHash(b));
    expect(jobsHash(a)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes when a value or the job order changes", () => {
    expect(jobsHash([job(1), job(2)])).not.toBe(jobsHash([job(2), job(1)]));
    expect(jobsHash([job(1)])).not.toBe(jobsHash([{ ...job(1), params: { n: "1" } }]));
  });

  it("keeps own __proto__ keys (jobs differing only there must not hash the same)", () => {
    const parse = (params: string) => JSON.parse(`[{"namespace":"e","action":"x","params":${params}}]`) as Job[];
    const withProto = parse('{"__proto__":{"admin":true},"n":1}');
    expect(canonicalJson(withProto)).toBe('[{"action":"x","namespace":"e","params":{"__proto__":{"admin":true},"n":1}}]');
    expect(jobsHash(withProto)).not.toBe(jobsHash(parse('{"__proto__":{"admin":false},"n":1}')));
    expect(jobsHash(withProto)).not.toBe(jobsHash(parse('{"n":1}')));
    // The copy never became anyone's prototype.
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });
});

describe("batch handle", () => {
  it("is plain JSON: a round trip gives an equal handle that still parses", () => {
    const handle = buildBatchHandle(Date.UTC(2026, 10, 28), [chunkRef(1, 200, 250), chunkRef(0, 0, 200)]);
    expect(handle.chunks.map((c) => c.index)).toEqual([0, 1]);
    expect(handle.total).toBe(250);
    expect(Date.parse(handle.expiresAt) - Date.parse(handle.createdAt)).toBe(RESULTS_TTL_MS);
    const revived = JSON.parse(JSON.stringify(handle));
    expect(revived).toEqual(handle);
    expect(parseBatchHandle(revived)).toEqual(handle);
  });

  it("names the first problem of something that is not a handle", () => {
    const handle = buildBatchHandle(0, [chunkRef(0, 0, 10)]);
    expect(() => parseBatchHandle({ ...handle, total: 11 })).toThrow(/total is 11 but the chunks hold 10 jobs/);
    expect(() => parseBatchHandle({ ...handle, chunks: [{ ...handle.chunks[0], asyncId: "nope" }] })).toThrow(/chunks\[0\]\.asyncId/);
    expect(() => parseBatchHandle({ ...handle, version: 2 })).toThrow(/version must be 1/);
    expect(() => parseBatchHandle("{}")).toThrow(/expected an object/);
  });

  it("is ok, expiring, then expired against its two days", () => {
    const createdAt = Date.UTC(2026, 0, 1);
    const handle = buildBatchHandle(createdAt, []);
    const sixHours = 6 * 3_600_000;
    expect(expiryStatus(handle, createdAt + RESULTS_TTL_MS - sixHours - 1, sixHours)).toEqual({ state: "ok" });
    expect(expiryStatus(handle, createdAt + RESULTS_TTL_MS - 1000, sixHours)).toEqual({ state: "expiring", remainingMs: 1000 });
    expect(expiryStatus(handle, createdAt + RESULTS_TTL_MS, sixHours)).toEqual({ state: "expired" });
  });
});

describe("progress", () => {
  it("weights each chunk by its job count and marks chunks done at 100 or by callback", () => {
    const handle = buildBatchHandle(0, [chunkRef(0, 0, 200), chunkRef(1, 200, 250)]);
    const progress = aggregateProgress(handle, new Map([[0, 50]]), new Set([1]));
    // (50 * 200 + 100 * 50) / 250 = 60
    expect(progress.percent).toBe(60);
    expect(progress.chunks).toEqual([
      { index: 0, asyncId: hex32(1), progress: 50, done: false },
      { index: 1, asyncId: hex32(2), progress: 100, done: true },
    ]);
  });

  it("backs off while nothing moves and returns to the interval when something does", () => {
    const base = { intervalMs: 100, maxIntervalMs: 300 };
    const first = nextPollDelayMs({ ...base, previousMs: undefined, advanced: false });
    const second = nextPollDelayMs({ ...base, previousMs: first, advanced: false });
    const third = nextPollDelayMs({ ...base, previousMs: second, advanced: false });
    const capped = nextPollDelayMs({ ...base, previousMs: third, advanced: false });
    expect([first, second, third, capped]).toEqual([100, 150, 225, 300]);
    expect(nextPollDelayMs({ ...base, previousMs: capped, advanced: true })).toBe(100);
  });
});

describe("outcomes", () => {
  const envelope = { errorCode: 400, message: "'event' does not validate", specificCode: 23016 };

  it("recognises the error envelope by shape, and nothing that merely looks close", () => {
    expect(isErrorEnvelope(envelope)).toBe(true);
    expect(isErrorEnvelope({ ...envelope, additionalMessages: ["why"] })).toBe(true);
    expect(isErrorEnvelope({ ...envelope, errorCode: 200 })).toBe(false);
    expect(isErrorEnvelope({ ...envelope, specificCode: "23016" })).toBe(false);
    expect(isErrorEnvelope({ errorCode: 400, message: "x" })).toBe(false);
    expect(isErrorEnvelope({ ...envelope, additionalMessages: [1] })).toBe(false);
    expect(isErrorEnvelope([envelope])).toBe(false);
  });

  it("classifies a result as success or failure with the envelope", () => {
    const result = (response: BatchResult["response"]): BatchResult => ({ namespace: "demo", action: "echo", request: { n: 1 }, response });
    expect(classifyResult(result({ ok: true }), { index: 7, asyncId: hex32(1) })).toEqual({
      index: 7,
      asyncId: hex32(1),
      status: "success",
      response: { ok: true },
    });
    expect(classifyResult(result(envelope), { index: 8, asyncId: hex32(1), job: job(1) })).toEqual({
      index: 8,
      asyncId: hex32(1),
      job: job(1),
      status: "failure",
      error: envelope,
    });
  });

  it("matches a result to its job by namespace, action and request, whatever the key order", () => {
    const theJob: Job = { namespace: "event", action: "inviteContacts", params: { event: 1, contacts: [1, 2], note: undefined } };
    const result: BatchResult = { namespace: "event", action: "inviteContacts", request: { contacts: [1, 2], event: 1 }, response: {} };
    expect(resultMismatch(result, theJob)).toBeUndefined();
    expect(resultMismatch({ ...result, action: "other" }, theJob)).toMatch(/event\.other.*event\.inviteContacts/);
    expect(resultMismatch({ ...result, request: { event: 1, contacts: [2, 1] } }, theJob)).toMatch(/request is not the job's params/);
    expect(jsonEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2, c: 3 }] })).toBe(false);
    expect(jsonEqual([], {})).toBe(false);
  });

  it("merges retried outcomes back into their original positions", () => {
    const success = (index: number): JobOutcome => ({ index, asyncId: hex32(1), status: "success", response: { index } });
    const failure = (index: number): JobOutcome => ({ index, asyncId: hex32(1), status: "failure", error: envelope });
    const original = [success(0), failure(1), success(2), failure(3)];
    const merged = mergeOutcomes(original, [success(3), failure(1)]);
    expect(merged.map((o) => [o.index, o.status])).toEqual([
      [0, "success"],
      [1, "failure"],
      [2, "success"],
      [3, "success"],
    ]);
    expect(original[3]!.status).toBe("failure");
    expect(() => mergeOutcomes(original, [success(9)])).toThrow(/job 9/);
  });
});

describe("job lookup and chunk validation", () => {
  it("reads a streamed job list forwards only, and says so when asked to go back", async () => {
    async function* source() {
      yield* jobs(5);
    }
    const lookup = createJobLookup(source());
    expect(await lookup.at(1)).toEqual(job(1));
    expect(await lookup.at(4)).toEqual(job(4));
    await expect(lookup.at(2)).rejects.toThrow(/only be read forwards/);
    expect(await createJobLookup(jobs(2)).at(5)).toBeUndefined();
  });

  it("names an invalid job by its position in the whole list, not in its chunk", () => {
    const [, second] = chunkArray([...jobs(250).slice(0, 203), { namespace: "demo", action: "", params: {} }, ...jobs(3)], 200);
    const problem = validateChunk(second!);
    expect(problem?.name).toBe("IvvyValidationError");
    expect(problem?.specificCode).toBe(24093);
    expect(problem?.message).toContain("jobs[203].action is empty");
    const positioned = validateChunk({ index: 0, start: 0, end: 1, jobs: [{ namespace: "", action: "x", params: {} }], positions: [41] });
    expect(positioned?.message).toContain("jobs[41].namespace is empty");
  });
});
