// `npm run bench`: every benchmark in turn, then one table of side-by-side ratios,
// written to bench/results/latest.{json,md}. A few minutes on a 2-core machine.
import { fileURLToPath } from "node:url";
import type { BenchResult } from "./lib/bench-result.js";
import { environment } from "./lib/environment.js";
import { type Report, toConsoleTable, writeReport } from "./lib/report.js";
import { benchmarks } from "./suite.js";

const only = process.argv.slice(2);
const started = performance.now();
const env = environment();
const results: Record<string, BenchResult> = {};
for (const [name, bench] of Object.entries(benchmarks)) {
  if (only.length && !only.includes(name)) continue;
  process.stderr.write(`bench: ${name}...\n`);
  const t = performance.now();
  try {
    results[name] = await bench("full");
  } catch (error) {
    // One broken benchmark must not lose the others' figures.
    process.exitCode = 1;
    results[name] = { rows: [], notes: [`FAILED: ${error instanceof Error ? error.message : String(error)}`] };
  }
  process.stderr.write(`bench: ${name} done in ${Math.round((performance.now() - t) / 1000)} s\n`);
}
const report: Report = { environment: { ...env, loadAfter: environment().loadBefore }, results, durationSeconds: (performance.now() - started) / 1000 };
const written = writeReport(report, fileURLToPath(new URL("./results/", import.meta.url)));
process.stdout.write(
  `\n${toConsoleTable(report)}\n\nload average ${env.loadBefore.toFixed(2)} before, ${report.environment.loadAfter.toFixed(2)} after; Node ${env.node}, ${env.nproc} cores\n`,
);
process.stdout.write(`written: ${written.markdown}, ${written.json}\n`);
const missed = Object.values(results)
  .flatMap((r) => r.rows)
  .filter((r) => r.met === false);
if (missed.length) process.stdout.write(`targets missed: ${missed.map((r) => r.ratio).join("; ")} (see README.md, "Performance")\n`);
