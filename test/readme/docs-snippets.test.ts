// Docs are code (STYLE.md habit 16): every TypeScript snippet in README.md and in every docs/*.md
// (a page added later is picked up by the directory listing) is extracted from the
// Markdown as written, type-checked, and run as its own program against the package as
// users get it: `import ... from "ivvy-batch"` resolves through package.json `exports` to
// dist/ (npm test builds first). A `console.log(x); // 450` line must print `450`.
import { execFile } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractSnippets, promisedOutput } from "./extract-snippets.js";

const root = new URL("../../", import.meta.url).pathname;
const runDir = join(root, "test/readme/.run");
const run = promisify(execFile);

// Pages whose named blocks (```ts src/file.ts) are the files of one example project, which
// the page's own test writes out, builds and runs. A named block anywhere else would be
// checked by nobody, so it fails below.
const PROJECT_TESTS: Record<string, string> = {
  "docs/generators.md": "test/generators/generators.test.ts",
  // Its examples need a Postgres, which that test starts.
  "docs/deployment.md": "test/docs/deployment-doc.test.ts",
};

const pages = [
  "README.md",
  ...readdirSync(join(root, "docs"))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => `docs/${name}`),
];
const all = pages.flatMap((page) =>
  extractSnippets(page, readFileSync(join(root, page), "utf8")).map((s) => ({ ...s, file: `${page.replace(/[/.]/g, "-")}-L${s.line}.ts` })),
);
const snippets = all.filter((s) => s.name === undefined);

let typeErrors = new Map<string, string[]>();

beforeAll(async () => {
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(runDir, { recursive: true });
  // `export {}` makes a snippet without imports a module too (top-level await).
  for (const s of snippets) writeFileSync(join(runDir, s.file), `${s.code}export {};\n`);
  writeFileSync(
    join(runDir, "tsconfig.json"),
    JSON.stringify({
      extends: "../../../tsconfig.json",
      // The libraries a user has by default, DOM included (the repository's own lib is ES2023 only).
      compilerOptions: { noEmit: true, rootDir: ".", declaration: false, declarationMap: false, sourceMap: false, lib: ["ES2023", "DOM", "DOM.Iterable"] },
      include: ["*.ts"],
    }),
  );
  const tsc = join(root, "node_modules/typescript/bin/tsc");
  const result = await run(process.execPath, [tsc, "-p", join(runDir, "tsconfig.json"), "--pretty", "false"], { cwd: root }).catch(
    (error: { stdout: string }) => error,
  );
  typeErrors = new Map();
  for (const line of result.stdout.split("\n")) {
    const m = /^(?:.*[/\\])?([^/\\(]+\.ts)\((\d+),\d+\): (error .*)$/.exec(line);
    // An error that names no snippet (the tsconfig, a missing file) would leave every
    // snippet unchecked: that fails the whole suite here, not silently.
    if (!m && /error TS\d+/.test(line)) throw new Error(`tsc could not check the snippets: ${line}`);
    if (!m) continue;
    const list = typeErrors.get(m[1]!) ?? [];
    list.push(`line ${m[2]}: ${m[3]}`);
    typeErrors.set(m[1]!, list);
  }
}, 120_000);

afterAll(() => rmSync(runDir, { recursive: true, force: true }));

it("finds the snippets of README.md and of every page in docs/", () => {
  expect(pages).toContain("README.md");
  expect(pages.length).toBeGreaterThan(8);
  expect(snippets.length).toBeGreaterThan(15);
  for (const page of ["README.md", "docs/client.md", "docs/workflows.md", "docs/receiver.md", "docs/emulator.md", "docs/mock.md"]) {
    expect(
      snippets.some((s) => s.page === page),
      page,
    ).toBe(true);
  }
});

it("a named block (one file of an example project) is only on a page whose own test builds that project", () => {
  for (const block of all.filter((s) => s.name !== undefined)) {
    const test = PROJECT_TESTS[block.page];
    expect(test, `${block.page}:${block.line} (${block.name}) is a named block on a page no project test reads`).toBeDefined();
    expect(readFileSync(join(root, test!), "utf8")).toContain(block.page);
  }
});

describe.concurrent.each(snippets)("$page, the snippet at line $line", (snippet) => {
  it("type-checks and runs, printing what its comments say", async () => {
    expect(typeErrors.get(snippet.file) ?? [], `${snippet.page}:${snippet.line} does not type-check`).toEqual([]);
    const { stdout } = await run(process.execPath, ["--import", "tsx", join(runDir, snippet.file)], {
      cwd: runDir,
      timeout: 60_000,
      env: Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("IVVY_"))),
    }).catch((error: Error & { stderr?: string }) => {
      throw new Error(`${snippet.page}:${snippet.line} failed when run: ${error.message}\n${error.stderr ?? ""}`);
    });
    const printed = stdout.split("\n").map((l) => l.trim());
    let at = 0;
    for (const value of promisedOutput(snippet.code)) {
      const found = printed.indexOf(value, at);
      expect(found, `${snippet.page}:${snippet.line} should print ${value}; it printed:\n${stdout}`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
  });
});
