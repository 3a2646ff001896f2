// Consumer side: our real client talks to the emulator through Prism in validation-proxy
// mode with --errors (support/validation-proxy.ts). Prism checks every request the client
// sends and every response the emulator gives against openapi.yaml; a violation either
// way turns into an error response the client throws on, and is listed in the proxy's
// log, which every test asserts is clean. The emulator's real callbacks are validated
// against BatchCallback as they arrive. The last block shows both checks failing.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type BatchClient, createBatchClient } from "../src/client/create-batch-client.js";
import type { Job } from "../src/contract/types.js";
import { checkComponent, checkResponse } from "../src/contract/validators.js";
import { createEmulator, type Emulator } from "../src/emulator/index.js";
import { IvvyApiError } from "../src/errors/ivvy-api-error.js";
import { type CaptureServer, startCaptureServer } from "../test/helpers/capture-server.js";
import { type BrokenProvider, startBrokenProvider } from "./fixtures/broken-provider.js";
import { type ProxyExchange, startValidationProxy, type ValidationProxy } from "./support/validation-proxy.js";

const credentials = { apiKey: "consumer-key", apiSecret: "consumer-secret" };
const MAX_BODY_BYTES = 64 * 1024;
const JOB: Job = { namespace: "test", action: "ping", params: {} };
// Long enough (20 x 40 ms) to ask a running batch for results, repost and restart.
const JOBS: Job[] = Array.from({ length: 20 }, () => JOB);
const UNKNOWN = "0123456789abcdef0123456789abcdef";

let emulator: Emulator;
let proxy: ValidationProxy;
let receiver: CaptureServer;
let emulatorRequests = 0;
let seen = 0;

beforeAll(async () => {
  emulator = createEmulator({
    credentials: [credentials],
    jobDelayMs: 40,
    maxBodyBytes: MAX_BODY_BYTES,
    honourPreferHeader: true,
    callbacks: { attempts: 1, baseDelayMs: 0, timeoutMs: 2_000 },
    onRequest: () => emulatorRequests++,
  });
  const { url } = await emulator.listen({ port: 0 });
  [proxy, receiver] = await Promise.all([startValidationProxy({ upstream: url }), startCaptureServer()]);
}, 60_000);

afterAll(async () => {
  await Promise.all([proxy?.close(), emulator?.close(), receiver?.close()]);
});

function client({ prefer, apiSecret = credentials.apiSecret }: { prefer?: string; apiSecret?: string } = {}): BatchClient {
  return createBatchClient({
    apiKey: credentials.apiKey,
    apiSecret,
    baseUrl: proxy.url,
    retry: { retries: 0 },
    fetch: async (request) => {
      if (prefer) request.headers.set("Prefer", prefer);
      return fetch(request);
    },
  });
}

/** The exchanges of the current test. */
const exchanges = (): ProxyExchange[] => proxy.log.slice(seen);

beforeEach(() => {
  seen = proxy.log.length;
});

/** Unless a test expects Prism to object, no request or response of it broke the contract. */
let expectViolations = false;
afterEach(() => {
  if (!expectViolations) {
    const broken = exchanges().filter((e) => e.violations.length > 0 || e.status === 422);
    expect(broken, "Prism found requests or responses that break openapi.yaml").toEqual([]);
  }
  expectViolations = false;
});

async function apiError(call: Promise<unknown>): Promise<IvvyApiError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IvvyApiError);
  return error as IvvyApiError;
}

/** The next callback at the receiver, checked against BatchCallback. */
async function validCallback(asyncId: string): Promise<void> {
  const callback = await receiver.next(5_000);
  expect(callback.headers["content-type"]).toMatch(/^application\/json/);
  const payload = JSON.parse(callback.body) as { asyncId?: unknown };
  expect(checkComponent("BatchCallback", payload)).toEqual({ valid: true, errors: [] });
  expect(payload.asyncId).toBe(asyncId);
}

describe("success paths: every client method, through Prism --errors, against the emulator", () => {
  it("ping", async () => {
    const ack = await client().ping();
    expect(ack.answer).toEqual({ ack: expect.any(String) });
    expect(Number.isFinite(ack.clockSkewMs)).toBe(true);
  });

  it("a batch's whole life: run, progress, results/repost/restart while running and when done, and its callbacks", async () => {
    const c = client();
    const { asyncId } = await c.run(JOBS, { callbackUrl: `${receiver.url}/ivvy/callback?token=t1` });
    expect(asyncId).toMatch(/^[0-9a-f]{32}$/);

    const running = await c.progress(asyncId);
    expect(running.progress).toBeLessThan(100);
    expect((await apiError(c.results(asyncId))).specificCode).toBe(24114);
    expect((await apiError(c.repost(asyncId))).specificCode).toBe(24114);
    expect(await c.restart(asyncId)).toEqual({ restarted: false });

    await emulator.idle();
    expect(await c.progress(asyncId)).toEqual({ progress: 100 });
    const results = await c.results(asyncId);
    expect(checkResponse("results", 200, "application/json", results)).toEqual({ valid: true, errors: [] });
    expect(results.results).toHaveLength(JOBS.length);
    await validCallback(asyncId);

    expect(await c.repost(asyncId)).toEqual({ reposted: true });
    await validCallback(asyncId);

    expect(await c.restart(asyncId)).toEqual({ restarted: true });
    await emulator.idle();
    await validCallback(asyncId);
    expect(exchanges().map((e) => e.status)).toEqual([200, 200, 400, 400, 200, 200, 200, 200, 200]);
  });

  it("repost of a batch run without a callbackUrl", async () => {
    const c = client();
    const { asyncId } = await c.run([JOB]);
    await emulator.idle();
    expect(await c.repost(asyncId)).toEqual({ reposted: false });
  });
});

describe("error paths: each one reaches the client as the contract's envelope", () => {
  it("404 for an unknown batch on progress, results, restart and repost", async () => {
    const c = client();
    const codes = [];
    for (const call of [c.progress, c.results, c.restart, c.repost]) codes.push((await apiError(call(UNKNOWN))).specificCode);
    expect(codes).toEqual([24105, 24115, 24105, 24105]);
  });

  it("401 for a wrong secret, on every method", async () => {
    const c = client({ apiSecret: "not-the-secret" });
    const calls = [() => c.ping(), () => c.run([JOB]), () => c.progress(UNKNOWN), () => c.results(UNKNOWN), () => c.restart(UNKNOWN), () => c.repost(UNKNOWN)];
    for (const call of calls) expect((await apiError(call())).status).toBe(401);
  });

  it("413 for a run over the emulator's body limit", async () => {
    const big: Job = { namespace: "test", action: "ping", params: { padding: "x".repeat(MAX_BODY_BYTES) } };
    expect((await apiError(client().run([big]))).status).toBe(413);
  });

  it.each([429, 500])("%i (asked for with Prefer, as a healthy emulator never gives it) on every method", async (status) => {
    const c = client({ prefer: `code=${status}` });
    const calls = [() => c.ping(), () => c.run([JOB]), () => c.progress(UNKNOWN), () => c.results(UNKNOWN), () => c.restart(UNKNOWN), () => c.repost(UNKNOWN)];
    for (const call of calls) {
      const error = await apiError(call());
      expect(error.status).toBe(status);
      if (status === 429) expect(error.retryAfterSeconds).toBeTypeOf("number");
    }
  });
});

describe("the checks can fail", () => {
  let broken: BrokenProvider;
  let brokenProxy: ValidationProxy;

  beforeAll(async () => {
    broken = await startBrokenProvider({ breaks: ["progress-over-100"], credentials, maxBodyBytes: MAX_BODY_BYTES });
    brokenProxy = await startValidationProxy({ upstream: broken.url });
  }, 60_000);

  afterAll(async () => {
    await Promise.all([brokenProxy?.close(), broken?.close()]);
  });

  it("a request that breaks the contract is refused by Prism and never reaches the emulator", async () => {
    expectViolations = true;
    const before = emulatorRequests;
    // The client's methods refuse a malformed asyncId locally; its raw client sends what it is given.
    await expect(client().progress("not-a-batch-id")).rejects.toMatchObject({ name: "IvvyValidationError", specificCode: 23016 });
    const { response } = await client().raw.POST("/api/1.0/batch?action=progress", { body: { async: "not-a-batch-id" } });
    expect(response.status).toBe(422);
    expect(emulatorRequests).toBe(before);
    expect(exchanges()).toEqual([{ url: "/api/1.0/batch?action=progress", status: 422, violations: [expect.stringMatching(/async must match pattern/)] }]);
  });

  it("a signing header that breaks its scheme's form is refused in front of Prism (which checks only presence) and never reaches the emulator", async () => {
    expectViolations = true;
    const before = emulatorRequests;
    const tampered = createBatchClient({
      ...credentials,
      baseUrl: proxy.url,
      retry: { retries: 0 },
      fetch: (request) => {
        request.headers.set("Content-MD5", "not-an-md5");
        return fetch(request);
      },
    });
    expect((await apiError(tampered.ping())).status).toBe(401);
    expect(emulatorRequests).toBe(before);
    expect(exchanges()).toEqual([{ url: "/api/1.0/test?action=ping", status: 401, violations: [expect.stringMatching(/Content-MD5 must match pattern/)] }]);
  });

  it("a response that breaks the contract (progress 150) fails the client's call", async () => {
    const c = createBatchClient({ ...credentials, baseUrl: brokenProxy.url, retry: { retries: 0 } });
    const { asyncId } = await c.run([JOB]);
    const error = await apiError(c.progress(asyncId));
    expect(error.status).toBe(500);
    const last = brokenProxy.log.at(-1);
    expect(last?.violations.join("\n")).toMatch(/progress.*(100|maximum)/i);
  });
});
