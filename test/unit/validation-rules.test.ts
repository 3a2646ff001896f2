// The rules run and the async-ref actions apply to their bodies, one at a time (each rule
// was found by mutation testing to need its own test): the client refuses exactly what iVvy would, with iVvy's codes, before
// sending, and the emulator answers the same. A loosened rule fails here.
import { describe, expect, it } from "vitest";
import { findNonJsonNumber } from "../../src/contract/find-non-json-number.js";
import { isPlainObject } from "../../src/contract/is-plain-object.js";
import { SpecificCode } from "../../src/contract/specific-codes.js";
import { validateAsyncRef } from "../../src/contract/validate-async-ref.js";
import { MAX_JOBS_PER_BATCH, validateRunRequest } from "../../src/contract/validate-run-request.js";

const ASYNC_ID = "e35e06ee592d17a42dc9e6252a058617";
const job = (over: Record<string, unknown> = {}) => ({ namespace: "event", action: "inviteContacts", params: { event: 1 }, ...over });
const refusal = (specificCode: number, message: string, ...additionalMessages: string[]) => ({ ok: false, specificCode, message, additionalMessages });

describe("validateRunRequest", () => {
  it("accepts jobs, with or without an http(s) callbackUrl, and hands back the same body", () => {
    const body = { jobs: [job()] };
    expect(validateRunRequest(body)).toEqual({ ok: true, value: body });
    for (const callbackUrl of ["https://my.app/cb?token=x", "http://127.0.0.1:8080/cb"]) {
      expect(validateRunRequest({ jobs: [job()], callbackUrl })).toMatchObject({ ok: true });
    }
  });

  it("refuses a body that is not an object", () => {
    for (const body of [null, [], "jobs", 1]) expect(validateRunRequest(body)).toEqual(refusal(23016, "The request body must be a JSON object"));
  });

  it("refuses a key run does not take, naming it (the unknown-key check)", () => {
    expect(validateRunRequest({ jobs: [job()], callbackurl: "https://x" })).toEqual(
      refusal(SpecificCode.InvalidParameter, "'callbackurl' is not a parameter of run", "run takes jobs and callbackUrl"),
    );
    expect(validateRunRequest({ jobs: [job()], async: ASYNC_ID })).toEqual(
      refusal(23016, "'async' is not a parameter of run", "run takes jobs and callbackUrl"),
    );
  });

  it("names a missing jobs first (23017), pointing 'async' to where it belongs", () => {
    expect(validateRunRequest({})).toEqual(refusal(SpecificCode.MissingParameter, "'jobs' is required"));
    expect(validateRunRequest({ callbackUrl: "https://x" })).toEqual(refusal(SpecificCode.MissingParameter, "'jobs' is required"));
    expect(validateRunRequest({ async: ASYNC_ID })).toEqual(
      refusal(23017, "'jobs' is required", "'async' is a parameter of batch progress, results, restart and repost, not of run: nothing was stored"),
    );
  });

  it("takes 1 to 200 jobs in an array", () => {
    expect(validateRunRequest({ jobs: [] })).toEqual(refusal(23016, "'jobs' does not validate", "Value must be a non-empty array"));
    expect(validateRunRequest({ jobs: job() })).toEqual(refusal(23016, "'jobs' does not validate", "Value must be a non-empty array"));
    expect(validateRunRequest({ jobs: Array.from({ length: MAX_JOBS_PER_BATCH }, () => job()) })).toMatchObject({ ok: true });
    expect(validateRunRequest({ jobs: Array.from({ length: MAX_JOBS_PER_BATCH + 1 }, () => job()) })).toEqual(
      refusal(SpecificCode.TooManyJobs, "The maximum number of jobs can be put on a single request is 200", "201 jobs were given"),
    );
  });

  it.each([
    ["not an object", "x", "jobs[1] must be an object with the keys namespace, action and params"],
    ["an array", [], "jobs[1] must be an object with the keys namespace, action and params"],
    ["missing params", { namespace: "a", action: "b" }, "jobs[1] must have exactly the keys namespace, action and params (has action, namespace)"],
    ["an extra key", job({ id: 1 }), "jobs[1] must have exactly the keys namespace, action and params (has action, id, namespace, params)"],
    [
      "a wrong key of the right count",
      { namespace: "a", action: "b", param: {} },
      "jobs[1] must have exactly the keys namespace, action and params (has action, namespace, param)",
    ],
    ["no keys", {}, "jobs[1] must have exactly the keys namespace, action and params (has none)"],
    ["a non-string namespace", job({ namespace: 1 }), "jobs[1] namespace must be a string"],
    ["a non-string action", job({ action: null }), "jobs[1] action must be a string"],
    ["params a non-empty array (`[]` is no parameters)", job({ params: [1] }), "jobs[1] params must be an object"],
    ["params null", job({ params: null }), "jobs[1] params must be an object"],
  ])("refuses a job that is %s with 24092, naming it", (_, bad, why) => {
    expect(validateRunRequest({ jobs: [job(), bad] })).toEqual(refusal(SpecificCode.IncorrectJobFormat, "Incorrect Job Format", why));
  });

  it("refuses an empty namespace or action with 24093", () => {
    expect(validateRunRequest({ jobs: [job({ namespace: "" })] })).toEqual(refusal(24093, "Empty job parameter found", "jobs[0].namespace is empty"));
    expect(validateRunRequest({ jobs: [job({ action: "" })] })).toEqual(refusal(24093, "Empty job parameter found", "jobs[0].action is empty"));
  });

  it("refuses a callbackUrl that is not an http(s) URL", () => {
    // A URL object is not a string: the contract's callbackUrl is one.
    for (const callbackUrl of ["ftp://x/cb", "not a url", 42, "mailto:a@b.c", new URL("https://my.app/cb")]) {
      expect(validateRunRequest({ jobs: [job()], callbackUrl })).toEqual(
        refusal(23016, "'callbackUrl' does not validate", "Value must be an absolute http or https URL (RFC 3986: no spaces, a host)"),
      );
    }
  });

  it("refuses numbers JSON cannot carry, wherever they are in params", () => {
    expect(validateRunRequest({ jobs: [job({ params: { a: [1, { b: Number.NaN }] } })] })).toEqual(
      refusal(
        23016,
        "'params' does not validate",
        "jobs[0].params.a[1].b is NaN: JSON has no such number (a literal like 1e400 overflows to Infinity); send a finite number or a string",
      ),
    );
  });
});

describe("findNonJsonNumber", () => {
  it("finds the first in document order, and nothing in JSON-safe values", () => {
    expect(findNonJsonNumber({ a: 1, b: [Infinity, -Infinity] })).toEqual({ path: ".b[0]", value: "Infinity" });
    expect(findNonJsonNumber([{ x: -Infinity }])).toEqual({ path: "[0].x", value: "-Infinity" });
    expect(findNonJsonNumber(Number.NaN)).toEqual({ path: "", value: "NaN" });
    expect(findNonJsonNumber({ id: 2n ** 64n })).toEqual({ path: ".id", value: "18446744073709551616n" });
    expect(findNonJsonNumber({ a: [1, "x", null, true, { b: 1e308 }], c: -0 })).toBeUndefined();
    const shared = { n: 1 };
    const cyclic: Record<string, unknown> = { shared, again: shared };
    cyclic.self = cyclic;
    expect(findNonJsonNumber(cyclic)).toBeUndefined();
  });
});

describe("validateAsyncRef", () => {
  it("accepts exactly { async: <32 lowercase hex> }", () => {
    expect(validateAsyncRef({ async: ASYNC_ID })).toEqual({ ok: true, value: { async: ASYNC_ID } });
  });
  it("refuses everything else with iVvy's codes", () => {
    expect(validateAsyncRef(null)).toEqual(refusal(23016, "The request body must be a JSON object"));
    expect(validateAsyncRef([ASYNC_ID])).toEqual(refusal(23016, "The request body must be a JSON object"));
    expect(validateAsyncRef({})).toEqual(refusal(23017, "'async' is required"));
    const bad = refusal(23016, "'async' does not validate", "Value must be a 32 character hexadecimal batch id");
    // An array holding the id would pass a pattern test by coercion; it is not a string.
    for (const value of [1, [ASYNC_ID], ASYNC_ID.toUpperCase(), `x${ASYNC_ID}`, `${ASYNC_ID}0`, ASYNC_ID.slice(1), ` ${ASYNC_ID}`]) {
      expect(validateAsyncRef({ async: value })).toEqual(bad);
    }
    expect(validateAsyncRef({ async: ASYNC_ID, asyncId: ASYNC_ID })).toEqual(refusal(23016, "'asyncId' is not a parameter of this action", "Send only async"));
  });
});

describe("isPlainObject", () => {
  it("is true for objects only", () => {
    expect([{}, Object.create(null)].map(isPlainObject)).toEqual([true, true]);
    expect([null, [], "x", 1, undefined].map(isPlainObject)).toEqual([false, false, false, false, false]);
  });
});
