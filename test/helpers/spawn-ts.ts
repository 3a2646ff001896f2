import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";

/**
 * Runs a TypeScript file as its own Node process (through tsx's loader, not the tsx
 * CLI, so the pid is the script's own and signals reach it directly).
 */
export function spawnTs(file: string, args: string[] = [], env: Record<string, string> = {}): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ["--import", "tsx", file, ...args], { stdio: "pipe", env: { ...process.env, FORCE_COLOR: "0", ...env } });
}

/** Resolves with what the child writes to stdout from now on, once `pattern` appears in it; rejects on exit or timeout. */
export function waitForOutput(child: ChildProcessWithoutNullStreams, pattern: RegExp, timeoutMs = 20_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = "";
    let stderr = "";
    const done = (error?: Error) => {
      clearTimeout(timer);
      child.stdout.off("data", onData);
      child.stderr.off("data", onErr);
      child.off("exit", onExit);
      if (error) reject(error);
      else resolve(stdout);
    };
    const onData = (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
      if (pattern.test(stdout)) done();
    };
    const onErr = (chunk: Buffer) => void (stderr += chunk.toString("utf8"));
    const onExit = (code: number | null) => done(new Error(`exited (${code}) before printing ${pattern}:\n${stdout}\n${stderr}`));
    const timer = setTimeout(() => done(new Error(`no ${pattern} within ${timeoutMs} ms:\n${stdout}\n${stderr}`)), timeoutMs);
    child.stdout.on("data", onData);
    child.stderr.on("data", onErr);
    child.once("exit", onExit);
  });
}

/** Resolves with the exit code (or signal name) once the child has exited. */
export function exitOf(child: ChildProcessWithoutNullStreams): Promise<number | string> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  if (child.signalCode !== null) return Promise.resolve(child.signalCode);
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal ?? -1)));
}

/** Kills (SIGKILL) every child still running, empties the list, and waits for each to exit. */
export async function killAll(children: ChildProcessWithoutNullStreams[]): Promise<void> {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await exitOf(child);
  }
}
