// Consumer tests: the real signing client against Prism serving openapi.yaml with
// --errors. Prism validates every request the client sends (body, headers, security)
// against the contract and answers with an error when one breaks it, so a client that
// drifts from the contract fails here. The "can fail" tests show that it does.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type BatchClient, createBatchClient } from "../../src/client/create-batch-client.js";
import type { Job, OperationId } from "../../src/contract/types.js";
import { checkComponent, checkResponse } from "../../src/contract/validators.js";
import { IvvyApiError } from "../../src/errors/ivvy-api-error.js";
import { isIvvyApiError } from "../../src/errors/type-guards.js";
import { type MockServer, startMock } from "../../src/mock/start-mock.js";
import { type CaptureServer, startCaptureServer } from "../helpers/capture-server.js";
import { firstExample } from "../helpers/spec-examples.js";

const ASYNC_ID = "a7ec88af7d710bf51b188004bb532d77";
const JOBS: Job[] = [
  { namespace: "event", action: "inviteContacts", params: { event: 1, contacts: [1, 2, 3] } },
  { namespace: "event", action: "inviteContacts", params: { event: 2, contacts: [1, 2, 4] } },
];

/** What Prism answered, as the client's fetch saw it. */
interface Exchange {
  url: string;
  status: number;
  /** Prism's `sl-violations`: how the request (or its response) broke the contract. */
  violations: string | null;
}

let mock: MockServer;
let receiver: CaptureServer;
const exchanges: Exchange[] = [];

beforeAll(async () => {
  [mock, receiver] = await Promise.all([startMock({ errors: true, quiet: true }), startCaptureServer()]);
});

afterAll(async () => {
  await Promise.all([mock?.close(), receiver?.close()]);
});

/**
 * A client for the mock. `prefer` asks Prism for a specific documented response
 * (`code=404`, `code=400, example=tooManyJobs`); `tamper` changes the signed request
 * just before it is sent, to show that Prism catches what breaks the contract.
 */
function mockClient({ prefer, tamper }: { prefer?: string; tamper?: (request: Request) => void } = {}): BatchClient {
  return createBatchClient({
    apiKey: "test-key",
    apiSecret: "test-secret",
    baseUrl: mock.url,
    retry: { retries: 0 },
    fetch: async (request) => {
      if (prefer) request.headers.set("Prefer", prefer);
      tamper?.(request);
      const response = await fetch(request);
      exchanges.push({ url: request.url, status: response.status, violations: response.headers.get("sl-violations") });
      return response;
    },
  });
}

/** Runs `call` and returns what Prism answered to it, for asserting there was no violation. */
async function withExchanges<T>(call: () => Promise<T>): Promise<{ result: T; seen: Exchange[] }> {
  const before = exchanges.length;
  const result = await call();
  return { result, seen: exchanges.slice(before) };
}

async function apiError(call: Promise<unknown>): Promise<IvvyApiError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isIvvyApiError(error)) throw new Error(`expected an IvvyApiError, got ${String(error)}`);
  expect(error).toBeInstanceOf(IvvyApiError);
  return error;
}

describe("every operation, signed by the client, is accepted by Prism --errors", () => {
  it("run without a callbackUrl returns the example asyncId", async () => {
    const { result, seen } = await withExchanges(() => mockClient().run(JOBS));
    expect(result).toEqual(firstExample("run"));
    expect(seen).toEqual([{ url: `${mock.url}/api/1.0/batch?action=run`, status: 200, violations: null }]);
  });

  it("run with a callbackUrl gets the callback POSTed to it, and it is a valid BatchCallback", async () => {
    const callbackUrl = `${receiver.url}/ivvy/callback?token=s3cret`;
    const { result, seen } = await withExchanges(() => mockClient().run(JOBS, { callbackUrl }));
    expect(result).toEqual(firstExample("run"));
    expect(seen.map((e) => [e.status, e.violations])).toEqual([[200, null]]);

    const callback = await receiver.next(5_000);
    expect(callback.method).toBe("POST");
    expect(callback.url).toBe("/ivvy/callback?token=s3cret");
    expect(callback.headers["content-type"]).toMatch(/^application\/json/);
    const payload = JSON.parse(callback.body) as unknown;
    expect(checkComponent("BatchCallback", payload)).toEqual({ valid: true, errors: [] });
    // The callback example is CompletedBatch, the same example results serves.
    expect(payload).toEqual(firstExample("results"));
  });

  it("run without a callbackUrl makes no callback", async () => {
    const before = receiver.requests.length;
    await mockClient().run(JOBS);
    // A marker instead of a sleep: Prism fires a run's callback right after answering it, so
    // once the callback of a later run (with a callbackUrl) has arrived, the earlier one
    // would have arrived before it.
    await mockClient().run(JOBS, { callbackUrl: `${receiver.url}/marker` });
    await vi.waitFor(
      () =>
        expect(
          receiver.requests.slice(before).map((r) => r.url),
          "the marker run's callback",
        ).toContain("/marker"),
      { timeout: 5_000, interval: 10 },
    );
    expect(receiver.requests.slice(before).map((r) => r.url)).toEqual(["/marker"]);
  });

  const asyncCalls: [OperationId, (c: BatchClient) => Promise<unknown>][] = [
    ["progress", (c) => c.progress(ASYNC_ID)],
    ["results", (c) => c.results(ASYNC_ID)],
    ["restart", (c) => c.restart(ASYNC_ID)],
    ["repost", (c) => c.repost(ASYNC_ID)],
  ];
  it.each(asyncCalls)("%s returns its own example", async (operationId, call) => {
    const { result, seen } = await withExchanges(() => call(mockClient()));
    expect(result).toEqual(firstExample(operationId));
    expect(checkResponse(operationId, 200, "application/json", result).errors).toEqual([]);
    expect(seen).toEqual([{ url: `${mock.url}/api/1.0/batch?action=${operationId}`, status: 200, violations: null }]);
  });

  it("ping returns the ack and measures clock skew from its timestamp, which the mock sets to now", async () => {
    const { result, seen } = await withExchanges(() => mockClient().ping());
    expect(Object.keys(result.answer).sort()).toEqual(Object.keys(firstExample("ping") as object).sort());
    // The example's fixed time would be a skew of days; the mock's proxy answers the current time.
    expect(Math.abs(result.clockSkewMs!)).toBeLessThan(5_000);
    expect(seen).toEqual([{ url: `${mock.url}/api/1.0/test?action=ping`, status: 200, violations: null }]);
  });
});

describe("documented errors reach the caller as IvvyApiError", () => {
  // Prism answers a valid request with the response `Prefer` names; the client must
  // turn each documented error envelope into an IvvyApiError with its codes.
  const cases: [OperationId, string, number, number, (c: BatchClient) => Promise<unknown>][] = [
    ["run", "code=400", 400, 24092, (c) => c.run(JOBS)],
    ["run", "code=400, example=emptyJobParameter", 400, 24093, (c) => c.run(JOBS)],
    ["run", "code=400, example=tooManyJobs", 400, 24448, (c) => c.run(JOBS)],
    ["run", "code=400, example=invalidParameter", 400, 23016, (c) => c.run(JOBS)],
    ["run", "code=400, example=missingParameter", 400, 23017, (c) => c.run(JOBS)],
    ["run", "code=500", 500, 24091, (c) => c.run(JOBS)],
    ["run", "code=401", 401, 23005, (c) => c.run(JOBS)],
    ["run", "code=429", 429, 0, (c) => c.run(JOBS)],
    ["progress", "code=404", 404, 24105, (c) => c.progress(ASYNC_ID)],
    ["progress", "code=415", 415, 0, (c) => c.progress(ASYNC_ID)],
    ["results", "code=400", 400, 24114, (c) => c.results(ASYNC_ID)],
    ["results", "code=404", 404, 24115, (c) => c.results(ASYNC_ID)],
    ["restart", "code=404", 404, 24105, (c) => c.restart(ASYNC_ID)],
    ["repost", "code=400", 400, 24114, (c) => c.repost(ASYNC_ID)],
    ["repost", "code=404", 404, 24105, (c) => c.repost(ASYNC_ID)],
    ["ping", "code=401", 401, 23005, (c) => c.ping()],
    ["ping", "code=413", 413, 0, (c) => c.ping()],
  ];

  it.each(cases)("%s with Prefer: %s -> %i, specific code %i", async (operationId, prefer, status, specificCode, call) => {
    const error = await apiError(call(mockClient({ prefer })));
    expect(error).toMatchObject({ name: "IvvyApiError", action: operationId, status, errorCode: status, specificCode });
    expect(error.url).toBe(`${mock.url}${operationId === "ping" ? "/api/1.0/test" : "/api/1.0/batch"}?action=${operationId}`);
    expect(error.message).toContain(`specific code ${specificCode}`);
    // The envelope the client kept is the contract's, not one it made up.
    expect(checkResponse(operationId, status, "application/json", error.envelope).errors).toEqual([]);
  });
});

describe("a request that breaks the contract fails against Prism", () => {
  it("a batch id that is not 32 hex characters: the client refuses it; sent raw, Prism rejects it (400, 23016)", async () => {
    await expect(mockClient().progress("not-a-batch-id")).rejects.toMatchObject({ name: "IvvyValidationError", specificCode: 23016 });
    const { seen } = await withExchanges(async () => {
      const { response, error } = await mockClient().raw.POST("/api/1.0/batch?action=progress", { body: { async: "not-a-batch-id" } });
      expect(response.status).toBe(400);
      expect(error).toMatchObject({ specificCode: 23016 });
    });
    expect(seen[0]?.violations).toMatch(/async must match pattern/);
  });

  // The signing headers are security schemes (the x-decision on IWS): Prism refuses a
  // missing one with 401, the mock's proxy a malformed one, as iVvy does either.
  it("a signed request without X-Api-Version is served (ivvy-sdk-net never sends it); one that is not 1.0 is rejected, with the violation named", async () => {
    const without = await withExchanges(() => mockClient({ tamper: (r) => r.headers.delete("X-Api-Version") }).progress(ASYNC_ID));
    expect(without.seen).toEqual([{ url: `${mock.url}/api/1.0/batch?action=progress`, status: 200, violations: null }]);
    const { seen } = await withExchanges(async () => {
      const error = await apiError(mockClient({ tamper: (r) => r.headers.set("X-Api-Version", "2.0") }).progress(ASYNC_ID));
      expect(error).toMatchObject({ status: 401, specificCode: 0 });
    });
    expect(seen[0]?.violations).toMatch(/x-api-version/i);
  });

  it("a Content-MD5 that is not hex is rejected, and so is one that is missing", async () => {
    const { seen } = await withExchanges(async () => {
      const error = await apiError(mockClient({ tamper: (r) => r.headers.set("Content-MD5", "not-an-md5") }).progress(ASYNC_ID));
      expect(error.status).toBe(401);
      expect(error.additionalMessages).toEqual(['Content-MD5 must match pattern "^[0-9a-fA-F]{32}$"']);
    });
    expect(seen[0]?.violations).toMatch(/content-md5 must match pattern/i);
    const missing = await withExchanges(() => apiError(mockClient({ tamper: (r) => r.headers.delete("Content-MD5") }).progress(ASYNC_ID)));
    expect(missing.result.status).toBe(401);
    expect(missing.seen[0]?.violations).toMatch(/security/i);
  });

  it("an IVVY-Date that is not an iVvy timestamp is rejected; with neither IVVY-Date nor Date the request is refused; Date alone is served", async () => {
    const malformed = await withExchanges(() => apiError(mockClient({ tamper: (r) => r.headers.set("IVVY-Date", "2026-11-28T16:23:24Z") }).ping()));
    expect(malformed.result.status).toBe(401);
    expect(malformed.seen[0]?.violations).toMatch(/ivvy-date must match pattern/i);
    const undated = await withExchanges(() => apiError(mockClient({ tamper: (r) => r.headers.delete("IVVY-Date") }).ping()));
    expect(undated.result.status).toBe(401);
    expect(undated.seen[0]?.violations).toMatch(/security/i);
    const dated = await withExchanges(() =>
      mockClient({
        tamper: (r) => {
          r.headers.delete("IVVY-Date");
          r.headers.set("Date", new Date().toUTCString());
        },
      }).ping(),
    );
    expect(dated.seen).toEqual([{ url: `${mock.url}/api/1.0/test?action=ping`, status: 200, violations: null }]);
  });

  it("an invalid ping gets the spec's 400 envelope as an IvvyApiError", async () => {
    // A body that is not a JSON object (`[]` would be: it is no parameters); the headers stay the client's.
    const client = createBatchClient({
      apiKey: "test-key",
      apiSecret: "test-secret",
      baseUrl: mock.url,
      retry: { retries: 0 },
      fetch: (r) => fetch(new Request(r, { body: "[1]" })),
    });
    const error = await apiError(client.ping());
    expect(error).toMatchObject({ status: 400, specificCode: 23016 });
  });

  it("a response that is not an iVvy envelope still becomes an IvvyApiError with its status", async () => {
    // Prism answers an undocumented status with application/problem+json; the client rebuilds an envelope.
    const error = await apiError(mockClient({ tamper: (r) => r.headers.set("Prefer", "code=418") }).ping());
    expect(error).toMatchObject({
      name: "IvvyApiError",
      specificCode: 0,
      additionalMessages: ["The response body was not an iVvy error envelope", expect.stringMatching(/^It said: \{/)],
    });
  });

  it("an unsigned request gets 401 (the IWS security scheme is enforced)", async () => {
    const { seen } = await withExchanges(async () => {
      const error = await apiError(mockClient({ tamper: (r) => r.headers.delete("X-Api-Authorization") }).ping());
      expect(error.status).toBe(401);
    });
    expect(seen[0]?.violations).toMatch(/security/i);
  });

  it("raw POSTs of run bodies that break the schema get the spec's 400", async () => {
    const raw = mockClient().raw;
    const empty = await raw.POST("/api/1.0/batch?action=run", { body: { jobs: [] } });
    expect(empty.response.status).toBe(400);
    expect(empty.response.headers.get("sl-violations")).toMatch(/fewer than 1 items/);
    expect(checkResponse("run", 400, empty.response.headers.get("content-type"), empty.error).errors).toEqual([]);

    const badCallback = await raw.POST("/api/1.0/batch?action=run", { body: { jobs: JOBS, callbackUrl: "ftp://example.com/cb" } });
    expect(badCallback.response.status).toBe(400);
    expect(badCallback.response.headers.get("sl-violations")).toMatch(/callbackUrl/);

    const extraKey = await raw.POST("/api/1.0/batch?action=run", {
      body: { jobs: [{ ...JOBS[0]!, priority: 1 } as Job] },
    });
    expect(extraKey.response.status).toBe(400);
    expect(extraKey.response.headers.get("sl-violations")).toMatch(/additional properties/i);
  });
});
