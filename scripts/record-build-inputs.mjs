#!/usr/bin/env node
// Run after tsc by `npm run build`: records the SHA-256 of every source file the build
// compiled in dist/build-inputs.json, so tools that load dist/ (the Dredd hooks of
// `npm run contract:provider`) can tell by content, not by file time, whether dist/ is
// the build of the sources on disk. Regenerating identical files changes nothing.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const sources = (dir) =>
  readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => relative(root, join(entry.parentPath ?? entry.path, entry.name)));

const hashes = {};
for (const file of [...sources("src"), ...sources("generated")].sort()) {
  hashes[file] = createHash("sha256")
    .update(readFileSync(join(root, file)))
    .digest("hex");
}
writeFileSync(join(root, "dist/build-inputs.json"), `${JSON.stringify(hashes, null, 2)}\n`);
