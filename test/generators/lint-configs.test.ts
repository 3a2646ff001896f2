// Users lint openapi.yaml with their own Redocly or Spectral setup. With the
// default rule sets the only findings are `path-not-include-query`, once per path key (the
// query-in-path shape every action needs; docs/generators.md, "Linting the contract"), and
// the shipped configs turn off that one rule and nothing else. `npm run lint:spec` runs
// both linters with those configs and fails on any error or warning.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { operationPaths } from "../../src/contract/types.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const spec = join(root, "openapi.yaml");
// No redocly.yaml or .spectral.yaml here, so the linters use their defaults.
const bare = mkdtempSync(join(tmpdir(), "lint-defaults-"));
afterAll(() => rmSync(bare, { recursive: true, force: true }));

/** stdout of a linter, whatever its exit code (both exit non-zero when they find errors). */
async function lint(cli: string, args: string[]): Promise<string> {
  const run = promisify(execFile)(process.execPath, [join(root, "node_modules", cli), ...args], {
    cwd: bare,
    env: { ...process.env, NO_COLOR: "1" },
    maxBuffer: 10_000_000,
  });
  return run.then(
    ({ stdout }) => stdout,
    (error: { stdout?: string }) => error.stdout ?? "",
  );
}

const keys = Object.values(operationPaths).sort();
const offRules = (file: string) =>
  Object.entries((parse(readFileSync(join(root, file), "utf8")) as { rules?: Record<string, unknown> }).rules ?? {})
    .filter(([, setting]) => setting === "off")
    .map(([rule]) => rule);

describe("the contract under the linters' default rule sets", () => {
  it("Redocly's recommended config: six path-not-include-query errors, one per path key, and nothing else", async () => {
    const report = JSON.parse(await lint("@redocly/cli/bin/cli.js", ["lint", spec, "--format=json"])) as {
      problems: { ruleId: string; severity: string; location: { pointer: string }[] }[];
    };
    expect(report.problems.map((p) => `${p.ruleId} ${p.severity}`)).toEqual(Array(6).fill("path-not-include-query error"));
    expect(report.problems.map((p) => decodeURIComponent(p.location[0]!.pointer.replace("#/paths/", "")).replaceAll("~1", "/")).sort()).toEqual(keys);
  }, 30_000);

  it("Spectral's spectral:oas: six path-not-include-query warnings, one per path key, and nothing else", async () => {
    writeFileSync(join(bare, "oas.yaml"), "extends:\n  - spectral:oas\n");
    const results = JSON.parse(
      await lint("@stoplight/spectral-cli/dist/index.js", ["lint", spec, "--ruleset", join(bare, "oas.yaml"), "--format", "json", "--quiet"]),
    ) as { code: string; severity: number; path: string[] }[];
    // Spectral's severities: 0 error, 1 warning.
    expect(results.map((r) => `${r.code} ${r.severity}`)).toEqual(Array(6).fill("path-not-include-query 1"));
    expect(results.map((r) => r.path[1]).sort()).toEqual(keys);
  }, 30_000);
});

describe("the shipped lint configs", () => {
  it.each(["redocly.yaml", ".spectral.yaml"])("%s turns off path-not-include-query and no other rule", (file) => {
    expect(offRules(file)).toEqual(["path-not-include-query"]);
  });
});
