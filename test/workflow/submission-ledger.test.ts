import { describe, expect, it } from "vitest";
import { IvvyApiError } from "../../src/errors/ivvy-api-error.js";
import { IvvyNetworkError } from "../../src/errors/ivvy-network-error.js";
import { IvvyResponseError } from "../../src/errors/ivvy-response-error.js";
import { IvvyTimeoutError } from "../../src/errors/ivvy-timeout-error.js";
import { IvvyValidationError } from "../../src/errors/ivvy-validation-error.js";
import { createManualClock } from "../../src/util/clock.js";
import { classifyRunFailure } from "../../src/workflow/submit/classify-run-failure.js";
import { createSubmissionLedger } from "../../src/workflow/submit/submission-ledger.js";

describe("createSubmissionLedger", () => {
  it("remembers entries until their time to live has passed", () => {
    const clock = createManualClock(1_000);
    const ledger = createSubmissionLedger({ ttlMs: 100, clock });
    ledger.set("h", { state: "ambiguous", at: clock.now() });
    clock.advance(100);
    expect(ledger.get("h")).toEqual({ state: "ambiguous", at: 1_000 });
    clock.advance(1);
    expect(ledger.get("h")).toBeUndefined();
  });

  it("drops the oldest entries beyond maxEntries", () => {
    const ledger = createSubmissionLedger({ maxEntries: 2, clock: createManualClock(5) });
    ledger.set("a", { state: "in-flight", at: 1 });
    ledger.set("b", { state: "in-flight", at: 2 });
    ledger.set("a", { state: "submitted", asyncId: "x", at: 3 });
    ledger.set("c", { state: "in-flight", at: 4 });
    expect(ledger.get("b")).toBeUndefined();
    expect(ledger.get("a")).toMatchObject({ state: "submitted" });
    expect(ledger.get("c")).toBeDefined();
  });

  it("claims a hash once: a second claim changes nothing and returns the live entry", () => {
    const clock = createManualClock(1_000);
    const ledger = createSubmissionLedger({ ttlMs: 100, clock });
    expect(ledger.claim("h", 1_000)).toEqual({ claimed: true });
    expect(ledger.get("h")).toEqual({ state: "in-flight", at: 1_000 });
    expect(ledger.claim("h", 1_050)).toEqual({ claimed: false, existing: { state: "in-flight", at: 1_000 } });
    ledger.set("h", { state: "submitted", asyncId: "a".repeat(32), at: 1_010 });
    clock.set(1_110);
    expect(ledger.claim("h", clock.now())).toEqual({ claimed: false, existing: { state: "submitted", asyncId: "a".repeat(32), at: 1_010 } });
    // Expired entries do not block a claim.
    clock.set(1_111);
    expect(ledger.claim("h", clock.now())).toEqual({ claimed: true });
    expect(ledger.get("h")).toEqual({ state: "in-flight", at: 1_111 });
  });

  it("delete releases a hash, so the next claim succeeds", () => {
    const ledger = createSubmissionLedger({ clock: createManualClock(5) });
    expect(ledger.claim("h", 5)).toEqual({ claimed: true });
    ledger.delete("h");
    expect(ledger.get("h")).toBeUndefined();
    expect(ledger.claim("h", 6)).toEqual({ claimed: true });
  });

  it("refuses nonsense options when it is made", () => {
    expect(() => createSubmissionLedger({ maxEntries: 0 })).toThrow("createSubmissionLedger: option 'maxEntries' must be an integer of at least 1, not 0");
    expect(() => createSubmissionLedger({ maxEntries: 1.5 })).toThrow(/maxEntries/);
    expect(() => createSubmissionLedger({ ttlMs: -1 })).toThrow("createSubmissionLedger: option 'ttlMs' must be a finite number (ms) greater than 0, not -1");
    expect(() => createSubmissionLedger({ ttlMs: 0 })).toThrow(/ttlMs/);
    expect(() => createSubmissionLedger({ ttlMs: Number.NaN })).toThrow(/ttlMs/);
    expect(() => createSubmissionLedger({ clock: Date } as never)).toThrow(/option 'clock' must be a Clock/);
    // The smallest sensible values are fine.
    const one = createSubmissionLedger({ maxEntries: 1, ttlMs: 1, clock: createManualClock(0) });
    one.set("a", { state: "in-flight", at: 0 });
    one.set("b", { state: "in-flight", at: 0 });
    expect([one.get("a"), one.get("b")]).toEqual([undefined, { state: "in-flight", at: 0 }]);
  });

  it("refuses a misspelt option by name", () => {
    expect(() => createSubmissionLedger({ ttl: 1_000 } as never)).toThrow(
      "createSubmissionLedger: unknown option 'ttl' (did you mean 'ttlMs'?); allowed: ttlMs, maxEntries, clock",
    );
    expect(() => createSubmissionLedger({ now: () => 0 } as never)).toThrow(/option 'now' was replaced by 'clock'/);
  });

  it("remembers two days by default: as long as iVvy keeps the batch", () => {
    const clock = createManualClock(0);
    const ledger = createSubmissionLedger({ clock });
    ledger.set("h", { state: "submitted", asyncId: "a".repeat(32), at: 0 });
    clock.set(2 * 24 * 60 * 60 * 1000);
    expect(ledger.get("h")).toMatchObject({ state: "submitted" });
    expect(ledger.claim("h", clock.now())).toMatchObject({ claimed: false });
    clock.advance(1);
    expect(ledger.claim("h", clock.now())).toEqual({ claimed: true });
  });
});

describe("classifyRunFailure", () => {
  const url = "http://x/api/1.0/batch?action=run";
  const api = (status: number, specificCode = 0, retryAfterSeconds?: number) =>
    new IvvyApiError({ action: "run", url, status, envelope: { errorCode: status, message: "m", specificCode }, retryAfterSeconds });

  it("takes no answer as ambiguous: the run may have been stored", () => {
    expect(classifyRunFailure(new IvvyNetworkError({ action: "run", url, cause: new Error("socket hang up") }))).toEqual({
      reason: "ambiguous",
      mayHaveRun: true,
      retryable: false,
    });
    expect(classifyRunFailure(new IvvyTimeoutError({ action: "run", url, timeoutMs: 5 })).reason).toBe("ambiguous");
    expect(classifyRunFailure(api(502))).toMatchObject({ reason: "ambiguous", mayHaveRun: true });
    expect(classifyRunFailure(new DOMException("aborted", "AbortError"))).toMatchObject({ reason: "ambiguous", mayHaveRun: true });
  });

  it("takes an answer from iVvy as definite, and only a passing one as worth sending again", () => {
    expect(classifyRunFailure(api(400, 24092))).toEqual({ reason: "rejected", mayHaveRun: false, retryable: false });
    expect(classifyRunFailure(api(429, 0, 2))).toEqual({ reason: "rejected", mayHaveRun: false, retryable: true });
    expect(classifyRunFailure(api(500, 24091))).toMatchObject({ retryable: true, mayHaveRun: false });
    expect(classifyRunFailure(api(500, 0))).toMatchObject({ retryable: false, mayHaveRun: false });
    const refused = new IvvyNetworkError({ action: "run", url, cause: new Error("ECONNREFUSED"), mayHaveReachedServer: false });
    expect(classifyRunFailure(refused)).toEqual({ reason: "unsent", mayHaveRun: false, retryable: false });
    const invalid = new IvvyValidationError({ action: "run", specificCode: 24092, message: "Incorrect Job Format" });
    expect(classifyRunFailure(invalid)).toMatchObject({ reason: "invalid", mayHaveRun: false });
  });

  it("gives exactly one answer per kind of failure", () => {
    const ambiguous = { reason: "ambiguous", mayHaveRun: true, retryable: false };
    const rejected = { reason: "rejected", mayHaveRun: false, retryable: false };
    expect(classifyRunFailure(new IvvyValidationError({ action: "run", specificCode: 24092, message: "m" }))).toEqual({
      reason: "invalid",
      mayHaveRun: false,
      retryable: false,
    });
    expect(classifyRunFailure(api(502))).toEqual(ambiguous);
    expect(classifyRunFailure(api(504))).toEqual(ambiguous);
    expect(classifyRunFailure(api(503))).toEqual(rejected);
    // 24091 "not saved" makes only a 500 worth sending again.
    expect(classifyRunFailure(api(400, 24091))).toEqual(rejected);
    expect(classifyRunFailure(api(503, 24091))).toEqual(rejected);
    expect(classifyRunFailure(api(500, 24091))).toEqual({ ...rejected, retryable: true });
    const response = (problem: "redirect" | "schema" | "too-large" | "not-json", followed = false) =>
      new IvvyResponseError({ action: "run", url, status: problem === "redirect" ? 307 : 200, problem, followed, location: "https://x" });
    expect(classifyRunFailure(response("redirect"))).toEqual(rejected);
    expect(classifyRunFailure(response("redirect", true))).toEqual(ambiguous);
    for (const problem of ["schema", "too-large", "not-json"] as const) expect(classifyRunFailure(response(problem))).toEqual(ambiguous);
    expect(classifyRunFailure(new DOMException("aborted", "AbortError"))).toEqual(ambiguous);
    expect(classifyRunFailure(new Error("a bug in a custom fetch"))).toEqual(ambiguous);
    expect(classifyRunFailure(undefined)).toEqual(ambiguous);
  });
});
