import { describe, expect, it } from "vitest";
import { arrayOf, boolean, checkOptions, closestKey, custom, func, integer, number, object, oneOf, string, withMethods } from "../../src/util/options.js";

const shape = {
  apiKey: string({ required: true, nonEmpty: true }),
  timeoutMs: number({ above: 0, default: 30_000, unit: "ms" }),
  retry: object({ retries: integer({ min: 0, default: 3 }), baseDelayMs: integer({ min: 0 }) }),
  auth: oneOf(["strict", "relaxed"] as const, { default: "strict" }),
  verbose: boolean(),
  onWarning: func<(message: string) => void>(),
  store: withMethods<{ get(): void }>(["get"]),
  tags: arrayOf(string({ nonEmpty: true })),
  url: custom((value, fail) => {
    if (value !== undefined && typeof value !== "string") fail("must be a URL string");
    return value as string | undefined;
  }),
};

describe("checkOptions", () => {
  it("fills defaults and keeps what was given", () => {
    const checked = checkOptions("make", { apiKey: "k", retry: { baseDelayMs: 5 }, tags: ["a"] }, shape);
    expect(checked).toEqual({
      apiKey: "k",
      timeoutMs: 30_000,
      retry: { retries: 3, baseDelayMs: 5 },
      auth: "strict",
      verbose: undefined,
      onWarning: undefined,
      store: undefined,
      tags: ["a"],
      url: undefined,
    });
  });

  it.each([
    [
      { apiKey: "k", retires: {} },
      "make: unknown option 'retires' (did you mean 'retry'?); allowed: apiKey, timeoutMs, retry, auth, verbose, onWarning, store, tags, url",
    ],
    [
      { apiKey: "k", retry: { retries: 0, baseDelayMS: 1 } },
      "make: unknown option 'retry.baseDelayMS' (did you mean 'retry.baseDelayMs'?); allowed in 'retry': retries, baseDelayMs",
    ],
    [{ apiKey: "k", wholly: 1 }, "make: unknown option 'wholly'; allowed: apiKey"],
    [{}, "make: option 'apiKey' is required: a non-empty string"],
    [{ apiKey: "" }, "make: option 'apiKey' must be a non-empty string, not \"\""],
    [{ apiKey: "k", timeoutMs: 0 }, "make: option 'timeoutMs' must be a finite number (ms) greater than 0, not 0"],
    [{ apiKey: "k", retry: { retries: 1.5 } }, "make: option 'retry.retries' must be an integer of at least 0, not 1.5"],
    [{ apiKey: "k", retry: 3 }, "make: option 'retry' must be an object (retries, baseDelayMs), not 3"],
    [{ apiKey: "k", auth: "loose" }, 'make: option \'auth\' must be "strict" or "relaxed", not "loose"'],
    [{ apiKey: "k", verbose: "yes" }, "make: option 'verbose' must be true or false, not \"yes\""],
    [{ apiKey: "k", onWarning: 1 }, "make: option 'onWarning' must be a function, not 1"],
    [{ apiKey: "k", store: {} }, "make: option 'store' must be an object with get(); it has no get()"],
    [{ apiKey: "k", tags: ["a", ""] }, "make: option 'tags[1]' must be a non-empty string, not \"\""],
    [{ apiKey: "k", url: 5 }, "make: option 'url' must be a URL string"],
    ["nope", 'make: must be an options object (apiKey, timeoutMs, retry, auth, verbose, onWarning, store, tags, url), not "nope"'],
  ])("refuses %j naming the option", (options, message) => {
    let thrown: unknown;
    try {
      checkOptions("make", options, shape);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect((thrown as Error).message.startsWith(message)).toBe(true);
  });

  it("names the option on the error for programs", () => {
    expect(() => checkOptions("make", { apiKey: "k", retry: { retrys: 1 } }, shape)).toThrow(expect.objectContaining({ option: "retry.retrys" }));
  });
});

describe("closestKey", () => {
  it.each([
    ["retires", ["retry", "timeoutMs"], "retry"],
    ["publicURL", ["publicUrl", "now"], "publicUrl"],
    ["chunksize", ["chunkSize", "concurrency"], "chunkSize"],
    ["tablePrefx", ["tablePrefix", "schema"], "tablePrefix"],
    ["ttl", ["ttlMs", "clock"], "ttlMs"],
    ["visibilityTimeout", ["visibilityTimeoutMs", "retentionMs"], "visibilityTimeoutMs"],
    ["zzz", ["retry", "timeoutMs"], undefined],
  ])("%s is closest to %s", (key, allowed, expected) => {
    expect(closestKey(key, allowed)).toBe(expected);
  });
});
