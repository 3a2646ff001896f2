// Parent side of autocannon-worker.ts: one forked load-generator process reused for
// every run of a benchmark, so its start-up is not measured.
import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { LoadFigures, LoadJob } from "./autocannon-worker.js";

export type { LoadFigures, LoadJob };

export interface LoadGenerator {
  run(job: LoadJob): Promise<LoadFigures>;
  close(): Promise<void>;
}

const WORKER = fileURLToPath(new URL("./autocannon-worker.ts", import.meta.url));

export async function startLoadGenerator(): Promise<LoadGenerator> {
  const child: ChildProcess = fork(WORKER, [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const pending = new Map<number, { resolve: (f: LoadFigures) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the autocannon worker did not start within 20 s")), 20_000);
    child.once("message", () => {
      clearTimeout(timer);
      resolve();
    });
    child.once("exit", (code) => reject(new Error(`the autocannon worker exited (${code}) before it was ready`)));
  });
  child.on("message", (message: { id: number; figures?: LoadFigures; error?: string }) => {
    const waiter = pending.get(message.id);
    if (!waiter) return;
    pending.delete(message.id);
    if (message.figures) waiter.resolve(message.figures);
    else waiter.reject(new Error(`autocannon: ${message.error}`));
  });
  child.on("exit", () => {
    for (const waiter of pending.values()) waiter.reject(new Error("the autocannon worker exited"));
    pending.clear();
  });
  return {
    run(job) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        child.send({ id, job });
      });
    },
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.disconnect();
      }),
  };
}
