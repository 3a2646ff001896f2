// docs/catalog.md's example runs as written, against the package as users get it (dist/).
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { promisify } from "node:util";
import { afterAll, expect, it } from "vitest";

const root = new URL("../../", import.meta.url);
const dir = new URL("test/catalog/.run/", root);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("docs/catalog.md's snippet runs and prints what its comments say", async () => {
  const snippet = /```ts\n([\s\S]*?)```/.exec(readFileSync(new URL("docs/catalog.md", root), "utf8"))?.[1];
  expect(snippet).toContain('from "ivvy-batch/catalog"');
  mkdirSync(dir, { recursive: true });
  const file = new URL("example.mjs", dir);
  writeFileSync(file, snippet!);
  const { stdout } = await promisify(execFile)(process.execPath, [file.pathname], { timeout: 20_000 });
  expect(stdout.trim().split("\n")).toEqual(["2019-09-28 06:00:00 UTC", "IvvyValidationError 0"]);
});
