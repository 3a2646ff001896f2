import { describe, expect, it, vi } from "vitest";
import type { BatchClientOptions } from "../../src/client/client-options.js";
import { createBatchClient } from "../../src/client/create-batch-client.js";
import { SpecificCode } from "../../src/contract/specific-codes.js";
import { IvvyApiError } from "../../src/errors/ivvy-api-error.js";
import { IvvyNetworkError } from "../../src/errors/ivvy-network-error.js";
import { IvvyTimeoutError } from "../../src/errors/ivvy-timeout-error.js";
import { IvvyValidationError } from "../../src/errors/ivvy-validation-error.js";
import { isIvvyApiError, isIvvyError, isIvvyNetworkError, isIvvyTimeoutError, isIvvyValidationError } from "../../src/errors/type-guards.js";
import { createManualClock, type ManualClock } from "../../src/util/clock.js";
import { plainSignature, plainStringToSign } from "./independent-signer.js";

const ASYNC_ID = "e35e06ee592d17a42dc9e6252a058617";
const NOW = Date.UTC(2026, 10, 28, 16, 23, 24);
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

/** Never answers; rejects like fetch does when the request's signal aborts. */
const hang = (request: Request) =>
  new Promise<Response>((_, reject) => {
    if (request.signal.aborted) reject(request.signal.reason);
    request.signal.addEventListener("abort", () => reject(request.signal.reason));
  });

/** A fetch that answers from a queue and records every request; an unexpected request fails loudly. */
function fakeFetch(...answers: (Response | Error | ((request: Request) => Response | Promise<Response>))[]) {
  const requests: { request: Request; body: string }[] = [];
  const fetch = async (request: Request) => {
    requests.push({ request, body: await request.clone().text() });
    const next = answers.shift();
    if (next === undefined) throw new Error(`unexpected request ${request.method} ${request.url}`);
    if (next instanceof Error) throw next;
    return typeof next === "function" ? next(request) : next;
  };
  return { fetch, requests };
}

/**
 * A client on a manual clock at NOW that nothing moves: its timeouts never fire unless a
 * test moves the clock, and its retries do not wait (no backoff) unless a test asks for one.
 */
const client = (fetch: (r: Request) => Promise<Response>, over: Partial<BatchClientOptions> = {}) =>
  createBatchClient({
    apiKey: "demo-key",
    apiSecret: "demo-secret",
    baseUrl: "https://api.example.test",
    fetch,
    clock: createManualClock(NOW),
    retry: { baseDelayMs: 0, maxDelayMs: 0 },
    random: () => 0.5,
    ...over,
  });

/** Waits (bounded) until the next thing due on the clock is `ms` away (the client waiting), then lets that time pass. */
async function passWait(clock: ManualClock, ms: number, what: string) {
  await vi.waitFor(() => expect(clock.nextAt(), what).toBe(clock.now() + ms), { timeout: 2_000, interval: 1 });
  clock.advance(ms);
}

describe("signed requests", () => {
  it("every method POSTs the right URL and body, signed as an independent implementation says", async () => {
    const fake = fakeFetch(
      json(200, { asyncId: ASYNC_ID }),
      json(200, { progress: 50 }),
      json(200, { asyncId: ASYNC_ID, results: [] }),
      json(200, { restarted: true }),
      json(200, { reposted: false }),
      json(200, { ack: "2026-11-28 16:23:26" }),
    );
    const c = client(fake.fetch);
    const jobs = [{ namespace: "event", action: "inviteContacts", params: { event: 1, contacts: [1, 2] } }];
    expect(await c.run(jobs, { callbackUrl: "https://cb.example.test/x?token=%C3%A9" })).toEqual({ asyncId: ASYNC_ID });
    expect(await c.progress(ASYNC_ID)).toEqual({ progress: 50 });
    expect(await c.results(ASYNC_ID)).toEqual({ asyncId: ASYNC_ID, results: [] });
    expect(await c.restart(ASYNC_ID)).toEqual({ restarted: true });
    expect(await c.repost(ASYNC_ID)).toEqual({ reposted: false });
    const ping = await c.ping();
    expect(ping).toEqual({ serverTime: new Date("2026-11-28T16:23:26Z"), clockSkewMs: 2000, answer: { ack: "2026-11-28 16:23:26" } });

    const expectedUrls = [
      "batch?action=run",
      "batch?action=progress",
      "batch?action=results",
      "batch?action=restart",
      "batch?action=repost",
      "test?action=ping",
    ];
    expect(fake.requests.map((r) => r.request.url)).toEqual(expectedUrls.map((u) => `https://api.example.test/api/1.0/${u}`));
    expect(JSON.parse(fake.requests[0]!.body)).toEqual({ jobs, callbackUrl: "https://cb.example.test/x?token=%C3%A9" });
    for (const { body } of fake.requests.slice(1, 5)) expect(JSON.parse(body)).toEqual({ async: ASYNC_ID });
    expect(fake.requests[5]!.body).toBe("{}");

    for (const { request, body } of fake.requests) {
      const url = new URL(request.url);
      const headers: Record<string, string> = {};
      request.headers.forEach((v, k) => {
        headers[k] = v;
      });
      expect(request.method).toBe("POST");
      expect(headers["x-api-version"]).toBe("1.0");
      expect(headers["ivvy-date"]).toBe("2026-11-28 16:23:24");
      const { "x-api-authorization": auth, ...rest } = headers;
      const sts = plainStringToSign({ method: "POST", path: url.pathname + url.search, headers: rest, body: Buffer.from(body, "utf8") });
      expect(auth).toBe(`IWS demo-key:${plainSignature(sts, "demo-secret")}`);
    }
  });

  it("signs the path and query the Request carries, under a base URL with a path prefix and one the URL parser normalises", async () => {
    const fake = fakeFetch(json(200, { progress: 50 }), json(200, { meta: {}, results: [] }), json(200, { progress: 50 }));
    await client(fake.fetch, { baseUrl: "https://api.example.test/proxy/ivvy" }).progress(ASYNC_ID);
    await client(fake.fetch, { baseUrl: "https://api.example.test/proxy/ivvy" }).call("venue", "getVenueList", {});
    await client(fake.fetch, { baseUrl: "HTTPS://API.example.test:443/a/../proxy" }).progress(ASYNC_ID);
    const paths = ["/proxy/ivvy/api/1.0/batch?action=progress", "/proxy/ivvy/api/1.0/venue?action=getVenueList", "/proxy/api/1.0/batch?action=progress"];
    fake.requests.forEach(({ request, body }, i) => {
      const url = new URL(request.url);
      expect(url.pathname + url.search).toBe(paths[i]);
      const headers: Record<string, string> = {};
      request.headers.forEach((v, k) => {
        if (k !== "x-api-authorization") headers[k] = v;
      });
      const sts = plainStringToSign({ method: "POST", path: paths[i]!, headers, body: Buffer.from(body, "utf8") });
      expect(request.headers.get("x-api-authorization")).toBe(`IWS demo-key:${plainSignature(sts, "demo-secret")}`);
    });
  });

  it("signs each retry afresh with the clock at that moment", async () => {
    const clock = createManualClock(NOW);
    const fake = fakeFetch(json(503, { errorCode: 503, message: "busy", specificCode: 0 }), json(200, { progress: 1 }));
    // Full jitter (random 1): the backoff before the retry is the whole 61 s.
    const c = client(fake.fetch, { clock, random: () => 1, retry: { baseDelayMs: 61_000, maxDelayMs: 61_000 } });
    const call = c.progress(ASYNC_ID);
    await passWait(clock, 61_000, "the backoff before the retry");
    await call;
    const [first, second] = fake.requests.map((r) => r.request.headers);
    expect(first!.get("ivvy-date")).toBe("2026-11-28 16:23:24");
    expect(second!.get("ivvy-date")).toBe("2026-11-28 16:24:25");
    expect(first!.get("x-api-authorization")).not.toBe(second!.get("x-api-authorization"));
  });
});

describe("errors", () => {
  it("an error envelope becomes an IvvyApiError with its fields and a fix", async () => {
    const fake = fakeFetch(json(401, { errorCode: 401, message: "Request is stale", specificCode: 23005 }));
    const error = await client(fake.fetch)
      .results(ASYNC_ID)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IvvyApiError);
    expect(error).toMatchObject({ name: "IvvyApiError", status: 401, errorCode: 401, specificCode: SpecificCode.RequestStale, action: "results" });
    expect((error as Error).message).toMatch(/check this machine's clock/);
    expect(isIvvyApiError(error) && isIvvyError(error)).toBe(true);
    expect(isIvvyNetworkError(error)).toBe(false);
  });

  it("a body that is not an envelope still gives an IvvyApiError with the status", async () => {
    const fake = fakeFetch(new Response("<html>bad gateway</html>", { status: 404, statusText: "Not Found" }));
    await expect(client(fake.fetch).progress(ASYNC_ID)).rejects.toMatchObject({ name: "IvvyApiError", status: 404, specificCode: 0 });
  });

  it("safe calls retry 429 and 5xx, honouring Retry-After; the last failure is thrown", async () => {
    const clock = createManualClock(NOW);
    const busy = () => json(429, { errorCode: 429, message: "Too Many Requests", specificCode: 0 }, { "retry-after": "2" });
    const fake = fakeFetch(busy(), json(500, { errorCode: 500, message: "x", specificCode: 0 }), busy(), busy());
    const c = client(fake.fetch, { clock, retry: { retries: 3, baseDelayMs: 200, maxDelayMs: 10_000 } });
    const failed = expect(c.results(ASYNC_ID)).rejects.toMatchObject({ status: 429, retryAfterSeconds: 2 });
    // Retry-After 2 s; then backoff 400 ms with half jitter (random 0.5: 300); Retry-After again.
    await passWait(clock, 2_000, "Retry-After before retry 1");
    await passWait(clock, 300, "backoff before retry 2");
    await passWait(clock, 2_000, "Retry-After before retry 3");
    await failed;
    expect(fake.requests).toHaveLength(4);
    expect(clock.pending).toBe(0);
  });

  it("4xx other than 429 is not retried", async () => {
    const fake = fakeFetch(json(404, { errorCode: 404, message: "Could not find batch", specificCode: 24105 }));
    await expect(client(fake.fetch).progress(ASYNC_ID)).rejects.toMatchObject({ specificCode: SpecificCode.BatchNotFound });
    expect(fake.requests).toHaveLength(1);
  });

  it("run, restart and repost are never retried", async () => {
    for (const call of [
      (c: ReturnType<typeof client>) => c.run([{ namespace: "test", action: "ping", params: {} }]),
      (c: ReturnType<typeof client>) => c.restart(ASYNC_ID),
      (c: ReturnType<typeof client>) => c.repost(ASYNC_ID),
    ]) {
      const fake = fakeFetch(json(503, { errorCode: 503, message: "busy", specificCode: 0 }));
      await expect(call(client(fake.fetch))).rejects.toMatchObject({ status: 503 });
      expect(fake.requests).toHaveLength(1);
      const net = fakeFetch(new TypeError("fetch failed"));
      const error = await call(client(net.fetch)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IvvyNetworkError);
      expect(error).toMatchObject({ mayHaveReachedServer: true });
      expect(net.requests).toHaveLength(1);
    }
  });

  it("network errors on safe calls are retried, then thrown as IvvyNetworkError", async () => {
    const fake = fakeFetch(new TypeError("fetch failed"), json(200, { progress: 7 }));
    expect(await client(fake.fetch).progress(ASYNC_ID)).toEqual({ progress: 7 });
    const failing = fakeFetch(...Array.from({ length: 4 }, () => new TypeError("fetch failed")));
    await expect(client(failing.fetch).progress(ASYNC_ID)).rejects.toSatisfy(isIvvyNetworkError);
  });

  it("times out with IvvyTimeoutError", async () => {
    const clock = createManualClock(NOW);
    const c = client(fakeFetch(hang).fetch, { clock, timeoutMs: 20, retry: { retries: 0 } });
    const pending = c.progress(ASYNC_ID).catch((e: unknown) => e);
    await passWait(clock, 20, "the attempt's timeout");
    const error = await pending;
    expect(error).toBeInstanceOf(IvvyTimeoutError);
    expect(isIvvyTimeoutError(error) && isIvvyNetworkError(error)).toBe(true);
    expect((error as IvvyTimeoutError).timeoutMs).toBe(20);
  });

  it("a per-call AbortSignal cancels with its own reason, also during a retry wait", async () => {
    const controller = new AbortController();
    const pending = client(fakeFetch(hang).fetch).progress(ASYNC_ID, { signal: controller.signal });
    controller.abort(new Error("user gave up"));
    await expect(pending).rejects.toThrow("user gave up");

    const waiting = new AbortController();
    const clock = createManualClock(NOW);
    const c = client(fakeFetch(json(503, { errorCode: 503, message: "x", specificCode: 0 })).fetch, {
      clock,
      retry: { baseDelayMs: 1_000, maxDelayMs: 1_000 },
    });
    const call = expect(c.progress(ASYNC_ID, { signal: waiting.signal })).rejects.toThrow("stop waiting");
    await vi.waitFor(() => expect(clock.nextAt(), "the backoff before the retry").toBe(NOW + 750), { timeout: 2_000, interval: 1 });
    waiting.abort(new Error("stop waiting"));
    await call;
    expect(clock.pending).toBe(0);
  });
});

describe("local validation before run", () => {
  const cases: [string, unknown, number][] = [
    ["more than 200 jobs", Array.from({ length: 201 }, () => ({ namespace: "test", action: "ping", params: {} })), SpecificCode.TooManyJobs],
    ["a job that is not {namespace, action, params}", [{ namespace: "event", action: "x" }], SpecificCode.IncorrectJobFormat],
    ["an extra key", [{ namespace: "event", action: "x", params: {}, id: 1 }], SpecificCode.IncorrectJobFormat],
    ["params not an object", [{ namespace: "event", action: "x", params: [1] }], SpecificCode.IncorrectJobFormat],
    ["an empty namespace", [{ namespace: "", action: "x", params: {} }], SpecificCode.EmptyJobParameter],
    ["an empty action", [{ namespace: "event", action: "", params: {} }], SpecificCode.EmptyJobParameter],
    ["no jobs", [], SpecificCode.InvalidParameter],
  ];
  it.each(cases)("%s gets the server's code and sends nothing", async (_, jobs, code) => {
    const fake = fakeFetch();
    const error = await client(fake.fetch)
      .run(jobs as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IvvyValidationError);
    expect(isIvvyValidationError(error)).toBe(true);
    expect(error).toMatchObject({ specificCode: code, action: "run" });
    expect(fake.requests).toHaveLength(0);
  });
  it("a callbackUrl that is not http(s) is refused", async () => {
    await expect(client(fakeFetch().fetch).run([{ namespace: "a", action: "b", params: {} }], { callbackUrl: "ftp://x" })).rejects.toMatchObject({
      specificCode: SpecificCode.InvalidParameter,
    });
  });
});

describe("options are checked when the client is made", () => {
  const base = { apiKey: "k", apiSecret: "s" };
  it.each([
    [{ ...base }, /createBatchClient: give region \('au', 'us' or 'uk'\) or a baseUrl/],
    [{ ...base, region: "eu" }, /option 'region' must be one of 'au', 'us', 'uk', not "eu"/],
    [{ ...base, region: "au", baseUrl: "http://x" }, /not both/],
    [{ ...base, baseUrl: "not a url" }, /option 'baseUrl' "not a url" is not a valid URL/],
    [{ ...base, baseUrl: "ftp://x" }, /option 'baseUrl' must be http or https/],
    [{ apiKey: "", apiSecret: "s", region: "au" }, /option 'apiKey' must be a non-empty string/],
    [{ apiKey: "k", apiSecret: 1, region: "au" }, /option 'apiSecret' must be a non-empty string .*, not 1/],
    [{ apiKey: "k:1", apiSecret: "s", region: "au" }, /option 'apiKey' must not contain whitespace or ':'/],
    [{ ...base, region: "au", timeoutMs: -1 }, /option 'timeoutMs' must be a finite number \(ms\) greater than 0, not -1/],
    [{ ...base, region: "au", fetch: "yes" }, /option 'fetch' must be a function/],
    [{ ...base, region: "au", clock: { now: () => 0 } }, /option 'clock' must be a Clock .*; it has no setTimeout\(\)/],
    [{ ...base, region: "au", retry: { retries: 1.5 } }, /option 'retry.retries' must be an integer of at least 0, not 1.5/],
    [{ ...base, region: "au", retry: 3 }, /option 'retry' must be an object \(retries, baseDelayMs, maxDelayMs\), not 3/],
  ])("%o", (options, message) => {
    expect(() => createBatchClient(options as never)).toThrow(message);
  });

  it("refuses a misspelt option by name, with the allowed keys and the one it was probably meant to be", () => {
    const misspelt = () => createBatchClient({ ...base, region: "au", retires: { retries: 0 } } as never);
    expect(misspelt).toThrow("createBatchClient: unknown option 'retires' (did you mean 'retry'?); allowed: apiKey, apiSecret, region, baseUrl, fetch, clock,");
    expect(misspelt).toThrow(TypeError);
    expect(() => createBatchClient({ ...base, region: "au", retry: { retries: 0, maxDelay: 5 } } as never)).toThrow(
      "createBatchClient: unknown option 'retry.maxDelay' (did you mean 'retry.maxDelayMs'?); allowed in 'retry': retries, baseDelayMs, maxDelayMs",
    );
  });

  it("refuses the now and sleep options the clock replaced, saying to pass a clock", () => {
    expect(() => createBatchClient({ ...base, region: "au", now: () => 0 } as never)).toThrow(/option 'now' was replaced by 'clock': pass a Clock/);
    expect(() => createBatchClient({ ...base, region: "au", sleep: async () => {} } as never)).toThrow(/option 'sleep' was replaced by 'clock'/);
  });

  it("never puts the secret in a message", () => {
    let message = "";
    try {
      createBatchClient({ apiKey: "k", apiSecret: "hunter2", region: "au", retires: 1 } as never);
    } catch (error) {
      message = String(error);
    }
    expect(message).toMatch(/unknown option 'retires'/);
    expect(message).not.toContain("hunter2");
  });

  it("checks each call's options too: a misspelt callbackUrl does not run the batch without its callback", async () => {
    const fake = fakeFetch();
    const c = client(fake.fetch);
    await expect(c.run([{ namespace: "a", action: "b", params: {} }], { callbackURL: "https://x.test/cb" } as never)).rejects.toThrow(
      "client.run: unknown option 'callbackURL' (did you mean 'callbackUrl'?); allowed: signal, callbackUrl, validateParams",
    );
    await expect(c.progress(ASYNC_ID, { signl: undefined } as never)).rejects.toThrow("client.progress: unknown option 'signl' (did you mean 'signal'?)");
    await expect(c.ping({ signal: "soon" } as never)).rejects.toThrow("client.ping: option 'signal' must be an AbortSignal");
    expect(fake.requests).toHaveLength(0);
  });

  it("regions map to iVvy's hosts", () => {
    expect(createBatchClient({ ...base, region: "au" }).baseUrl).toBe("https://api.ap-southeast-2.ivvy.com");
    expect(createBatchClient({ ...base, region: "us" }).baseUrl).toBe("https://api.us-west-2.ivvy.com");
    expect(createBatchClient({ ...base, region: "uk" }).baseUrl).toBe("https://api.eu-west-2.ivvy.com");
  });
});

describe("the signing middleware on the raw client", () => {
  it("reads the body back when it was not handed the serialised JSON", async () => {
    const fake = fakeFetch(json(200, { progress: 3 }));
    const c = client(fake.fetch);
    const { data } = await c.raw.POST("/api/1.0/batch?action=progress", { body: { async: ASYNC_ID } });
    expect(data).toEqual({ progress: 3 });
    const { request, body } = fake.requests[0]!;
    const headers: Record<string, string> = {};
    request.headers.forEach((v, k) => {
      headers[k] = v;
    });
    const { "x-api-authorization": auth, ...rest } = headers;
    const sts = plainStringToSign({ method: "POST", path: "/api/1.0/batch?action=progress", headers: rest, body: Buffer.from(body) });
    expect(auth).toBe(`IWS demo-key:${plainSignature(sts, "demo-secret")}`);
  });
});

describe("local validation of batch ids", () => {
  it.each([
    [undefined, SpecificCode.MissingParameter],
    ["", SpecificCode.InvalidParameter],
    ["not-hex", SpecificCode.InvalidParameter],
    [ASYNC_ID.toUpperCase(), SpecificCode.InvalidParameter],
    [ASYNC_ID + "0", SpecificCode.InvalidParameter],
  ])("%j gets the server's code and sends nothing", async (asyncId, code) => {
    const fake = fakeFetch();
    for (const method of ["progress", "results", "restart", "repost"] as const) {
      await expect(client(fake.fetch)[method](asyncId as string)).rejects.toMatchObject({ name: "IvvyValidationError", specificCode: code, action: method });
    }
    expect(fake.requests).toHaveLength(0);
  });
});

describe("numbers JSON cannot carry", () => {
  const parsed = JSON.parse('[{"namespace":"event","action":"addSession","params":{"event":1,"price":1e400}}]') as never;
  it("a job holding Infinity (JSON.parse of 1e400) is refused with its place, and nothing is sent", async () => {
    const fake = fakeFetch();
    const error = await client(fake.fetch)
      .run(parsed)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IvvyValidationError);
    expect(error).toMatchObject({ specificCode: SpecificCode.InvalidParameter });
    expect((error as Error).message).toContain("'params' does not validate");
    expect((error as IvvyValidationError).additionalMessages[0]).toMatch(/^jobs\[0\]\.params\.price is Infinity: JSON has no such number/);
    expect(fake.requests).toHaveLength(0);
  });
  it.each([
    ["-Infinity", { a: [1, { b: -Infinity }] }, "jobs[0].params.a[1].b is -Infinity"],
    ["NaN", { nested: { deep: [[Number.NaN]] } }, "jobs[0].params.nested.deep[0][0] is NaN"],
    ["a BigInt", { id: 10n }, "jobs[0].params.id is 10n"],
  ])("so is %s, wherever it sits", async (_, params, where) => {
    const fake = fakeFetch();
    const error = await client(fake.fetch)
      .run([{ namespace: "a", action: "b", params }])
      .catch((e: unknown) => e);
    expect((error as IvvyValidationError).additionalMessages[0]).toContain(where);
    expect(fake.requests).toHaveLength(0);
  });
  it("finite numbers, large ones included, pass", async () => {
    const fake = fakeFetch(json(200, { asyncId: ASYNC_ID }));
    await expect(client(fake.fetch).run([{ namespace: "a", action: "b", params: { big: 1e308, small: -5e-324, zero: -0 } }])).resolves.toEqual({
      asyncId: ASYNC_ID,
    });
  });
});
