import { describe, expect, it } from "vitest";
import { IvvyApiError } from "../../src/errors/ivvy-api-error.js";
import { IvvyNetworkError } from "../../src/errors/ivvy-network-error.js";
import { IvvyTimeoutError } from "../../src/errors/ivvy-timeout-error.js";
import { IvvyValidationError } from "../../src/errors/ivvy-validation-error.js";
import { classifyRunFailure } from "../../src/workflow/classify-run-failure.js";
import { createSubmissionLedger } from "../../src/workflow/submission-ledger.js";

describe("createSubmissionLedger", () => {
  it("remembers entries until their time to live has passed", () => {
    let now = 1_000;
    const ledger = createSubmissionLedger({ ttlMs: 100, now: () => now });
    ledger.set("h", { state: "ambiguous", at: now });
    now += 100;
    expect(ledger.get("h")).toEqual({ state: "ambiguous", at: 1_000 });
    now += 1;
    expect(ledger.get("h")).toBeUndefined();
  });

  it("drops the oldest entries beyond maxEntries", () => {
    const ledger = createSubmissionLedger({ maxEntries: 2, now: () => 5 });
    ledger.set("a", { state: "in-flight", at: 1 });
    ledger.set("b", { state: "in-flight", at: 2 });
    ledger.set("a", { state: "submitted", asyncId: "x", at: 3 });
    ledger.set("c", { state: "in-flight", at: 4 });
    expect(ledger.get("b")).toBeUndefined();
    expect(ledger.get("a")).toMatchObject({ state: "submitted" });
    expect(ledger.get("c")).toBeDefined();
  });

  it("claims a hash once: a second claim changes nothing and returns the live entry", () => {
    let now = 1_000;
    const ledger = createSubmissionLedger({ ttlMs: 100, now: () => now });
    expect(ledger.claim("h", 1_000)).toEqual({ claimed: true });
    expect(ledger.get("h")).toEqual({ state: "in-flight", at: 1_000 });
    expect(ledger.claim("h", 1_050)).toEqual({ claimed: false, existing: { state: "in-flight", at: 1_000 } });
    ledger.set("h", { state: "submitted", asyncId: "a".repeat(32), at: 1_010 });
    now = 1_110;
    expect(ledger.claim("h", now)).toEqual({ claimed: false, existing: { state: "submitted", asyncId: "a".repeat(32), at: 1_010 } });
    // Expired entries do not block a claim.
    now = 1_111;
    expect(ledger.claim("h", now)).toEqual({ claimed: true });
    expect(ledger.get("h")).toEqual({ state: "in-flight", at: 1_111 });
  });

  it("delete releases a hash, so the next claim succeeds", () => {
    const ledger = createSubmissionLedger({ now: () => 5 });
    expect(ledger.claim("h", 5)).toEqual({ claimed: true });
    ledger.delete("h");
    expect(ledger.get("h")).toBeUndefined();
    expect(ledger.claim("h", 6)).toEqual({ claimed: true });
  });

  it("refuses nonsense options when it is made", () => {
    expect(() => createSubmissionLedger({ maxEntries: 0 })).toThrow(/maxEntries/);
    expect(() => createSubmissionLedger({ ttlMs: -1 })).toThrow(/ttlMs/);
  });
});

describe("classifyRunFailure", () => {
  const url = "http://x/api/1.0/batch?action=run";
  const api = (status: number, specificCode = 0, retryAfterSeconds?: number) =>
    new IvvyApiError({ action: "run", url, status, envelope: { errorCode: status, message: "m", specificCode }, retryAfterSeconds });

  it("takes no answer as ambiguous: the run may have been stored", () => {
    expect(classifyRunFailure(new IvvyNetworkError({ action: "run", url, cause: new Error("socket hang up") }), false)).toEqual({
      reason: "ambiguous",
      mayHaveRun: true,
      retryable: false,
    });
    expect(classifyRunFailure(new IvvyTimeoutError({ action: "run", url, timeoutMs: 5 }), false).reason).toBe("ambiguous");
    expect(classifyRunFailure(api(502), false)).toMatchObject({ reason: "ambiguous", mayHaveRun: true });
    expect(classifyRunFailure(new DOMException("aborted", "AbortError"), true)).toMatchObject({ reason: "ambiguous", mayHaveRun: true });
  });

  it("takes an answer from iVvy as definite, and only a passing one as worth sending again", () => {
    expect(classifyRunFailure(api(400, 24092), false)).toEqual({ reason: "rejected", mayHaveRun: false, retryable: false });
    expect(classifyRunFailure(api(429, 0, 2), false)).toEqual({ reason: "rejected", mayHaveRun: false, retryable: true });
    expect(classifyRunFailure(api(500, 24091), false)).toMatchObject({ retryable: true, mayHaveRun: false });
    expect(classifyRunFailure(api(500, 0), false)).toMatchObject({ retryable: false, mayHaveRun: false });
    const refused = new IvvyNetworkError({ action: "run", url, cause: new Error("ECONNREFUSED"), mayHaveReachedServer: false });
    expect(classifyRunFailure(refused, false)).toEqual({ reason: "unsent", mayHaveRun: false, retryable: false });
    const invalid = new IvvyValidationError({ action: "run", specificCode: 24092, message: "Incorrect Job Format" });
    expect(classifyRunFailure(invalid, false)).toMatchObject({ reason: "invalid", mayHaveRun: false });
  });
});
