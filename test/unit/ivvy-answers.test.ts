// What the client makes of what iVvy answers (docs/known-clients.md): ping in any shape, fractional
// progress, and error envelopes whose codes come as numbers or numeric strings (ivvy-sdk-net
// types errorCode and specificCode as strings).
import { describe, expect, it } from "vitest";
import { createBatchClient } from "../../src/client/create-batch-client.js";
import { readPingAnswer } from "../../src/client/read-ping-answer.js";
import { SpecificCode } from "../../src/contract/specific-codes.js";
import { IvvyApiError } from "../../src/errors/ivvy-api-error.js";
import { readErrorEnvelope } from "../../src/errors/read-error-envelope.js";
import { createManualClock } from "../../src/util/clock.js";
import { classifyResult } from "../../src/workflow/results/classify-result.js";

const ASYNC_ID = "e35e06ee592d17a42dc9e6252a058617";
const NOW = Date.UTC(2026, 10, 28, 16, 23, 24);

const clientAnswering = (status: number, body: string) =>
  createBatchClient({
    apiKey: "k",
    apiSecret: "s",
    baseUrl: "https://api.example.test",
    fetch: async () => new Response(body, { status, headers: { "content-type": "application/json" } }),
    clock: createManualClock(NOW),
    retry: { retries: 0 },
  });

describe("client.ping() reads the server time from any answer and never throws on one it does not know", () => {
  it.each([
    ['{"ack":"2026-11-28 16:23:26"}', 2000],
    ['{"ack":"2026-11-28 16:23:26 UTC"}', 2000],
    ['{"message":"ack","timestamp":"2026-11-28 16:23:20 UTC"}', -4000],
    ['{"ack":"2026-11-28 16:23:22","server":"x"}', -2000],
  ])("%s: clock skew %d ms", async (body, skew) => {
    const result = await clientAnswering(200, body).ping();
    expect(result.clockSkewMs).toBe(skew);
    expect(result.serverTime).toEqual(new Date(NOW + skew));
    expect(result.answer).toEqual(JSON.parse(body));
  });

  it.each(["{}", '{"ack":true}', '{"ack":"yesterday"}', '{"ack":null,"timestamp":42}', "[]", '"pong"', "null"])(
    "%s: no server time, no TypeError",
    async (body) => {
      const result = await clientAnswering(200, body).ping();
      expect(result).toMatchObject({ serverTime: undefined, clockSkewMs: undefined });
    },
  );

  it("readPingAnswer takes the midpoint of the call", () => {
    expect(readPingAnswer({ ack: "2026-11-28 16:23:24" }, NOW - 1000, NOW + 3000).clockSkewMs).toBe(-1000);
  });
});

describe("progress with a fraction", () => {
  it.each([0, 33.3, 99.99, 100])("%d is returned as it came", async (progress) => {
    await expect(clientAnswering(200, JSON.stringify({ progress })).progress(ASYNC_ID)).resolves.toEqual({ progress });
  });
});

describe("error envelopes: numeric codes and numeric-string codes mean the same", () => {
  const documented = Object.entries(SpecificCode).filter(([, code]) => code !== 0);
  const statusOf = (code: number) =>
    code === SpecificCode.RequestStale
      ? 401
      : code === SpecificCode.NotSaved
        ? 500
        : code === SpecificCode.BatchNotFound || code === SpecificCode.ResultsNotFound
          ? 404
          : 400;

  it.each(documented)("%s (%d) as a number and as a string", async (_name, code) => {
    const status = statusOf(code);
    for (const body of [
      { errorCode: status, message: "m", specificCode: code },
      { errorCode: String(status), message: "m", specificCode: String(code) },
    ]) {
      const error = await clientAnswering(status, JSON.stringify(body))
        .progress(ASYNC_ID)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IvvyApiError);
      expect(error).toMatchObject({ status, errorCode: status, specificCode: code, envelope: { errorCode: status, message: "m", specificCode: code } });
    }
  });

  it("a job's error response with string codes is a failure with numeric codes, not a success", () => {
    const at = { index: 0, asyncId: ASYNC_ID };
    for (const response of [
      { errorCode: 400, message: "'id' does not validate", specificCode: 23016, additionalMessages: ["Value must be a whole number"] },
      { errorCode: "400", message: "'id' does not validate", specificCode: "23016", additionalMessages: ["Value must be a whole number"] },
    ]) {
      expect(classifyResult({ namespace: "contact", action: "getContact", request: { id: "wrong" }, response }, at)).toMatchObject({
        status: "failure",
        error: { errorCode: 400, specificCode: 23016, additionalMessages: ["Value must be a whole number"] },
      });
    }
    // A success body that merely has codes is still a success.
    expect(classifyResult({ namespace: "n", action: "a", request: {}, response: { errorCode: "200", message: "ok", specificCode: "1" } }, at).status).toBe(
      "success",
    );
  });

  it("keeps what it can read of a body that is not quite an envelope", () => {
    expect(readErrorEnvelope({ specificCode: "23005" }, 401, "Unauthorized")).toEqual({ errorCode: 401, message: "Unauthorized", specificCode: 23005 });
    expect(readErrorEnvelope({ message: "x", specificCode: "twelve" }, 400)).toEqual({ errorCode: 400, message: "x", specificCode: 0 });
    expect(readErrorEnvelope("<html>", 502, "Bad Gateway")).toMatchObject({ errorCode: 502, message: "Bad Gateway", specificCode: 0 });
    // What a proxy or gateway said instead is kept (cut), so the real failure is not lost.
    expect(readErrorEnvelope({ title: "The Prism mock did not answer", detail: "connect ECONNREFUSED" }, 502).additionalMessages).toEqual([
      "The response body was not an iVvy error envelope",
      'It said: {"title":"The Prism mock did not answer","detail":"connect ECONNREFUSED"}',
    ]);
    expect(readErrorEnvelope(`<html>${"x".repeat(400)}</html>`, 502).additionalMessages?.[1]).toHaveLength("It said: ".length + 301);
    expect(readErrorEnvelope("", 502).additionalMessages).toEqual(["The response body was not an iVvy error envelope"]);
    expect(readErrorEnvelope({ errorCode: "4x", message: "m", specificCode: 1.5 }, 400)).toEqual({ errorCode: 400, message: "m", specificCode: 0 });
  });
});
