// Drives emulator-process.ts: starts it with --expose-gc, asks it for its memory (after
// a full GC), its callback deliveries and batches, and stops it.
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface MemoryFigures {
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  rss: number;
}

export interface EmulatorProcess {
  url: string;
  memory(): Promise<MemoryFigures>;
  callbacks(): Promise<{ asyncId: string; state: string; reason: string; attempts: number }[]>;
  batches(): Promise<{ asyncId: string; status: string; done: number; failed: number; total: number }[]>;
  advance(ms: number): Promise<number>;
  idle(): Promise<void>;
  stop(): Promise<void>;
}

const file = fileURLToPath(new URL("./emulator-process.ts", import.meta.url));

export const MiB = 1024 * 1024;
/** Memory the process holds for JavaScript: the heap plus Buffers and other off-heap memory. */
export const held = (m: MemoryFigures) => m.heapUsed + m.external;
export const mib = (bytes: number) => `${(bytes / MiB).toFixed(1)} MiB`;

export async function startEmulatorProcess(options: Record<string, unknown> = {}): Promise<EmulatorProcess> {
  const child: ChildProcess = spawn(process.execPath, ["--expose-gc", "--import", "tsx", file, JSON.stringify(options)], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  let nextId = 0;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the emulator process did not start within 30 s")), 30_000);
    child.once("exit", (code) => reject(new Error(`the emulator process exited (${code}) before it was ready`)));
    child.on("message", (message: { ready?: string; id?: number; value?: unknown; error?: string }) => {
      if (message.ready) {
        clearTimeout(timer);
        return resolve(message.ready);
      }
      const waiter = pending.get(message.id ?? -1);
      if (!waiter) return;
      pending.delete(message.id!);
      if (message.error) waiter.reject(new Error(message.error));
      else waiter.resolve(message.value);
    });
  });
  const ask = <T>(command: Record<string, unknown>) =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      child.send({ ...command, id });
    });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    url,
    memory: () => ask({ cmd: "memory" }),
    callbacks: () => ask({ cmd: "callbacks" }),
    batches: () => ask({ cmd: "batches" }),
    advance: (ms) => ask({ cmd: "advance", ms }),
    idle: () => ask({ cmd: "idle" }),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.disconnect();
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
