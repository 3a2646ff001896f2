// What every answer to hostile input must satisfy, for the emulator and the receiver.
import v8 from "node:v8";
import vm from "node:vm";
import { expect } from "vitest";
import type { OperationId } from "../../src/contract/types.js";
import { checkComponent, checkResponse } from "../../src/contract/validators.js";

/** Reads and checks a response: never 5xx, always JSON, an ErrorEnvelope on every error. Returns the parsed body. */
export async function expectWellFormedAnswer(response: Response, operation?: OperationId): Promise<unknown> {
  const text = await response.text();
  const where = `${response.status} ${text.slice(0, 300)}`;
  expect(response.status, where).toBeLessThan(500);
  expect(response.headers.get("content-type") ?? "", where).toMatch(/^application\/json\b/i);
  let body: unknown;
  expect(() => (body = JSON.parse(text)), where).not.toThrow();
  if (response.status >= 400) {
    const check = checkComponent("ErrorEnvelope", body);
    expect(check.errors, where).toEqual([]);
    expect((body as { errorCode: number }).errorCode, where).toBe(response.status);
  } else if (operation) {
    const check = checkResponse(operation, response.status, response.headers.get("content-type"), body);
    expect(check.errors, where).toEqual([]);
  }
  return body;
}

/** Collects unhandled rejections and uncaught exceptions while a test file runs. */
export function trackProcessFailures() {
  const failures: unknown[] = [];
  const onFailure = (reason: unknown) => void failures.push(reason);
  return {
    failures,
    start() {
      process.on("unhandledRejection", onFailure);
      process.on("uncaughtException", onFailure);
    },
    stop() {
      process.off("unhandledRejection", onFailure);
      process.off("uncaughtException", onFailure);
    },
  };
}

let gcFn: (() => void) | undefined;
/** Heap in use after a full GC, in MiB (the gc function is unlocked for this process). */
export function heapAfterGcMiB(): number {
  if (!gcFn) {
    v8.setFlagsFromString("--expose-gc");
    gcFn = vm.runInNewContext("gc") as () => void;
  }
  gcFn();
  gcFn();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}
