// Authentication as the iVvy server does it, through the shared verifyRequest: every way a
// request can fail it is a 401 envelope (23005 when the date is stale), and changes nothing.
import { afterEach, describe, expect, it } from "vitest";
import { SpecificCode } from "../../src/contract/specific-codes.js";
import type { RequestLogEntry } from "../../src/emulator/index.js";
import { DEMO_CREDENTIALS } from "../../src/emulator/options/demo-credentials.js";
import { md5Hex, stringToSign } from "../../src/signing/sign-request.js";
import { formatIvvyTimestamp } from "../../src/signing/timestamp.js";
import { createManualClock } from "../../src/util/clock.js";
import { clientFor, closeAll, emulatorWith, eventually, expectConforms, expectEnvelope, pingJob, rawRequest, read, send, within } from "./harness.js";

afterEach(closeAll);

const runBody = JSON.stringify({ jobs: [pingJob()] });

describe("strict auth (the default)", () => {
  const refusals: [string, Parameters<typeof send>[2], RegExp][] = [
    ["no X-Api-Authorization header", { body: runBody, headers: { "x-api-authorization": null } }, /missing/],
    ["a malformed header", { body: runBody, headers: { "x-api-authorization": "Bearer abc" } }, /IWS key:signature/],
    [
      "a wrong signature",
      { body: runBody, headers: { "x-api-authorization": `IWS ${DEMO_CREDENTIALS.apiKey}:${"0".repeat(40)}` } },
      /unknown or the signature does not match/,
    ],
    [
      "a signature made with another secret",
      { body: runBody, credentials: { apiKey: DEMO_CREDENTIALS.apiKey, apiSecret: "wrong" } },
      /unknown or the signature does not match/,
    ],
    ["an unknown key", { body: runBody, credentials: { apiKey: "nobody", apiSecret: "x" } }, /unknown or the signature does not match/],
    ["a body changed after signing (Content-MD5 and signature kept)", { body: runBody, headers: {} }, /Content-MD5 does not match/],
    ["a signed path that is not the one requested", { body: runBody }, /unknown or the signature does not match/],
    ["no IVVY-Date nor Date", { body: runBody, headers: { "ivvy-date": null } }, /IVVY-Date or the Date header/],
    ["no Content-MD5", { body: runBody, headers: { "content-md5": null } }, /Content-MD5 header is missing/],
  ];

  it.each(refusals)("refuses %s with 401", async (name, init, reason) => {
    const emulator = emulatorWith();
    let request = rawRequest(emulator, "/api/1.0/batch?action=run", init);
    if (name.startsWith("a body changed")) {
      // Same signed headers, one more job in the bytes.
      request = new Request(request.url, { method: "POST", headers: request.headers, body: JSON.stringify({ jobs: [pingJob(), pingJob(1)] }) });
    }
    if (name.startsWith("a signed path")) {
      const signedForProgress = rawRequest(emulator, "/api/1.0/batch?action=progress", init);
      request = new Request("http://emulator.test/api/1.0/batch?action=run", { method: "POST", headers: signedForProgress.headers, body: runBody });
    }
    const answer = await read(await emulator.fetch(request));
    expectEnvelope(answer, 401, SpecificCode.Unspecified);
    expect(answer.body.additionalMessages.join(" ")).toMatch(reason);
    expectConforms("run", answer);
    expect(emulator.batches.list()).toEqual([]);
  });

  it("refuses a date more than 5 minutes from its clock with 401 23005, either way, by the injected clock", async () => {
    const clock = createManualClock(Date.UTC(2026, 0, 1, 12));
    const emulator = emulatorWith({ clock });
    for (const skew of [5 * 60_000 + 1000, -(5 * 60_000 + 1000)]) {
      const client = clientFor(emulator, { now: () => clock.now() + skew });
      const error = await client.ping().catch((e: unknown) => e);
      expect(error).toMatchObject({ name: "IvvyApiError", status: 401, specificCode: SpecificCode.RequestStale });
    }
    const answer = await send(emulator, "ping", { now: clock.now() - 6 * 60_000 });
    expect(answer.body).toMatchObject({ errorCode: 401, message: "Request is stale", specificCode: 23005 });
    expectConforms("ping", answer);
    // Within the window it is accepted; then the emulator's clock moves and the same date is stale.
    const signedAt = clock.now() + 4 * 60_000;
    expect((await send(emulator, "ping", { now: signedAt })).status).toBe(200);
    clock.advance(10 * 60_000);
    expect((await send(emulator, "ping", { now: signedAt - 10 * 60_000 })).status).toBe(401);
  });

  it("accepts a standard Date header instead of IVVY-Date", async () => {
    const emulator = emulatorWith();
    // Sign with the Date header by hand: the date is part of the string, no IVVY headers.
    const { hmacSha1Hex, md5Hex, stringToSign } = await import("../../src/signing/sign-request.js");
    const date = new Date(emulator.clock.now()).toUTCString();
    const md5 = md5Hex("{}");
    const signature = hmacSha1Hex(
      stringToSign({
        method: "POST",
        contentMd5: md5,
        contentType: "application/json",
        date,
        requestString: "/api/1.0/test?action=ping",
        apiVersion: "1.0",
        ivvyHeaders: [],
      }),
      DEMO_CREDENTIALS.apiSecret,
    );
    const response = await emulator.fetch(
      new Request("http://emulator.test/api/1.0/test?action=ping", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "content-md5": md5,
          date,
          "x-api-version": "1.0",
          "x-api-authorization": `IWS ${DEMO_CREDENTIALS.apiKey}:${signature}`,
        },
        body: "{}",
      }),
    );
    expect(response.status).toBe(200);
  });

  it("accepts each of several configured key pairs, and keeps each key's batches to itself", async () => {
    const alice = { apiKey: "alice", apiSecret: "alice-secret" };
    const bob = { apiKey: "bob", apiSecret: "bob-secret" };
    const emulator = emulatorWith({ credentials: [alice, bob] });
    const { asyncId } = await clientFor(emulator, { credentials: alice }).run([pingJob()]);
    expect(await clientFor(emulator, { credentials: alice }).progress(asyncId)).toEqual({ progress: expect.any(Number) });
    await expect(clientFor(emulator, { credentials: bob }).progress(asyncId)).rejects.toMatchObject({ status: 404, specificCode: 24105 });
    await expect(clientFor(emulator).ping()).rejects.toMatchObject({ status: 401 }); // the demo pair is not configured here
  });
});

describe("key enumeration", () => {
  it("answers an unknown key exactly as a known key with a wrong signature, for every header set", async () => {
    const emulator = emulatorWith();
    const variants: [string, Record<string, string | null>][] = [
      ["complete headers", {}],
      ["no Content-MD5", { "content-md5": null }],
      ["no date", { "ivvy-date": null }],
      ["another X-Api-Version", { "x-api-version": "2.0" }],
    ];
    for (const [what, headers] of variants) {
      const unknown = await send(emulator, "run", { body: runBody, credentials: { apiKey: "nobody", apiSecret: "x" }, headers });
      const wrong = await send(emulator, "run", { body: runBody, credentials: { apiKey: DEMO_CREDENTIALS.apiKey, apiSecret: "x" }, headers });
      expect(unknown.status, what).toBe(401);
      expect(unknown.body, what).toEqual(wrong.body);
      expect(JSON.stringify(unknown.body), what).not.toMatch(/nobody/);
    }
  });

  it("keeps the precise reason and the string to sign it computed for the request log", async () => {
    const entries: RequestLogEntry[] = [];
    const emulator = emulatorWith({ onRequest: (entry) => void entries.push(entry) });
    const now = emulator.clock.now();
    await send(emulator, "ping", { credentials: { apiKey: "nobody", apiSecret: "x" }, now });
    await send(emulator, "ping", { credentials: { apiKey: DEMO_CREDENTIALS.apiKey, apiSecret: "x" }, now });
    await send(emulator, "ping", { headers: { "x-api-authorization": null } });
    await send(emulator, "ping");
    // What a correct client signs, computed here by the signing module's parts, not by the emulator.
    const md5 = md5Hex("{}");
    const expected = stringToSign({
      method: "POST",
      contentMd5: md5,
      contentType: "application/json",
      date: "",
      requestString: "/api/1.0/test?action=ping",
      apiVersion: "1.0",
      ivvyHeaders: [["IVVY-Date", formatIvvyTimestamp(now)]],
    });
    expect(entries.map((e) => e.authFailure)).toEqual([
      { reason: "Unknown API key 'nobody'", stringToSign: expected },
      { reason: "The signature does not match the request", stringToSign: expected },
      { reason: "The X-Api-Authorization header is missing", stringToSign: undefined },
      undefined,
    ]);
  });
});

describe("the signed headers are checked before the body is read", () => {
  /** A body stream that counts the chunks pulled from it and never ends unless told to. */
  function countingBody(chunks: Uint8Array[], end: boolean) {
    const pulled = { count: 0 };
    const stream = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          const next = chunks[pulled.count++];
          if (next) controller.enqueue(next);
          else if (end) controller.close();
        },
      },
      { highWaterMark: 0 },
    ); // pulled only when read, so `pulled` counts what the emulator read
    return { stream, pulled };
  }
  const streamed = (emulator: ReturnType<typeof emulatorWith>, init: Parameters<typeof rawRequest>[2], body: ReadableStream<Uint8Array>) => {
    const signed = rawRequest(emulator, "/api/1.0/batch?action=run", init);
    return new Request(signed.url, { method: "POST", headers: signed.headers, body, duplex: "half" } as RequestInit);
  };

  it("an unsigned or wrongly signed request is refused without reading a byte of its body", async () => {
    const emulator = emulatorWith();
    for (const init of [
      { body: runBody, credentials: null },
      { body: runBody, credentials: { apiKey: DEMO_CREDENTIALS.apiKey, apiSecret: "x" } },
    ] as const) {
      const { stream, pulled } = countingBody([new TextEncoder().encode(runBody)], false);
      const answer = await read(await emulator.fetch(streamed(emulator, init, stream)));
      expectEnvelope(answer, 401, SpecificCode.Unspecified);
      expect(pulled.count).toBe(0);
    }
  });

  it("a signed body is read within bodyTimeoutMs of the emulator's clock, else 400, and checked against its Content-MD5", async () => {
    const clock = createManualClock(Date.now());
    const emulator = emulatorWith({ clock, bodyTimeoutMs: 50 });
    const bytes = new TextEncoder().encode(runBody);
    const never = countingBody([bytes.slice(0, 5)], false);
    const answer = emulator.fetch(streamed(emulator, { body: runBody }, never.stream));
    // The first 5 bytes are read, then the body stalls until 50 ms of the clock have passed.
    await eventually("the emulator to wait for the rest of the body", () => never.pulled.count >= 2);
    clock.advance(50);
    const slow = await read(await within("the answer to a body that never ends", answer));
    expectEnvelope(slow, 400, SpecificCode.InvalidParameter);
    expect(slow.body.additionalMessages[0]).toMatch(/not complete within 50 ms/);
    const whole = countingBody([bytes], true);
    expect((await read(await emulator.fetch(streamed(emulator, { body: runBody }, whole.stream)))).status).toBe(200);
    const other = countingBody([new TextEncoder().encode(JSON.stringify({ jobs: [pingJob(), pingJob(1)] }))], true);
    const tampered = await read(await emulator.fetch(streamed(emulator, { body: runBody }, other.stream)));
    expectEnvelope(tampered, 401, SpecificCode.Unspecified);
    expect(tampered.body.additionalMessages[0]).toMatch(/Content-MD5 does not match/);
    expect(emulator.batches.list()).toHaveLength(1);
  });

  it("past maxBufferedBytes across the requests in flight, answers 429 with Retry-After, and recovers when they end", async () => {
    const emulator = emulatorWith({ maxBufferedBytes: 1000, bodyTimeoutMs: 5_000 });
    const bytes = new TextEncoder().encode(" ".repeat(600));
    // Two uploads of 600 bytes each that are still arriving: together past the 1000 bytes.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const holding = () => {
      const body = {
        pulls: 0,
        stream: new ReadableStream<Uint8Array>(
          {
            async pull(controller) {
              if (body.pulls++ === 0) return controller.enqueue(bytes);
              await gate;
              controller.close();
            },
          },
          { highWaterMark: 0 },
        ),
      };
      return body;
    };
    const firstBody = holding();
    const first = emulator.fetch(streamed(emulator, { body: runBody }, firstBody.stream));
    // Its 600 bytes are taken from the budget once the emulator asks for more.
    await eventually("the first upload's 600 bytes to be read", () => firstBody.pulls >= 2);
    const second = await read(await emulator.fetch(streamed(emulator, { body: runBody }, holding().stream)));
    expectEnvelope(second, 429, SpecificCode.Unspecified);
    expect(second.body.additionalMessages[0]).toMatch(/maxBufferedBytes/);
    expect(second.headers.get("retry-after")).toBe("1");
    release();
    expect((await first).status).toBe(401); // its bytes are not the signed body: read whole, then refused
    expect((await send(emulator, "run", { body: runBody })).status).toBe(200);
  });
});

describe("relaxed auth", () => {
  it("serves unsigned requests, and still checks everything else", async () => {
    const emulator = emulatorWith({ auth: "relaxed" });
    const run = await send(emulator, "run", { credentials: null, json: { jobs: [pingJob()] } });
    expect(run.status).toBe(200);
    expectConforms("run", run);
    expectEnvelope(await send(emulator, "run", { credentials: null, json: { jobs: [] } }), 400, 23016);
    // A signed request with a wrong signature is also let through: no signature check at all.
    expect((await send(emulator, "ping", { credentials: { apiKey: "x", apiSecret: "y" } })).status).toBe(200);
  });
});
