// Durations as users type them, and the same refusal wording for every numeric flag.
import { expect, it } from "vitest";
import { resolveConnection } from "../../src/cli/connection/connection.js";
import { durationFlag, integerFlag } from "../../src/cli/io/parse-flags.js";

it("reads durations with units, and bare numbers in the flag's own unit", () => {
  expect(durationFlag("deadline", "10m", "s")).toBe(600_000);
  expect(durationFlag("deadline", "90s", "s")).toBe(90_000);
  expect(durationFlag("deadline", "2h", "s")).toBe(7_200_000);
  expect(durationFlag("deadline", "1h30m", "s")).toBe(5_400_000);
  expect(durationFlag("deadline", "1d", "s")).toBe(86_400_000);
  expect(durationFlag("deadline", "0.5s", "s")).toBe(500);
  expect(durationFlag("deadline", "600", "s")).toBe(600_000);
  expect(durationFlag("interval", "500ms", "ms")).toBe(500);
  expect(durationFlag("interval", "250", "ms")).toBe(250);
  expect(durationFlag("interval", undefined, "ms")).toBeUndefined();
});

it.each(["10x", "abc", "-5", "", "m", "10 m", "1e3", "5m10"])("refuses %j with exit 2 and an example of what it takes", (value) => {
  expect(() => durationFlag("deadline", value, "s")).toThrow(
    expect.objectContaining({ exitCode: 2, message: `--deadline must be a duration such as 90s, 10m, 2h or 1h30m (a bare number is seconds), not '${value}'` }),
  );
});

it("checks whole numbers against their range", () => {
  expect(integerFlag("chunk-size", "200", 200, { min: 1, max: 200 })).toBe(200);
  expect(integerFlag("chunk-size", undefined, 200, { min: 1, max: 200 })).toBe(200);
  for (const value of ["201", "0", "1.5", "-1", "x", ""]) {
    expect(() => integerFlag("chunk-size", value, 200, { min: 1, max: 200, why: "iVvy's limit" })).toThrow(
      `--chunk-size must be a whole number from 1 to 200 (iVvy's limit), not '${value}'`,
    );
  }
});

it("counts a variable set but empty as unset (IVVY_REGION= does not conflict with --base-url)", () => {
  const connection = resolveConnection({ baseUrl: "http://127.0.0.1:4020" }, { IVVY_REGION: "", IVVY_API_KEY: "", IVVY_API_SECRET: "" });
  expect(connection).toMatchObject({ kind: "remote", options: { baseUrl: "http://127.0.0.1:4020" } });
  expect(() => resolveConnection({ baseUrl: "http://127.0.0.1:4020" }, { IVVY_REGION: "au" })).toThrow(/not both/);
});
