// Benchmark 5: time from spawning a fresh Node process to a server that answers: the
// emulator (createEmulator + listen) vs the Prism mock (startMock). Both run from the
// built package (dist/), as users get it, and print "ready" once listening.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { alternate } from "./lib/alternate.js";
import { type BenchResult, fmt, row } from "./lib/bench-result.js";
import { median } from "./lib/stats.js";

export interface StartupOptions {
  rounds?: number;
}

const DIST = fileURLToPath(new URL("../dist/src/", import.meta.url));
const SRC = fileURLToPath(new URL("../src/", import.meta.url));

const programsFrom = (root: string, ext: string) => ({
  emulator: `
    const { createEmulator } = await import(${JSON.stringify(`${root}emulator/create-emulator${ext}`)});
    const emulator = createEmulator();
    await emulator.listen();
    process.stdout.write("ready\\n");
    process.stdin.resume();
    process.stdin.on("end", async () => { await emulator.close(); process.exit(0); });`,
  prism: `
    const { startMock } = await import(${JSON.stringify(`${root}mock/start-mock${ext}`)});
    const mock = await startMock({ quiet: true });
    process.stdout.write("ready\\n");
    process.stdin.resume();
    process.stdin.on("end", async () => { await mock.close(); process.exit(0); });`,
});

/** ms from spawn to "ready" on stdout; the process is then stopped and awaited. */
function timeToReady(program: string, nodeArgs: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...nodeArgs, "--input-type=module", "-e", program], { stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    let err = "";
    let readyAt: number | undefined;
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      if (readyAt === undefined && out.includes("ready\n")) {
        readyAt = performance.now() - started;
        child.stdin.end();
      }
    });
    child.stderr.on("data", (chunk: Buffer) => void (err += chunk.toString("utf8")));
    child.once("exit", (code) => {
      clearTimeout(timer);
      if (readyAt === undefined) reject(new Error(`start-up child exited (${code}) before it was ready:\n${err}`));
      else resolve(readyAt);
    });
  });
}

export async function benchStartup(options: StartupOptions = {}): Promise<BenchResult> {
  const rounds = options.rounds ?? 5;
  // The built package when there is one (as users get it); else the sources through tsx,
  // which adds the same loader cost to both.
  const built = existsSync(`${DIST}emulator/create-emulator.js`) && existsSync(`${DIST}mock/start-mock.js`);
  const programs = built ? programsFrom(DIST, ".js") : programsFrom(SRC, ".ts");
  const nodeArgs = built ? [] : ["--import", "tsx"];
  const samples = await alternate(
    [
      { name: "emulator", measure: () => timeToReady(programs.emulator, nodeArgs) },
      { name: "prism", measure: () => timeToReady(programs.prism, nodeArgs) },
    ],
    rounds,
  );
  const ms = (name: string) => median(samples[name]!);
  return {
    rows: [
      row({
        benchmark: "start-up",
        ratio: "Prism ready / emulator ready (how many times faster the emulator starts)",
        value: median(samples.prism!.map((v, i) => v / samples.emulator![i]!)),
        absolute: `${fmt(ms("prism"), 0)} ms vs ${fmt(ms("emulator"), 0)} ms`,
      }),
    ],
    notes: [
      `spawn of a fresh node process to "ready" on stdout, ${built ? "from dist/" : "from src/ through tsx (no dist/)"}; ${rounds} rounds, order alternated`,
    ],
  };
}
