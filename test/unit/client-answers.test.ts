// The client takes no answer blindly (docs/client.md, IvvyResponseError). Before: run's `200 {}`
// resolved `{}`, an asyncId of `../../etc/passwd` was taken, progress "100" and 1e9
// resolved, a 307 was followed to another origin, and any body size was read whole.
import { describe, expect, it } from "vitest";
import type { BatchClientOptions } from "../../src/client/client-options.js";
import { createBatchClient } from "../../src/client/create-batch-client.js";
import type { IvvyResponseError } from "../../src/errors/ivvy-response-error.js";
import { isIvvyError, isIvvyResponseError } from "../../src/errors/type-guards.js";
import { createManualClock } from "../../src/util/clock.js";

const ASYNC_ID = "e35e06ee592d17a42dc9e6252a058617";
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(typeof body === "string" ? body : JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

function fakeFetch(...answers: (Response | ((request: Request) => Response))[]) {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    const next = answers.shift();
    if (next === undefined) throw new Error(`unexpected request ${request.method} ${request.url}`);
    return typeof next === "function" ? next(request) : next;
  };
  return { fetch, requests };
}

const client = (fetch: (r: Request) => Promise<Response>, over: Partial<BatchClientOptions> = {}) =>
  createBatchClient({
    apiKey: "k",
    apiSecret: "s",
    baseUrl: "https://api.example.test",
    fetch,
    clock: createManualClock(),
    retry: { baseDelayMs: 0, maxDelayMs: 0 },
    ...over,
  });

const jobs = [{ namespace: "test", action: "ping", params: {} }];

async function responseError(promise: Promise<unknown>): Promise<IvvyResponseError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!isIvvyResponseError(error)) throw new Error(`expected an IvvyResponseError, got ${String(error)}`);
  expect(isIvvyError(error)).toBe(true);
  return error;
}

describe("success answers are checked against openapi.yaml", () => {
  it.each([
    ["{}", {}, "must have required property 'asyncId'"],
    ["a path for an asyncId", { asyncId: "../../etc/passwd" }, "/asyncId must match pattern"],
    ["an upper-case asyncId", { asyncId: ASYNC_ID.toUpperCase() }, "/asyncId must match pattern"],
    ["a number", { asyncId: 12 }, "/asyncId must be string"],
    ["an extra key", { asyncId: ASYNC_ID, redirect: "x" }, "must NOT have additional properties ('redirect')"],
    ["an array", [ASYNC_ID], "must be object"],
  ])("run answering 200 with %s is an IvvyResponseError, not a success", async (_, body, violation) => {
    const error = await responseError(client(fakeFetch(json(200, body)).fetch).run(jobs));
    expect(error).toMatchObject({ problem: "schema", status: 200, action: "run", url: "https://api.example.test/api/1.0/batch?action=run" });
    expect(error.violations.join()).toContain(violation);
    expect(error.message).toContain("openapi.yaml does not allow");
  });

  it.each([
    ["a string", { progress: "100" }, "/progress must be number"],
    ["past 100", { progress: 1e9 }, "/progress must be <= 100"],
    ["negative", { progress: -1 }, "/progress must be >= 0"],
    ["null", { progress: null }, "/progress must be number"],
    ["missing", {}, "must have required property 'progress'"],
  ])("progress %s is refused", async (_, body, violation) => {
    const error = await responseError(client(fakeFetch(json(200, body)).fetch).progress(ASYNC_ID));
    expect(error.violations.join()).toContain(violation);
  });

  it("results, restart and repost are checked too", async () => {
    const c = (body: unknown) => client(fakeFetch(json(200, body)).fetch);
    expect((await responseError(c({ asyncId: ASYNC_ID }).results(ASYNC_ID))).violations.join()).toContain("'results'");
    expect((await responseError(c({ asyncId: ASYNC_ID, results: [{ namespace: "a" }] }).results(ASYNC_ID))).violations.join()).toContain("/results/0");
    expect((await responseError(c({ restarted: "yes" }).restart(ASYNC_ID))).violations.join()).toContain("/restarted must be boolean");
    expect((await responseError(c({}).repost(ASYNC_ID))).violations.join()).toContain("'reposted'");
  });

  it("ping takes any JSON answer (its shape is left open: the x-decision on ping in openapi.yaml), but not one that is not JSON", async () => {
    await expect(client(fakeFetch(json(200, { hello: 1 })).fetch).ping()).resolves.toMatchObject({ clockSkewMs: undefined });
    expect(await responseError(client(fakeFetch(json(200, "<html>")).fetch).ping())).toMatchObject({ problem: "not-json", action: "ping" });
  });

  it("a 2xx that is not JSON, or empty, is refused", async () => {
    expect(await responseError(client(fakeFetch(json(200, "<html>ok</html>")).fetch).run(jobs))).toMatchObject({ problem: "not-json" });
    expect(await responseError(client(fakeFetch(new Response(null, { status: 204 })).fetch).run(jobs))).toMatchObject({ problem: "not-json", status: 204 });
    expect(await responseError(client(fakeFetch(json(200, "")).fetch).progress(ASYNC_ID))).toMatchObject({ problem: "not-json" });
  });

  it("valid answers still resolve as before", async () => {
    const fake = fakeFetch(json(200, { asyncId: ASYNC_ID }), json(200, { progress: 100 }), json(200, { asyncId: ASYNC_ID, results: [] }));
    const c = client(fake.fetch);
    expect(await c.run(jobs)).toEqual({ asyncId: ASYNC_ID });
    expect(await c.progress(ASYNC_ID)).toEqual({ progress: 100 });
    expect(await c.results(ASYNC_ID)).toEqual({ asyncId: ASYNC_ID, results: [] });
  });

  it("a bad answer to a safe call is not retried: it would only be asked again", async () => {
    const fake = fakeFetch(json(200, { progress: "50" }));
    await responseError(client(fake.fetch).progress(ASYNC_ID));
    expect(fake.requests).toHaveLength(1);
  });
});

describe("redirects are never followed", () => {
  it("requests go out with redirect: manual, and a 3xx is an IvvyResponseError naming the Location", async () => {
    for (const status of [301, 302, 303, 307, 308]) {
      const fake = fakeFetch(new Response(null, { status, headers: { location: "https://evil.example/steal" } }));
      const error = await responseError(client(fake.fetch).run(jobs));
      expect(fake.requests[0]!.redirect).toBe("manual");
      expect(error).toMatchObject({ problem: "redirect", status, location: "https://evil.example/steal", followed: false });
      expect(error.message).toContain("redirecting to https://evil.example/steal");
      expect(fake.requests).toHaveLength(1);
    }
  });

  it("an answer a custom fetch reached by following a redirect anyway is refused", async () => {
    const followed = json(200, { asyncId: ASYNC_ID });
    Object.defineProperty(followed, "redirected", { value: true });
    Object.defineProperty(followed, "url", { value: "https://evil.example/api" });
    const error = await responseError(client(fakeFetch(followed).fetch).run(jobs));
    expect(error).toMatchObject({ problem: "redirect", followed: true, location: "https://evil.example/api" });
  });

  it("a 3xx is not retried on a safe call either", async () => {
    const fake = fakeFetch(new Response(null, { status: 307, headers: { location: "/elsewhere" } }));
    expect(await responseError(client(fake.fetch).progress(ASYNC_ID))).toMatchObject({ location: "/elsewhere" });
    expect(fake.requests).toHaveLength(1);
  });
});

describe("maxResponseBytes", () => {
  const stream = (chunks: number, size: number) => {
    let sent = 0;
    const source = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ >= chunks) return controller.close();
        controller.enqueue(new Uint8Array(size).fill(0x20));
      },
    });
    return { source, pulled: () => sent };
  };

  it("refuses a declared Content-Length past the limit before reading a byte", async () => {
    const { source, pulled } = stream(100, 1024);
    const fake = fakeFetch(new Response(source, { status: 200, headers: { "content-length": "2000000" } }));
    const error = await responseError(client(fake.fetch, { maxResponseBytes: 1_000_000 }).results(ASYNC_ID));
    expect(error).toMatchObject({ problem: "too-large", maxResponseBytes: 1_000_000, action: "results" });
    expect(error.message).toContain("larger than maxResponseBytes (1000000 bytes)");
    expect(pulled()).toBeLessThanOrEqual(1);
  });

  it("cuts off a body of unknown length once it passes the limit, error statuses included", async () => {
    const big = stream(10_000, 64 * 1024);
    const error = await responseError(client(fakeFetch(new Response(big.source, { status: 200 })).fetch, { maxResponseBytes: 1_000_000 }).results(ASYNC_ID));
    expect(error).toMatchObject({ problem: "too-large" });
    // 16 chunks of 64 KiB reach the limit; the 10,000 are never produced.
    expect(big.pulled()).toBeLessThan(40);
    const errorBody = stream(10_000, 64 * 1024);
    expect(
      await responseError(client(fakeFetch(new Response(errorBody.source, { status: 500 })).fetch, { maxResponseBytes: 1_000_000 }).run(jobs)),
    ).toMatchObject({
      problem: "too-large",
      status: 500,
    });
    expect(errorBody.pulled()).toBeLessThan(40);
  });

  it("takes answers up to the limit, and defaults to 64 MiB", async () => {
    const body = JSON.stringify({ asyncId: ASYNC_ID, results: [] });
    const exact = new TextEncoder().encode(body);
    const unknownLength = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(exact);
        c.close();
      },
    });
    const c = client(fakeFetch(new Response(unknownLength, { status: 200 })).fetch, { maxResponseBytes: exact.byteLength });
    expect(await c.results(ASYNC_ID)).toEqual({ asyncId: ASYNC_ID, results: [] });
    const declared = fakeFetch(new Response(body, { status: 200, headers: { "content-length": String(64 * 1024 * 1024 + 1) } }));
    expect(await responseError(client(declared.fetch).results(ASYNC_ID))).toMatchObject({ maxResponseBytes: 64 * 1024 * 1024 });
  });

  it("is checked when the client is made", () => {
    for (const bad of [0, -1, 1.5, "1mb", Number.POSITIVE_INFINITY]) {
      expect(() => client(fakeFetch().fetch, { maxResponseBytes: bad as number })).toThrow(
        /option 'maxResponseBytes' must be an integer \(bytes\) of at least 1/,
      );
    }
  });
});
