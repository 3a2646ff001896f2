// What "every documented status of every operation was exercised" means, computed from
// openapi.yaml itself, so a status added to the contract must be covered by the suite.

import { expect, it } from "vitest";
import { type OperationId, operationPaths } from "../../src/contract/types.js";
import { documentedStatuses } from "../../src/contract/validators.js";
import { type ProviderRun, summarise } from "../run-provider.js";

/** `operation status` for every response the contract documents, e.g. `run 200`. */
export function documentedTransactions(): string[] {
  return (Object.keys(operationPaths) as OperationId[]).flatMap((operation) => documentedStatuses(operation).map((status) => `${operation} ${status}`));
}

/** `operation status` of the transactions of a run that ended with `result`. */
export function transactionsWith(run: ProviderRun, result: "pass" | "fail" | "skip" | "error"): string[] {
  return run.transactions.filter((t) => t.result === result).map((t) => `${t.operation} ${t.status}`);
}

/** One line per transaction that did not pass, for assertion messages. */
export function failures(run: ProviderRun): string {
  return run.transactions
    .filter((t) => t.result !== "pass")
    .map((t) => `${t.operation} ${t.status} ${t.result}: ${[...t.violations, t.dreddMessage].filter(Boolean).join(" | ")}`)
    .join("\n");
}

/**
 * The two checks every provider run must pass: no transaction failed, and every
 * documented status of every operation was exercised exactly once (none skipped).
 */
export function fullCoverageTests(getRun: () => ProviderRun): void {
  it("passes every transaction", () => {
    const run = getRun();
    expect(failures(run), summarise(run)).toBe("");
    expect(run.exitCode).toBe(0);
  });

  it("exercises every documented status of every operation, once each, none skipped", () => {
    const run = getRun();
    const expected = documentedTransactions();
    expect(run.transactions).toHaveLength(expected.length);
    expect(transactionsWith(run, "pass").sort()).toEqual([...expected].sort());
    expect(run.notExercised).toEqual([]);
  });
}
