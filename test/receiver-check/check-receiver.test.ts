import { afterEach, describe, expect, it } from "vitest";
import { type CheckReceiverOptions, checkReceiver, type ReceiverCheckId, type ReceiverCheckReport } from "../../src/receiver-check/index.js";
import { createManualClock, type ManualClock } from "../../src/util/clock.js";
import { type Running, startFastifyReceiver, startHonoReceiver, startNodeReceiver, startPlainReceiver } from "./receivers.js";

const started: Running[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((r) => r.close()));
});
const start = async (running: Promise<Running>) => {
  const r = await running;
  started.push(r);
  return r;
};

/**
 * Runs a check on a manual clock. The clock moves only for the slow body's pauses (two
 * waits pending: the bound and a pause), never for a bound, so a receiver is never timed
 * out early; with `hang`, it moves to every bound too (for a receiver that never answers).
 */
async function check(options: Omit<CheckReceiverOptions, "clock">, { hang = false } = {}): Promise<ReceiverCheckReport> {
  const clock: ManualClock = createManualClock(0);
  let done = false;
  const work = checkReceiver({ ...options, clock }).finally(() => (done = true));
  for (let turns = 0; !done; turns++) {
    if (turns > 5_000_000) throw new Error("checkReceiver did not finish within 5,000,000 event-loop turns");
    await new Promise((resolve) => setImmediate(resolve));
    if (clock.pending >= 2 || (hang && clock.pending >= 1)) clock.runNext();
  }
  return work;
}

const verdicts = (report: ReceiverCheckReport) => Object.fromEntries(report.rows.map((r) => [r.id, r.verdict])) as Record<ReceiverCheckId, string>;
const failed = (report: ReceiverCheckReport) => report.rows.filter((r) => r.verdict === "fail").map((r) => r.id);

const ALL_PASS: Record<ReceiverCheckId, string> = {
  "one-result": "pass",
  "full-batch": "pass",
  repeat: "pass",
  "slow-body": "pass",
  "not-json": "pass",
  "not-a-callback": "pass",
  "wrong-content-type": "pass",
  "empty-body": "pass",
  "oversized-body": "pass",
  "missing-token": "pass",
  "wrong-token": "pass",
  "foreign-token": "pass",
};

describe("checkReceiver passes this package's receiver and the ones docs/receiver.md shows", () => {
  for (const [name, startIt] of [
    ["node:http + toNodeListener", startNodeReceiver],
    ["Hono on @hono/node-server", startHonoReceiver],
    ["Fastify", startFastifyReceiver],
  ] as const) {
    it(name, async () => {
      const receiver = await start(startIt());
      const report = await check({ issueUrl: receiver.issueUrl as (id: string) => Promise<string> });
      expect(
        verdicts(report),
        JSON.stringify(
          report.rows.filter((r) => r.verdict !== "pass"),
          null,
          1,
        ),
      ).toEqual(ALL_PASS);
      expect(report.ok).toBe(true);
      expect(report.notes).toEqual([]);
    });
  }

  it("with URLs issued but not bound (--callback-url): the foreign row binds the other token first", async () => {
    const receiver = await start(startNodeReceiver());
    const a = await receiver.receiver!.issueCallbackUrl();
    const b = await receiver.receiver!.issueCallbackUrl();
    const report = await check({ callbackUrls: { ["a".repeat(32)]: a.callbackUrl, ["b".repeat(32)]: b.callbackUrl } });
    expect(verdicts(report)).toEqual(ALL_PASS);
  });

  it("a plain receiver with no tokens: the token rows are left out, with a note", async () => {
    const receiver = await start(startPlainReceiver());
    const report = await check({ url: receiver.url });
    expect(failed(report)).toEqual([]);
    expect(report.rows.map((r) => r.id)).not.toContain("missing-token");
    expect(report.notes.join("\n")).toMatch(/token rows left out/);
    expect(report.rows.find((r) => r.id === "full-batch")?.sent.bytes).toBeGreaterThan(900_000);
  });
});

describe("checkReceiver fails broken receivers, naming the rows", () => {
  it("500 to a repeated delivery: the repeat row fails", async () => {
    const receiver = await start(startPlainReceiver({ failRepeats: true }));
    const report = await check({ url: receiver.url });
    expect(failed(report)).toContain("repeat");
    expect(report.rows.find((r) => r.id === "repeat")?.answer).toMatchObject({ kind: "answered", status: 500 });
    expect(report.ok).toBe(false);
  });

  it("200 to a body that is not JSON: advice on the bad-body rows, nothing fails", async () => {
    const receiver = await start(startPlainReceiver({ acceptAnything: true }));
    const report = await check({ url: receiver.url });
    expect(verdicts(report)).toMatchObject({ "not-json": "advice", "not-a-callback": "advice", "wrong-content-type": "advice", "empty-body": "advice" });
    expect(report.ok).toBe(true);
  });

  it("never answers (a small maxMs): every row fails on the bound", async () => {
    const receiver = await start(startPlainReceiver({ neverAnswer: true }));
    const report = await check({ url: receiver.url, maxMs: 50 }, { hang: true });
    expect(report.rows.every((r) => r.verdict === "fail" && r.answer.kind === "timeout")).toBe(true);
    expect(report.rows.find((r) => r.id === "slow-body")?.reason).toMatch(/no answer within 50 ms/);
  });

  it("crashes on a 1 MB body: the full-batch and repeat rows fail as dropped", async () => {
    const receiver = await start(startPlainReceiver({ crashOverBytes: 512 * 1024 }));
    const report = await check({ url: receiver.url });
    expect(failed(report)).toEqual(["full-batch", "repeat"]);
    expect(report.rows.find((r) => r.id === "full-batch")?.answer.kind).toBe("dropped");
  });

  it("accepts any token: the token rows are advice, not pass", async () => {
    const receiver = await start(startPlainReceiver());
    const report = await check({ callbackUrls: { ["a".repeat(32)]: `${receiver.url}?token=secret-a`, ["b".repeat(32)]: `${receiver.url}?token=secret-b` } });
    expect(verdicts(report)).toMatchObject({ "missing-token": "advice", "wrong-token": "advice", "foreign-token": "advice" });
    expect(report.ok).toBe(true);
    // The token-checking variant of the same receiver passes them: the rows can pass.
    const strict = await start(startPlainReceiver({ tokens: { ["a".repeat(32)]: "secret-a", ["b".repeat(32)]: "secret-b" } }));
    const good = await check({ callbackUrls: { ["a".repeat(32)]: `${strict.url}?token=secret-a`, ["b".repeat(32)]: `${strict.url}?token=secret-b` } });
    expect(verdicts(good)).toMatchObject({ "missing-token": "pass", "wrong-token": "pass", "foreign-token": "pass" });
    expect(good.rows.find((r) => r.id === "wrong-token")?.sent.url).not.toContain("secret");
  });

  it("refuses options it cannot use", async () => {
    await expect(checkReceiver({ url: "http://127.0.0.1:1/x", maxMz: 5 } as never)).rejects.toThrow(/maxMs/);
    await expect(checkReceiver({})).rejects.toThrow(/exactly one of url/);
    await expect(checkReceiver({ callbackUrls: { nope: "http://x/" } })).rejects.toThrow(/not an asyncId/);
  });
});
