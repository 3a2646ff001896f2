// Property-based hardening of the callback receiver: any body, content type, method,
// token or size gets an answer in iVvy's error-envelope shape (or 200 for a valid,
// bound callback), never a 5xx, never an unhandled rejection, and the handler runs only
// for callbacks that validate against BatchCallback.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkComponent } from "../../src/contract/validators.js";
import { type CallbackReceiver, createCallbackReceiver } from "../../src/receiver/create-callback-receiver.js";
import { anyBodyBytes, headerValue, RUNS, timeoutFor, wrongContentType, wrongValue } from "./arbitraries.js";
import { expectWellFormedAnswer, heapAfterGcMiB, trackProcessFailures } from "./invariants.js";

const ASYNC_ID = "0123456789abcdef0123456789abcdef";
const tracker = trackProcessFailures();
let receiver: CallbackReceiver;
let callbackUrl: string;
const handled: unknown[] = [];
let heapBefore = 0;

beforeAll(async () => {
  tracker.start();
  receiver = createCallbackReceiver({ publicUrl: "https://receiver.test/ivvy", maxBodyBytes: 64 * 1024, onCallback: (payload) => void handled.push(payload) });
  const issued = await receiver.issueCallbackUrl();
  await receiver.bind(issued.token, ASYNC_ID);
  callbackUrl = issued.callbackUrl;
  heapBefore = heapAfterGcMiB();
});
afterAll(() => tracker.stop());

const post = (url: string, body: Uint8Array, contentType: string | undefined = "application/json", method = "POST") =>
  new Request(url, {
    method,
    headers: contentType === undefined ? {} : { "content-type": contentType },
    ...(method === "GET" || method === "HEAD" ? {} : { body }),
  });

describe(`callback receiver input handling (${RUNS} cases per property)`, () => {
  it("answers any body with 200 only when it is a valid BatchCallback for the bound batch, else a 4xx envelope", { timeout: timeoutFor(2) }, async () => {
    await fc.assert(
      fc.asyncProperty(anyBodyBytes, async (bytes) => {
        const response = await receiver.fetch(post(callbackUrl, bytes));
        await expectWellFormedAnswer(response);
        if (response.status === 200) {
          const parsed = JSON.parse(new TextDecoder().decode(bytes)) as { asyncId?: unknown };
          expect(checkComponent("BatchCallback", parsed).valid).toBe(true);
          expect(parsed.asyncId).toBe(ASYNC_ID);
        } else expect([400, 403, 413]).toContain(response.status);
      }),
      { numRuns: RUNS },
    );
  });

  it("refuses wrong types in every field of a callback with 400", { timeout: timeoutFor(2) }, async () => {
    const field = fc.constantFrom("body", "asyncId", "results", "result", "namespace", "action", "request", "response");
    await fc.assert(
      fc.asyncProperty(field, wrongValue, async (name, value) => {
        const result: Record<string, unknown> = { namespace: "test", action: "ping", request: {}, response: { message: "ack" } };
        let body: unknown = { asyncId: ASYNC_ID, results: [result] };
        if (name === "body") body = value;
        else if (name === "asyncId" || name === "results") (body as Record<string, unknown>)[name] = value;
        else if (name === "result") (body as { results: unknown[] }).results[0] = value;
        else result[name] = value;
        const response = await receiver.fetch(post(callbackUrl, new TextEncoder().encode(JSON.stringify(body))));
        await expectWellFormedAnswer(response);
        // Whatever was accepted must be a BatchCallback (a string namespace may be valid).
        if (response.status === 200) expect(checkComponent("BatchCallback", body).valid).toBe(true);
        else expect([400, 403]).toContain(response.status);
      }),
      { numRuns: RUNS },
    );
  });

  it("refuses wrong tokens, content types, methods and oversized bodies without reading them as callbacks", { timeout: timeoutFor(2) }, async () => {
    const valid = new TextEncoder().encode(JSON.stringify({ asyncId: ASYNC_ID, results: [] }));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.constant(callbackUrl),
          headerValue.map((t) => `https://receiver.test/ivvy?token=${encodeURIComponent(t)}`),
          fc.constant("https://receiver.test/ivvy"),
        ),
        fc.option(wrongContentType, { nil: undefined }),
        fc.constantFrom("POST", "POST", "PUT", "GET", "DELETE"),
        fc.option(fc.integer({ min: 64 * 1024 + 1, max: 300 * 1024 }), { nil: undefined }),
        async (url, contentType, method, size) => {
          const body = size === undefined ? valid : new Uint8Array(size).fill(0x20);
          await receiver.whenIdle();
          const before = handled.length;
          const response = await receiver.fetch(post(url, body, contentType ?? "application/json", method));
          await expectWellFormedAnswer(response);
          const allGood = url === callbackUrl && contentType === undefined && method === "POST" && size === undefined;
          if (!allGood) {
            expect(response.status).toBeGreaterThanOrEqual(400);
            await receiver.whenIdle();
            expect(handled.length).toBe(before);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("handed on each distinct valid callback once, raised nothing unhandled, and kept memory bounded", async () => {
    await receiver.whenIdle();
    for (const payload of handled) expect(checkComponent("BatchCallback", payload).valid).toBe(true);
    const distinct = new Set(handled.map((p) => JSON.stringify(p)));
    expect(distinct.size).toBe(handled.length);
    expect(heapAfterGcMiB() - heapBefore).toBeLessThan(64);
    expect(tracker.failures).toEqual([]);
  });
});
