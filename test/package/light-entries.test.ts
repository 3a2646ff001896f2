// The light doors stay light (STYLE.md habit 15): an entry point's module graph
// (from dist/src, before scripts/bundle-light-entries.mjs folds it into dist/light) must
// not pull in ajv's compiler, the emulator, the mock, the receiver, the CLI or its
// dependencies, or the contract document itself. Every other entry keeps the CLI's
// dependencies out. And the light entries users import are those bundles.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { bundle } from "../../bench/lib/bundle.js";

const HEAVY: [string, RegExp][] = [
  ["ajv's compiler", /node_modules\/ajv\/(?!dist\/runtime\/)/],
  ["ajv-formats' plugin", /node_modules\/ajv-formats\/dist\/(index|limit)/],
  ["the emulator", /dist\/src\/emulator\//],
  ["the mock", /dist\/src\/mock\//],
  ["the receiver", /dist\/src\/receiver\//],
  ["the CLI", /dist\/src\/cli\//],
  ["commander", /node_modules\/commander\//],
  ["cli-progress", /node_modules\/cli-progress\//],
  ["the contract document", /dist\/generated\/spec\.js/],
  ["the catalog's validators", /dist\/generated\/catalog-(validators|responses)\.js/],
  ["json-schema-faker (the emulator's made-up answers)", /node_modules\/json-schema-faker\//],
];
const CLI_ONLY: [string, RegExp][] = [
  ["the CLI", /dist\/src\/cli\//],
  ["commander", /node_modules\/commander\//],
  ["cli-progress", /node_modules\/cli-progress\//],
];

const heavyIn = (inputs: string[], rules: [string, RegExp][]) =>
  rules.flatMap(([what, pattern]) => inputs.filter((input) => pattern.test(input)).map((input) => `${what}: ${input}`));

const LIGHT: Record<string, string> = {
  "ivvy-batch": "./dist/src/index.js",
  "ivvy-batch/client": "./dist/src/client/index.js",
  "ivvy-batch/signing": "./dist/src/signing/index.js",
  "ivvy-batch/workflow": "./dist/src/workflow/index.js",
  "ivvy-batch/recording": "./dist/src/recording/index.js",
};

describe("light entry points", () => {
  it.each(Object.keys(LIGHT))("%s resolves to its bundle in dist/light", (entry) => {
    const resolved = createRequire(fileURLToPath(new URL("../../package.json", import.meta.url))).resolve(entry);
    expect(resolved).toMatch(/\/dist\/light\/(index|client|signing|workflow|recording)\.js$/);
  });

  it.each(Object.entries(LIGHT))("%s (%s) loads nothing heavy", async (_entry, file) => {
    const { inputs } = await bundle(`export * from "${file}";`);
    expect(inputs.length).toBeGreaterThan(3);
    expect(heavyIn(inputs, HEAVY)).toEqual([]);
  });

  it("signing needs nothing but its own files and the specific codes (node:crypto stays a builtin)", async () => {
    const { inputs } = await bundle(`export * from "./dist/src/signing/index.js";`);
    expect(inputs.filter((i) => !/dist\/src\/signing\//.test(i) && i !== "<stdin>")).toEqual(["dist/src/contract/specific-codes.js"]);
  });

  it.each(["ivvy-batch/receiver", "ivvy-batch/emulator", "ivvy-batch/mock", "ivvy-batch/testing", "ivvy-batch/validators", "ivvy-batch/catalog"])(
    "%s keeps the CLI's dependencies out",
    async (entry) => {
      const { inputs } = await bundle(`export * from "${entry}";`);
      expect(heavyIn(inputs, CLI_ONLY)).toEqual([]);
    },
  );

  it("the check can fail: the emulator and validators entries are heavy by these rules", async () => {
    const emulator = await bundle(`export * from "ivvy-batch/emulator";`);
    expect(heavyIn(emulator.inputs, HEAVY)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^the emulator: /), expect.stringMatching(/^json-schema-faker \(the emulator's made-up answers\): /)]),
    );
    const validators = await bundle(`export * from "ivvy-batch/validators";`);
    expect(heavyIn(validators.inputs, HEAVY)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^ajv's compiler: /), expect.stringMatching(/^the contract document: /)]),
    );
  });
});
