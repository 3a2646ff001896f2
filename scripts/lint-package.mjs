// `npm run lint:package`: the package as npm, TypeScript and bundlers see it. publint
// --strict on the packed files, and @arethetypeswrong/cli (ESM-only profile) on the
// tarball that `npm pack` makes (packed with --ignore-scripts: npm test has just built).
// openapi.yaml is not code, so attw cannot find types for it; that it resolves through
// "exports" is checked here instead.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const bin = (name) => join(root, "node_modules", ".bin", name);
const run = (file, args) => execFileSync(file, args, { cwd: root, stdio: "inherit" });

run(bin("publint"), ["--strict"]);

const dir = mkdtempSync(join(tmpdir(), "ivvy-batch-pack-"));
try {
  execFileSync("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", dir], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  const tarball = join(
    dir,
    readdirSync(dir).find((f) => f.endsWith(".tgz")),
  );
  run(bin("attw"), [tarball, "--profile", "esm-only", "--exclude-entrypoints", "./openapi.yaml", "--format", "table-flipped"]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const spec = createRequire(join(root, "package.json")).resolve("ivvy-batch/openapi.yaml");
if (spec !== join(root, "openapi.yaml")) throw new Error(`ivvy-batch/openapi.yaml resolves to ${spec}, not the contract`);
console.log(`ivvy-batch/openapi.yaml resolves to ${spec}`);
