// Every specific code the contract documents, provoked for real and checked against the
// response schema of its operation and status.
import { afterEach, describe, expect, it } from "vitest";
import { SpecificCode } from "../../src/contract/specific-codes.js";
import type { OperationId } from "../../src/contract/types.js";
import { clientFor, closeAll, echoHandlers, echoJobs, emulatorWith, expectConforms, expectEnvelope, send } from "./harness.js";

afterEach(closeAll);

const UNKNOWN = "0123456789abcdef0123456789abcdef";
const job = { namespace: "test", action: "ping", params: {} };

describe("run refuses invalid jobs with the documented codes, and stores nothing", () => {
  const cases: [string, unknown, number][] = [
    ["24092 a job that is not an object", { jobs: ["x"] }, SpecificCode.IncorrectJobFormat],
    ["24092 a job with an extra key", { jobs: [{ ...job, extra: 1 }] }, SpecificCode.IncorrectJobFormat],
    ["24092 a job without params", { jobs: [{ namespace: "a", action: "b" }] }, SpecificCode.IncorrectJobFormat],
    ["24092 params that are not an object", { jobs: [{ ...job, params: [1] }] }, SpecificCode.IncorrectJobFormat],
    ["24092 a namespace that is not a string", { jobs: [{ ...job, namespace: 5 }] }, SpecificCode.IncorrectJobFormat],
    ["24093 an empty action", { jobs: [job, { ...job, action: "" }] }, SpecificCode.EmptyJobParameter],
    ["24093 an empty namespace", { jobs: [{ ...job, namespace: "" }] }, SpecificCode.EmptyJobParameter],
    ["24448 201 jobs", { jobs: Array.from({ length: 201 }, () => job) }, SpecificCode.TooManyJobs],
    ["23017 no jobs", {}, SpecificCode.MissingParameter],
    ["23016 jobs not an array", { jobs: { 0: job } }, SpecificCode.InvalidParameter],
    ["23016 an empty jobs array", { jobs: [] }, SpecificCode.InvalidParameter],
    ["23016 a callbackUrl that is not http(s)", { jobs: [job], callbackUrl: "ftp://x" }, SpecificCode.InvalidParameter],
    ["23016 a callbackUrl that is not a string", { jobs: [job], callbackUrl: 42 }, SpecificCode.InvalidParameter],
    ["23016 an unknown parameter", { jobs: [job], priority: 1 }, SpecificCode.InvalidParameter],
    ["23016 a body that is an array", [job], SpecificCode.InvalidParameter],
    ["23016 a body that is null", null, SpecificCode.InvalidParameter],
  ];
  it.each(cases)("%s", async (_name, body, code) => {
    const emulator = emulatorWith();
    const answer = await send(emulator, "run", { json: body });
    expectEnvelope(answer, 400, code);
    expectConforms("run", answer);
    expect(emulator.batches.list()).toEqual([]);
  });

  it("names the offending job in additionalMessages", async () => {
    const answer = await send(emulatorWith(), "run", { json: { jobs: [job, { ...job, action: "" }] } });
    expect(answer.body.additionalMessages).toEqual(["jobs[1].action is empty"]);
  });

  it("gives the same code as the client's local check, from the one shared validator", async () => {
    const emulator = emulatorWith();
    const client = clientFor(emulator);
    await expect(client.run([{ ...job, action: "" }])).rejects.toMatchObject({ name: "IvvyValidationError", specificCode: 24093 });
    expectEnvelope(await send(emulator, "run", { json: { jobs: [{ ...job, action: "" }] } }), 400, 24093);
  });
});

describe("the async reference of progress, results, restart and repost", () => {
  const operations: OperationId[] = ["progress", "results", "restart", "repost"];
  it.each(operations)("%s: 23017 without async, 23016 for a malformed one or an extra key", async (operation) => {
    const emulator = emulatorWith();
    for (const [body, code] of [
      [{}, SpecificCode.MissingParameter],
      [{ async: "not-hex" }, SpecificCode.InvalidParameter],
      [{ async: UNKNOWN.toUpperCase() }, SpecificCode.InvalidParameter],
      [{ async: 12 }, SpecificCode.InvalidParameter],
      [{ async: UNKNOWN, extra: true }, SpecificCode.InvalidParameter],
      ["just a string", SpecificCode.InvalidParameter],
    ] as const) {
      const answer = await send(emulator, operation, { json: body });
      expectEnvelope(answer, 400, code);
      expectConforms(operation, answer);
    }
  });

  it.each([
    ["progress", SpecificCode.BatchNotFound],
    ["results", SpecificCode.ResultsNotFound],
    ["restart", SpecificCode.BatchNotFound],
    ["repost", SpecificCode.BatchNotFound],
  ] as const)("%s of an unknown batch is 404 %i", async (operation, code) => {
    const answer = await send(emulatorWith(), operation, { json: { async: UNKNOWN } });
    expectEnvelope(answer, 404, code);
    expectConforms(operation, answer);
  });
});

describe("a running batch", () => {
  const slow = () => emulatorWith({ jobDelayMs: 200, handlers: echoHandlers });

  it("results is 400 24114 until it is complete", async () => {
    const emulator = slow();
    const run = await send(emulator, "run", { json: { jobs: echoJobs(2) } });
    const answer = await send(emulator, "results", { json: { async: run.body.asyncId } });
    expectEnvelope(answer, 400, SpecificCode.BatchNotCompleted);
    expectConforms("results", answer);
  });

  it("repost is 400 24114: there is nothing to deliver yet", async () => {
    const emulator = slow();
    const run = await send(emulator, "run", { json: { jobs: echoJobs(2), callbackUrl: "http://127.0.0.1:9/cb" } });
    const answer = await send(emulator, "repost", { json: { async: run.body.asyncId } });
    expectEnvelope(answer, 400, SpecificCode.BatchNotCompleted);
    expectConforms("repost", answer);
    expect(emulator.callbacks.list()).toEqual([]);
  });

  it("restart changes nothing and answers restarted false", async () => {
    const emulator = slow();
    const run = await send(emulator, "run", { json: { jobs: echoJobs(2) } });
    const before = emulator.batches.get(run.body.asyncId);
    const answer = await send(emulator, "restart", { json: { async: run.body.asyncId } });
    expect(answer).toMatchObject({ status: 200, body: { restarted: false } });
    expectConforms("restart", answer);
    expect(emulator.batches.get(run.body.asyncId)).toEqual(before);
  });
});
