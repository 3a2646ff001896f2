// Spawning the benchmarks' helper processes (TypeScript through tsx's loader, so the
// pid is the script's own) and reading the first line they print.
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export function benchFile(relative: string): string {
  return fileURLToPath(new URL(`../${relative}`, import.meta.url));
}

export interface Spawned {
  child: ChildProcess;
  /** Resolves with the first stdout line matching `pattern`; rejects if the child exits first or after timeoutMs. */
  line(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** Closes stdin (the helpers exit on it) and waits for the exit; kills after 5 s. */
  stop(): Promise<void>;
}

export function spawnTsChild(file: string, args: string[] = [], nodeArgs: string[] = []): Spawned {
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", file, ...args], { stdio: ["pipe", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  const listeners = new Set<() => void>();
  child.stdout!.on("data", (chunk: Buffer) => {
    stdout += chunk.toString("utf8");
    for (const l of listeners) l();
  });
  child.stderr!.on("data", (chunk: Buffer) => void (stderr = (stderr + chunk.toString("utf8")).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    child,
    line(pattern, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = stdout.split("\n").find((l) => pattern.test(l));
          if (found !== undefined) {
            cleanup();
            resolve(found);
          }
        };
        const onExit = () => {
          cleanup();
          reject(new Error(`${file} exited (${child.exitCode ?? child.signalCode}) before printing ${pattern}:\n${stdout.slice(-2000)}\n${stderr}`));
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`${file} printed no ${pattern} within ${timeoutMs} ms:\n${stdout.slice(-2000)}\n${stderr}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          listeners.delete(check);
          child.off("exit", onExit);
        };
        listeners.add(check);
        child.once("exit", onExit);
        check();
      });
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.stdin!.end();
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
