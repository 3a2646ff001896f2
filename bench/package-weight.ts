// What a light entry point costs a user, side by side with
// openapi-fetch, which every client of this package loads anyway. Import time is measured
// inside fresh Node processes (the import alone, not process start-up), order alternated;
// bundle sizes are esbuild's minified output, resolved through package.json "exports".
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { alternate } from "./lib/alternate.js";
import { type BenchResult, fmt, row } from "./lib/bench-result.js";
import { bundle } from "./lib/bundle.js";
import { median } from "./lib/stats.js";

export interface PackageWeightOptions {
  rounds?: number;
}

const ROOT = fileURLToPath(new URL("../", import.meta.url));

/** ms that `await import(specifier)` takes in a fresh process run from the project root. */
function importMs(specifier: string): Promise<number> {
  const program = `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t));`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", program], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => void (out += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => void (err += chunk.toString("utf8")));
    child.once("exit", (code) => (code === 0 ? resolve(Number(out)) : reject(new Error(`import(${specifier}) exited ${code}: ${err}`))));
  });
}

export async function benchPackageWeight(options: PackageWeightOptions = {}): Promise<BenchResult> {
  const rounds = options.rounds ?? 15;
  const samples = await alternate(
    [
      { name: "client", measure: () => importMs("ivvy-batch/client") },
      { name: "openapi-fetch", measure: () => importMs("openapi-fetch") },
      { name: "root", measure: () => importMs("ivvy-batch") },
    ],
    rounds,
  );
  const ratio = (name: string) => median(samples[name]!.map((v, i) => v / samples["openapi-fetch"]![i]!));
  const ms = (name: string) => `${fmt(median(samples[name]!), 1)} ms`;

  const [client, openapiFetch, sign, root] = await Promise.all([
    bundle(`export * from "ivvy-batch/client";`),
    bundle(`export { default } from "openapi-fetch";`),
    bundle(`export { signRequest } from "ivvy-batch/signing";`),
    bundle(`export * from "ivvy-batch";`),
  ]);
  const kb = (bytes: number) => `${fmt(bytes / 1024, 1)} KB`;
  return {
    rows: [
      row({
        benchmark: "weight",
        ratio: "import('ivvy-batch/client') / import('openapi-fetch') (time)",
        value: ratio("client"),
        absolute: `${ms("client")} vs ${ms("openapi-fetch")}`,
        atMost: 2,
      }),
      row({
        benchmark: "weight",
        ratio: "import('ivvy-batch') / import('openapi-fetch') (time)",
        value: ratio("root"),
        absolute: `${ms("root")} vs ${ms("openapi-fetch")}`,
      }),
      row({
        benchmark: "weight",
        ratio: "ivvy-batch/client bundled / openapi-fetch bundled (minified bytes)",
        value: client.bytes / openapiFetch.bytes,
        absolute: `${kb(client.bytes)} vs ${kb(openapiFetch.bytes)}`,
        atMost: 3,
      }),
      row({ benchmark: "weight", ratio: "signRequest bundled alone (KB)", value: sign.bytes / 1024, absolute: `${sign.bytes} bytes`, atMost: 5 }),
      row({
        benchmark: "weight",
        ratio: "ivvy-batch (root) bundled / openapi-fetch bundled (minified bytes)",
        value: root.bytes / openapiFetch.bytes,
        absolute: `${kb(root.bytes)} vs ${kb(openapiFetch.bytes)}`,
      }),
    ],
    notes: [
      `import time inside fresh node processes, ${rounds} rounds, order alternated; bundles by esbuild (minify, platform node, ESM) through package.json "exports", from dist/`,
    ],
  };
}
