// `npm run bench:emulator`: the emulator's figures on their own (both are also part of `npm run bench`):
// 1. in-process start-up: createEmulator() until its first signed request is answered, via
//    emulator.fetch, no socket (what a user's test pays per emulator);
// 2. server throughput over a socket: emulator vs Prism (startMock) vs a bare node:http
//    JSON endpoint, autocannon -c 10 from a forked process, alternated rounds, medians
//    (bench/server-throughput.ts; the emulator runs with strict auth, every request signed).
import { type BenchResult, fmt, row } from "./lib/bench-result.js";
import { environment } from "./lib/environment.js";
import { toConsoleTable } from "./lib/report.js";
import { median } from "./lib/stats.js";
import { benchServerThroughput } from "./server-throughput.js";

async function benchInProcessStartup(rounds = 25): Promise<BenchResult> {
  // The first import is timed separately: it is paid once per test process, not per emulator.
  const importStarted = performance.now();
  const { createEmulator } = await import("../src/emulator/create-emulator.js");
  const { DEMO_CREDENTIALS } = await import("../src/emulator/options/demo-credentials.js");
  const { signRequest } = await import("../src/signing/sign-request.js");
  const { operationPaths } = await import("../src/contract/types.js");
  const importMs = performance.now() - importStarted;

  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    const emulator = createEmulator();
    const headers = signRequest({ ...DEMO_CREDENTIALS, requestString: operationPaths.ping, body: "{}", now: Date.now() });
    const response = await emulator.fetch(new Request(`http://emulator${operationPaths.ping}`, { method: "POST", headers: { ...headers }, body: "{}" }));
    if (response.status !== 200) throw new Error(`in-process start-up: ping answered ${response.status}: ${await response.text()}`);
    samples.push(performance.now() - started);
    await emulator.close();
  }
  return {
    rows: [
      row({
        benchmark: "start-up",
        ratio: "emulator in-process ready + first signed ping answered (ms)",
        value: median(samples),
        absolute: `first ${fmt(samples[0]!)} ms, median ${fmt(median(samples))} ms of ${rounds}`,
        atMost: 100,
      }),
    ],
    notes: [`module import (tsx, includes transpiling) ${fmt(importMs, 0)} ms, once per process; then each createEmulator() + first answer as above`],
  };
}

const started = performance.now();
const env = environment();
const startup = await benchInProcessStartup();
const server = await benchServerThroughput();
process.stdout.write(
  `${toConsoleTable({ environment: { ...env, loadAfter: environment().loadBefore }, results: { startup, server }, durationSeconds: (performance.now() - started) / 1000 })}\n`,
);
for (const note of [...startup.notes, ...server.notes]) process.stdout.write(`- ${note}\n`);
