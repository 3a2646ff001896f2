// The emulator in a process of its own, so its memory can be measured apart from the
// test that attacks it. Started by memory-harness.ts with --expose-gc and IPC; the
// options come as JSON in argv[2] (`manualClock: true` swaps in a manual clock).
import { createEmulator, type Emulator } from "../../../src/emulator/create-emulator.js";
import type { EmulatorOptions } from "../../../src/emulator/index.js";
import { createManualClock } from "../../../src/util/clock.js";

type Command =
  | { id: number; cmd: "memory" }
  | { id: number; cmd: "callbacks" }
  | { id: number; cmd: "batches" }
  | { id: number; cmd: "advance"; ms: number }
  | { id: number; cmd: "idle" };

const { manualClock, ...options } = JSON.parse(process.argv[2] ?? "{}") as EmulatorOptions & { manualClock?: boolean };
const clock = manualClock ? createManualClock() : undefined;
const emulator: Emulator = createEmulator({ ...options, ...(clock ? { clock } : {}) });
const { url } = await emulator.listen();

const gc = (globalThis as { gc?: () => void }).gc;

async function settledMemory() {
  for (let i = 0; i < 3; i++) {
    gc?.();
    await new Promise((resolve) => setImmediate(resolve));
  }
  const m = process.memoryUsage();
  return { heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers, rss: m.rss };
}

async function answer(command: Command): Promise<unknown> {
  switch (command.cmd) {
    case "memory":
      return settledMemory();
    case "callbacks":
      return emulator.callbacks.list().map((d) => ({ asyncId: d.asyncId, state: d.state, reason: d.reason, attempts: d.attempts }));
    case "batches":
      return emulator.batches.list().map((b) => ({ asyncId: b.asyncId, status: b.status, done: b.done, failed: b.failed, total: b.total }));
    case "advance":
      clock?.advance(command.ms);
      return clock?.now();
    case "idle":
      return emulator.idle();
  }
}

process.on("message", (command: Command) => {
  answer(command).then(
    (value) => process.send?.({ id: command.id, value }),
    (error: unknown) => process.send?.({ id: command.id, error: String(error) }),
  );
});
process.on("disconnect", () => void emulator.close().then(() => process.exit(0)));
process.send?.({ ready: url });
