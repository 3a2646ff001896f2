#!/usr/bin/env node
// `npm run mutation`: StrykerJS 10 needs Node 22, and this project's tests run on the
// machine's Node (20). Rather than install the `node` package as a dependency (its bin
// would shadow `node` in every npm script), this runs Stryker's CLI under the Node 22
// binary of the registry's `node@22` package, fetched into npm's cache by `npm exec`.
// Extra arguments go to `stryker run` (e.g. `npm run mutation -- --mutate src/signing/*.ts`).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const NODE_PACKAGE = "node@22.23.3";
const root = fileURLToPath(new URL("..", import.meta.url));
const stryker = fileURLToPath(new URL("../node_modules/@stryker-mutator/core/bin/stryker.js", import.meta.url));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

const result = spawnSync(npm, ["exec", "--yes", `--package=${NODE_PACKAGE}`, "--", "node", stryker, "run", "stryker.config.mjs", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
});
if (result.error) {
  console.error(`mutation: could not start ${npm} exec: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
