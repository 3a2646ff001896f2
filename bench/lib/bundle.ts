// esbuild bundles of one export of the package, resolved through package.json "exports"
// as a user's bundler would (the package references itself by name): their minified size,
// and the files they pull in. Needs the built package (dist/).

import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface Bundle {
  /** Minified ESM bytes (platform node: node:* builtins stay external). */
  bytes: number;
  /** Every input file, relative to the project root (node_modules/… for dependencies). */
  inputs: string[];
}

/** Bundles `code`, e.g. `export { signRequest } from "ivvy-batch/signing";`. */
export async function bundle(code: string): Promise<Bundle> {
  const result = await build({
    stdin: { contents: code, resolveDir: ROOT, loader: "js" },
    bundle: true,
    minify: true,
    platform: "node",
    format: "esm",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  return { bytes: result.outputFiles[0]!.contents.length, inputs: Object.keys(result.metafile.inputs) };
}
