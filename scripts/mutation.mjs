#!/usr/bin/env node
// `npm run mutation`: StrykerJS 10 needs Node 22, and this project's tests run on the
// machine's Node (20). Stryker is therefore not a dev dependency (npm ci on Node 20 would
// warn EBADENGINE for it and its Babel 8): `npm exec` fetches it into npm's cache with the
// registry's `node@22` package, whose `node` comes first on PATH for Stryker's bin.
// Extra arguments go to `stryker run` (e.g. `npm run mutation -- --mutate src/signing/*.ts`).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const { devDependencies } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
// Stryker resolves vitest (the runner's peer) and typescript (to rewrite tsconfig for its
// sandbox) from its own folder, so both come along at the project's versions: left out,
// npm would add the newest vitest, and Stryker would not find typescript at all.
const PACKAGES = [
  "node@22.23.3",
  "@stryker-mutator/core@10.1.1",
  "@stryker-mutator/vitest-runner@10.1.1",
  `vitest@${devDependencies.vitest}`,
  `typescript@${devDependencies.typescript}`,
];
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

// `npm exec` installs into its cache only the packages the local project lacks, so the
// project's own vitest would be skipped; an empty --prefix makes it install them all
// together. The command still runs in this folder (npm exec runs in the cwd, not --prefix).
const emptyPrefix = mkdtempSync(join(tmpdir(), "ivvy-mutation-"));
const args = [
  "exec",
  "--yes",
  `--prefix=${emptyPrefix}`,
  ...PACKAGES.map((p) => `--package=${p}`),
  "--",
  "stryker",
  "run",
  "stryker.config.mjs",
  ...process.argv.slice(2),
];
const result = spawnSync(npm, args, { cwd: root, stdio: "inherit" });
rmSync(emptyPrefix, { recursive: true, force: true });
if (result.error) {
  console.error(`mutation: could not start ${npm} exec: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
