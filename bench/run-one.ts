// `tsx bench/run-one.ts <name>`: one benchmark alone, printed as a table (for profiling).

import { environment } from "./lib/environment.js";
import { toConsoleTable } from "./lib/report.js";
import { benchmarks } from "./suite.js";

const name = process.argv[2] ?? "";
const bench = benchmarks[name];
if (!bench) {
  process.stderr.write(`usage: tsx bench/run-one.ts <${Object.keys(benchmarks).join("|")}>\n`);
  process.exit(2);
}
const started = performance.now();
const env = environment();
const result = await bench("full");
process.stdout.write(
  `${toConsoleTable({ environment: { ...env, loadAfter: environment().loadBefore }, results: { [name]: result }, durationSeconds: (performance.now() - started) / 1000 })}\n`,
);
for (const note of result.notes) process.stdout.write(`- ${note}\n`);
