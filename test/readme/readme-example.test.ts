// The README's first example runs as written, against the package as users get it:
// `import ... from "ivvy-batch"` resolves through package.json `exports` to dist/
// (npm test builds first).
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { promisify } from "node:util";
import { afterAll, expect, it } from "vitest";

const root = new URL("../../", import.meta.url);
const dir = new URL("test/readme/.run/", root);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("the README's opening snippet runs and prints what its comment says", async () => {
  const readme = readFileSync(new URL("README.md", root), "utf8");
  const snippet = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(snippet, "README.md has a ```ts block").toBeDefined();
  expect(snippet).toContain('from "ivvy-batch"');
  mkdirSync(dir, { recursive: true });
  const file = new URL("example.mjs", dir);
  writeFileSync(file, snippet!);
  const { stdout } = await promisify(execFile)(process.execPath, [file.pathname], { timeout: 20_000 });
  expect(stdout.trim()).toBe("450");
});
