// The emulator in its own process, with its defaults, on a free port: prints its URL;
// on a "stats" line on stdin prints one JSON line of what its batches hold (the bytes it
// counts against maxStoredBytes, and its heap after a full GC when run with --expose-gc);
// exits when stdin closes.
import { createEmulator } from "../../src/emulator/create-emulator.js";
import { DEMO_CREDENTIALS } from "../../src/emulator/options/demo-credentials.js";

const gc = (globalThis as { gc?: () => void }).gc;
const heapUsed = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
const baselineHeap = heapUsed();
const emulator = createEmulator();
const { url } = await emulator.listen();
process.stdout.write(`${url}\n`);
process.stdin.setEncoding("utf8");
process.stdin.on("data", (text: string) => {
  if (!text.includes("stats")) return;
  const batches = emulator.batches.list();
  const jobs = batches.reduce((sum, batch) => sum + batch.total, 0);
  process.stdout.write(
    `${JSON.stringify({
      stats: true,
      jobs,
      batches: batches.length,
      storedBytes: emulator.port.storedBytes(DEMO_CREDENTIALS.apiKey),
      maxStoredBytes: emulator.port.settings.maxStoredBytes,
      heapBytes: heapUsed() - baselineHeap,
      gc: gc !== undefined,
    })}\n`,
  );
});
process.stdin.on("end", () => void emulator.close().then(() => process.exit(0)));
