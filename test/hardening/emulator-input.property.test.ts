// Property-based hardening of the emulator's HTTP edge: whatever arrives (any body, any
// header, signed or not, too big, wrong types in every field), it answers a 4xx with
// an ErrorEnvelope or a valid 2xx, never a 5xx, never crashes, and leaves existing
// batches alone. Cases are signed properly where they target body handling, so they
// pass auth and reach parsing and validation.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBatchClient } from "../../src/client/create-batch-client.js";
import { type OperationId, operationPaths } from "../../src/contract/types.js";
import { createEmulator, type Emulator } from "../../src/emulator/create-emulator.js";
import { DEMO_CREDENTIALS } from "../../src/emulator/options/demo-credentials.js";
import { signRequest } from "../../src/signing/sign-request.js";
import { settled } from "../emulator/harness.js";
import { anyBodyBytes, headerValue, RUNS, timeoutFor, wrongContentType, wrongValue } from "./arbitraries.js";
import { expectWellFormedAnswer, heapAfterGcMiB, trackProcessFailures } from "./invariants.js";

const BASE = "http://emulator.local";
const OPERATIONS = Object.keys(operationPaths) as OperationId[];
const operation = fc.constantFrom(...OPERATIONS);

let emulator: Emulator;
let existing: string;
let existingIds: Set<string>;
let createdByRuns = 0;
const tracker = trackProcessFailures();
let heapBefore = 0;

function signed(op: OperationId, body: Uint8Array, contentType = "application/json", extra: Record<string, string> = {}): Request {
  const path = operationPaths[op];
  const headers = signRequest({ ...DEMO_CREDENTIALS, requestString: path, body, contentType, now: Date.now() });
  return new Request(BASE + path, { method: "POST", headers: { ...headers, ...extra }, body });
}

/** Sends one case and checks every invariant; counts the batches a valid run created. */
async function send(request: Request, op: OperationId | undefined) {
  const response = await emulator.fetch(request);
  await expectWellFormedAnswer(response, op);
  if (op === "run" && response.status === 200) createdByRuns++;
  return response.status;
}

const snapshotExisting = () => JSON.stringify(emulator.batches.list().filter((b) => existingIds.has(b.asyncId)));

beforeAll(async () => {
  tracker.start();
  // Callbacks of batches a valid fuzzed run creates go nowhere: one quick attempt.
  emulator = createEmulator({ callbacks: { attempts: 1, timeoutMs: 500 } });
  const client = createBatchClient({ ...DEMO_CREDENTIALS, baseUrl: BASE, fetch: emulator.fetch });
  await client.run([{ namespace: "test", action: "ping", params: {} }]);
  await client.run([{ namespace: "event", action: "inviteContacts", params: { event: 1, contacts: [1, 2] } }], { callbackUrl: "http://127.0.0.1:9/never" });
  await settled(emulator);
  existing = JSON.stringify(emulator.batches.list());
  existingIds = new Set(emulator.batches.list().map((b) => b.asyncId));
  heapBefore = heapAfterGcMiB();
});

afterAll(async () => {
  tracker.stop();
  await emulator.close();
});

describe(`emulator input handling (${RUNS} cases per property)`, () => {
  it("answers any signed body, on any operation, with a 4xx envelope or a valid 2xx", { timeout: timeoutFor(2) }, async () => {
    await fc.assert(
      fc.asyncProperty(operation, anyBodyBytes, async (op, body) => void (await send(signed(op, body), op))),
      { numRuns: RUNS },
    );
  });

  it("refuses a wrong type in every field of run and async bodies with 400", { timeout: timeoutFor(2) }, async () => {
    const runField = fc.constantFrom("body", "jobs", "job", "namespace", "action", "params", "callbackUrl");
    await fc.assert(
      fc.asyncProperty(runField, wrongValue, fc.integer({ min: 0, max: 2 }), async (field, value, at) => {
        const job: Record<string, unknown> = { namespace: "test", action: "ping", params: {} };
        const jobs: unknown[] = [job, { ...job }, { ...job }];
        let body: unknown = { jobs, callbackUrl: "http://127.0.0.1:9/cb" };
        if (field === "body") body = value;
        else if (field === "jobs") (body as Record<string, unknown>).jobs = value;
        else if (field === "job") jobs[at] = value;
        else if (field === "callbackUrl") (body as Record<string, unknown>).callbackUrl = value;
        else (jobs[at] as Record<string, unknown>)[field] = value;
        const status = await send(signed("run", new TextEncoder().encode(JSON.stringify(body))), "run");
        // A string namespace/action/callbackUrl may happen to be valid, and so may params that
        // are an object or [] (no parameters, as iVvy's PHP SDK sends them); anything else is refused.
        const paramsLike = typeof value === "object" && value !== null && (!Array.isArray(value) || value.length === 0);
        if (status === 200) expect(typeof value === "string" || (field === "params" && paramsLike)).toBe(true);
        else expect(status).toBe(400);
      }),
      { numRuns: RUNS },
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<OperationId>("progress", "results", "restart", "repost"), wrongValue, fc.boolean(), async (op, value, wrapped) => {
        const body = wrapped ? { async: value } : value;
        const status = await send(signed(op, new TextEncoder().encode(JSON.stringify(body))), op);
        // A wrong-typed or unknown asyncId: 400 (does not validate) or 404 (no such batch).
        expect([400, 404]).toContain(status);
      }),
      { numRuns: RUNS },
    );
  });

  it("survives missing, wrong and extra headers, wrong content types, methods and paths", { timeout: timeoutFor(2) }, async () => {
    const signedNames = ["Content-Type", "Content-MD5", "X-Api-Version", "IVVY-Date", "X-Api-Authorization"];
    await fc.assert(
      fc.asyncProperty(
        operation,
        fc.subarray(signedNames),
        fc.dictionary(fc.constantFrom(...signedNames, "Date", "IVVY-Extra", "ivvy_other", "Prefer", "Content-Length"), headerValue, { maxKeys: 3 }),
        fc.option(wrongContentType, { nil: undefined }),
        fc.constantFrom("POST", "POST", "POST", "GET", "PUT", "DELETE", "PATCH"),
        fc.constantFrom("", "", "", "?action=nope", "x", "/../test"),
        async (op, dropped, replaced, contentType, method, pathJunk) => {
          const path = operationPaths[op] + pathJunk;
          const body = new TextEncoder().encode(op === "run" ? JSON.stringify({ jobs: [{ namespace: "test", action: "ping", params: {} }] }) : "{}");
          const headers = new Headers(
            signRequest({
              ...DEMO_CREDENTIALS,
              requestString: path,
              body,
              contentType: contentType ?? "application/json",
              now: Date.now(),
            }) as unknown as Record<string, string>,
          );
          for (const name of dropped) headers.delete(name);
          for (const [name, value] of Object.entries(replaced)) {
            try {
              headers.set(name, value);
            } catch {
              // A value Headers refuses cannot be sent by any client either.
            }
          }
          const hasBody = method !== "GET";
          const status = await send(
            new Request(BASE + path, { method, headers, ...(hasBody ? { body } : {}) }),
            pathJunk === "" && method === "POST" ? op : undefined,
          );
          if (dropped.includes("X-Api-Authorization") && method === "POST" && pathJunk === "" && status < 400)
            throw new Error("an unsigned request was accepted");
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("fuzzes the auth layer: any authorization, date and MD5 values get 401, never more", { timeout: timeoutFor(2) }, async () => {
    const key = fc.oneof(fc.constant(DEMO_CREDENTIALS.apiKey), fc.string({ unit: "binary-ascii", maxLength: 20 }));
    const authorization = fc
      .oneof(
        headerValue,
        fc.tuple(key, fc.stringMatching(/^[0-9a-fA-F]{40}$/)).map(([k, s]) => `IWS ${k}:${s}`),
        fc.tuple(key, fc.string({ maxLength: 50 })).map(([k, s]) => `IWS ${k}:${s}`),
      )
      .map((value) => value.replace(/[\r\n\0]/g, "").trim());
    const date = fc.oneof(
      headerValue,
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 19).replace("T", " ")),
      fc.constantFrom("2026-02-31 10:00:00", "9999-12-31 23:59:60", "0000-00-00 00:00:00"),
    );
    await fc.assert(
      fc.asyncProperty(
        operation,
        authorization,
        fc.option(date, { nil: undefined }),
        fc.option(headerValue, { nil: undefined }),
        async (op, auth, ivvyDate, md5) => {
          const body = new TextEncoder().encode("{}");
          const request = signed(op, body, "application/json");
          request.headers.set("X-Api-Authorization", auth);
          if (ivvyDate !== undefined) request.headers.set("IVVY-Date", ivvyDate);
          if (md5 !== undefined) request.headers.set("Content-MD5", md5);
          const status = await send(request, op);
          expect(status).toBe(401);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("refuses bodies over maxBodyBytes with 413, whatever Content-Length says", { timeout: timeoutFor(2) }, async () => {
    const small = createEmulator({ maxBodyBytes: 1024 });
    try {
      await fc.assert(
        fc.asyncProperty(
          operation,
          fc.integer({ min: 1025, max: 64 * 1024 }),
          fc.option(fc.oneof(fc.nat().map(String), headerValue), { nil: undefined }),
          async (op, size, declared) => {
            const body = new TextEncoder().encode(`{"async":"${"a".repeat(size - 12)}"}`);
            const request = signed(op, body, "application/json", declared === undefined ? {} : { "content-length": declared });
            const response = await small.fetch(request);
            await expectWellFormedAnswer(response, op);
            // A Content-Length that lies low is caught by counting the bytes read.
            expect(response.status).toBe(413);
          },
        ),
        { numRuns: RUNS },
      );
    } finally {
      await small.close();
    }
  });

  it("left the batches that existed before unchanged, created only what valid runs created, and kept memory bounded", async () => {
    await settled(emulator);
    expect(snapshotExisting()).toBe(existing);
    expect(emulator.batches.list()).toHaveLength(existingIds.size + createdByRuns);
    // Created batches are kept (as iVvy does); each is tiny. Everything else is garbage.
    expect(heapAfterGcMiB() - heapBefore).toBeLessThan(64 + createdByRuns * 0.01);
    expect(tracker.failures).toEqual([]);
  });
});
