// docs/dashboard.md's example runs as written (STYLE.md habit 16), against the source
// (the package's `ivvy-batch/emulator` door is this folder's index).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { exitOf, spawnTs } from "../helpers/spawn-ts.js";

it("the dashboard page's snippet runs and prints what its comments say", async () => {
  const markdown = readFileSync(new URL("../../docs/dashboard.md", import.meta.url), "utf8");
  const snippets = [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
  expect(snippets).toHaveLength(1);
  const dir = fileURLToPath(new URL("./.run/", import.meta.url));
  mkdirSync(dir, { recursive: true });
  const file = `${dir}dashboard-snippet.ts`;
  writeFileSync(file, snippets[0]!.replace('"ivvy-batch/emulator"', JSON.stringify(fileURLToPath(new URL("../../src/emulator/index.ts", import.meta.url)))));
  const child = spawnTs(file);
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
  expect(await exitOf(child), out).toBe(0);
  expect(out).toMatch(/^dashboard at http:\/\/127\.0\.0\.1:\d+\/_emulator\/\nstrict\n$/);
});
