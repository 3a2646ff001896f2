// `npm run bench:emulator`: the server-throughput benchmark alone (it is also part of `npm run bench`).
import { environment } from "./lib/environment.js";
import { toConsoleTable } from "./lib/report.js";
import { benchServerThroughput } from "./server-throughput.js";

const started = performance.now();
const env = environment();
const result = await benchServerThroughput();
process.stdout.write(`${toConsoleTable({ environment: { ...env, loadAfter: environment().loadBefore }, results: { server: result }, durationSeconds: (performance.now() - started) / 1000 })}\n`);
for (const note of result.notes) process.stdout.write(`- ${note}\n`);
