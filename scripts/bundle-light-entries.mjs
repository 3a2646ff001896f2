#!/usr/bin/env node
// Run after tsc by `npm run build`: the light entry points (the root, client, signing,
// workflow) as ES module bundles with shared chunks in dist/light/, so importing one
// reads a few files instead of some thirty (docs/performance.md: import('ivvy-batch/client')
// is held to at most 2x import('openapi-fetch'); the unbundled graph measured 3x). Splitting keeps one copy
// of every module across these four entries (one defaultSubmissionLedger, one class per
// error). Dependencies stay external. Types still come from dist/src/*.d.ts.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}package.json`, "utf8"));

export const LIGHT_ENTRIES = {
  index: "dist/src/index.js",
  client: "dist/src/client/index.js",
  signing: "dist/src/signing/index.js",
  workflow: "dist/src/workflow/index.js",
  recording: "dist/src/recording/index.js",
};

await build({
  absWorkingDir: root,
  entryPoints: LIGHT_ENTRIES,
  outdir: "dist/light",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: "linked",
  external: [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})],
  logLevel: "warning",
});
