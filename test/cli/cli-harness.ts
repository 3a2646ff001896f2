// The CLI as users get it (dist/src/cli/main.js as a process; npm test builds first), and an
// emulator in the test process that counts the runs it received.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEmulator, type Emulator } from "../../src/emulator/create-emulator.js";
import type { EmulatorOptions } from "../../src/emulator/index.js";

export const CLI = new URL("../../dist/src/cli/main.js", import.meta.url).pathname;
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("IVVY_")));

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliChild {
  child: ChildProcessWithoutNullStreams;
  stderr(): string;
  stdout(): string;
  /** Resolves once stderr matches. */
  waitForStderr(pattern: RegExp, timeoutMs?: number): Promise<string>;
  done: Promise<CliResult>;
}

export function startCli(args: string[], options: { env?: Record<string, string>; stdin?: string; cwd?: string } = {}): CliChild {
  const child = spawn(process.execPath, [CLI, ...args], { env: { ...cleanEnv, ...options.env }, stdio: "pipe", cwd: options.cwd ?? tmpdir() });
  let stdout = "";
  let stderr = "";
  const watchers: (() => void)[] = [];
  child.stdout.on("data", (d: Buffer) => (stdout += d));
  child.stderr.on("data", (d: Buffer) => {
    stderr += d;
    for (const w of [...watchers]) w();
  });
  const done = new Promise<CliResult>((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })));
  child.stdin.end(options.stdin ?? "");
  return {
    child,
    stderr: () => stderr,
    stdout: () => stdout,
    done,
    waitForStderr(pattern, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${pattern} on stderr within ${timeoutMs} ms:\n${stderr}`)), timeoutMs);
        const check = () => {
          if (!pattern.test(stderr)) return;
          clearTimeout(timer);
          watchers.splice(watchers.indexOf(check), 1);
          resolve(stderr);
        };
        watchers.push(check);
        check();
        void done.then(() => {
          clearTimeout(timer);
          if (!pattern.test(stderr)) reject(new Error(`exited before ${pattern} appeared on stderr:\n${stderr}`));
        });
      });
    },
  };
}

export const cli = (args: string[], options: { env?: Record<string, string>; stdin?: string; cwd?: string } = {}): Promise<CliResult> =>
  startCli(args, options).done;

export const freshDir = (prefix = "ivvy-cli-"): string => mkdtempSync(join(tmpdir(), prefix));

export const job = (event: number, contacts: unknown = [event]) => ({ namespace: "event", action: "inviteContacts", params: { event, contacts } });

export function writeJson(dir: string, name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === "string" ? value : JSON.stringify(value));
  return path;
}

export interface CountingEmulator {
  emulator: Emulator;
  url: string;
  /** Run requests received (answered or not). */
  runs(): number;
  close(): Promise<void>;
}

/** An emulator on a free port that counts the run requests reaching it. */
export async function startCountingEmulator(options: EmulatorOptions = {}): Promise<CountingEmulator> {
  let runs = 0;
  const emulator = createEmulator({
    jobDelayMs: 1,
    ...options,
    onRequest: (entry) => {
      if (entry.operation === "run") runs++;
    },
  });
  const { url } = await emulator.listen({ port: 0 });
  return { emulator, url, runs: () => runs, close: () => emulator.close() };
}
