// Benchmark 2: requests per second the emulator serves, beside Prism (startMock, quiet)
// on the same contract and a bare node:http JSON endpoint. The servers run in this
// process (Prism in its own, behind startMock's proxy in this one); autocannon runs in a
// forked process, so load and server never share an event loop. Every request is
// signed for the strict emulator; the others get the same signed bytes.
import { createBatchClient } from "../src/client/create-batch-client.js";
import { operationPaths } from "../src/contract/types.js";
import { createEmulator, type Emulator } from "../src/emulator/create-emulator.js";
import { DEMO_CREDENTIALS } from "../src/emulator/options/demo-credentials.js";
import { type MockServer, startMock } from "../src/mock/start-mock.js";
import { alternate } from "./lib/alternate.js";
import { type BareServer, startBareServer } from "./lib/bare-server.js";
import { type BenchResult, fmtInt, row } from "./lib/bench-result.js";
import { type CallbackFloor, startCallbackFloor } from "./lib/callback-floor.js";
import { benchFile, type Spawned, spawnTsChild } from "./lib/child-process.js";
import { startHonoFloor } from "./lib/hono-floor.js";
import { type LoadFigures, type LoadGenerator, startLoadGenerator } from "./lib/load-generator.js";
import { median } from "./lib/stats.js";

export interface ServerThroughputOptions {
  rounds?: number;
  durationSeconds?: number;
  connections?: number;
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function benchServerThroughput(options: ServerThroughputOptions = {}): Promise<BenchResult> {
  const rounds = options.rounds ?? 3;
  const durationSeconds = options.durationSeconds ?? 3;
  const connections = options.connections ?? 10;
  let emulator: Emulator | undefined;
  let mock: MockServer | undefined;
  let bare: BareServer | undefined;
  let hono: Awaited<ReturnType<typeof startHonoFloor>> | undefined;
  let sink: Spawned | undefined;
  let floor: CallbackFloor | undefined;
  let load: LoadGenerator | undefined;
  try {
    sink = spawnTsChild(benchFile("lib/bare-server-child.ts"), ["{}"]);
    const sinkUrl = `${(await sink.line(/^http:/)).trim()}/callback`;
    // One failed callback is recorded, not retried for seconds, so a slow sink cannot skew the next round.
    emulator = createEmulator({ callbacks: { attempts: 1, timeoutMs: 5_000 } });
    const emulatorUrl = (await emulator.listen()).url;
    [mock, bare, hono, floor, load] = await Promise.all([
      startMock({ quiet: true }),
      startBareServer(),
      startHonoFloor(),
      startCallbackFloor(sinkUrl),
      startLoadGenerator(),
    ]);

    // A real, complete batch for the emulator's progress calls (Prism answers any asyncId).
    const client = createBatchClient({ ...DEMO_CREDENTIALS, baseUrl: emulatorUrl });
    const { asyncId } = await client.run([{ namespace: "test", action: "ping", params: {} }]);
    await emulator.idle();

    const progressBody = JSON.stringify({ async: asyncId });
    const runBody = JSON.stringify({ jobs: [{ namespace: "test", action: "ping", params: {} }], callbackUrl: sinkUrl });
    const gen = load;
    const em = emulator;
    const prismUrl = mock.url;
    const callbackFloor = floor;
    const hit = (url: string, path: string, body: string) => (): Promise<LoadFigures> =>
      gen.run({ url, path, body, connections, durationSeconds, sign: DEMO_CREDENTIALS });
    const checked = (name: string, measure: () => Promise<LoadFigures>) => async () => {
      const figures = await measure();
      if (figures.non2xx > 0 || figures.errors > 0)
        throw new Error(`${name}: ${figures.non2xx} non-2xx answers and ${figures.errors} errors: the benchmark is not measuring what it says`);
      return figures.requestsPerSecond;
    };

    const progress = await alternate(
      [
        { name: "emulator", measure: checked("emulator progress", hit(emulatorUrl, operationPaths.progress, progressBody)) },
        { name: "prism", measure: checked("prism progress", hit(mock.url, operationPaths.progress, progressBody)) },
        { name: "bare", measure: checked("bare node:http", hit(bare.url, operationPaths.progress, progressBody)) },
        { name: "hono", measure: checked("trivial Hono app", hit(hono.url, operationPaths.progress, progressBody)) },
      ],
      rounds,
    );
    const run = await alternate(
      [
        {
          name: "emulator",
          measure: async () => {
            const rps = await checked("emulator run", hit(emulatorUrl, operationPaths.run, runBody))();
            await em.idle(); // its callbacks are part of its work, not the next contender's
            return rps;
          },
        },
        {
          name: "floor",
          measure: async () => {
            const rps = await checked("callback floor", hit(callbackFloor.url, operationPaths.run, runBody))();
            await callbackFloor.idle();
            return rps;
          },
        },
        {
          name: "prism",
          measure: async () => {
            const rps = await checked("prism run", hit(prismUrl, operationPaths.run, runBody))();
            await settle(500); // Prism fires its callbacks ~3 ms after answering
            return rps;
          },
        },
      ],
      rounds,
    );
    const deliveries = emulator.callbacks.list();
    const delivered = deliveries.filter((d) => d.state === "delivered").length;
    const floorCallbacks = floor.delivered();
    const ratio = (samples: Record<string, number[]>, a: string, b: string) => median(samples[a]!.map((v, i) => v / samples[b]![i]!));
    const abs = (samples: Record<string, number[]>, a: string, b: string) => `${fmtInt(median(samples[a]!))} vs ${fmtInt(median(samples[b]!))} req/s`;
    return {
      rows: [
        row({
          benchmark: "server",
          ratio: "emulator progress / Prism progress",
          value: ratio(progress, "emulator", "prism"),
          absolute: abs(progress, "emulator", "prism"),
          atLeast: 5,
        }),
        row({
          benchmark: "server",
          ratio: "emulator progress / bare node:http",
          value: ratio(progress, "emulator", "bare"),
          absolute: abs(progress, "emulator", "bare"),
          atLeast: 0.75,
        }),
        row({
          benchmark: "server",
          ratio: "floor: trivial Hono app on @hono/node-server / bare",
          value: ratio(progress, "hono", "bare"),
          absolute: abs(progress, "hono", "bare"),
        }),
        row({
          benchmark: "server",
          ratio: "Prism progress / bare node:http",
          value: ratio(progress, "prism", "bare"),
          absolute: abs(progress, "prism", "bare"),
        }),
        row({
          benchmark: "server",
          ratio: "emulator run+callback / floor (bare node:http answering + one keep-alive POST to the sink)",
          value: ratio(run, "emulator", "floor"),
          absolute: abs(run, "emulator", "floor"),
          atLeast: 0.75,
        }),
        row({
          benchmark: "server",
          ratio: "emulator run+callback / Prism run+callback",
          value: ratio(run, "emulator", "prism"),
          absolute: abs(run, "emulator", "prism"),
          atLeast: 10,
        }),
      ],
      notes: [
        `autocannon -c ${connections} -d ${durationSeconds} in a forked process, ${rounds} rounds per contender, order alternated; emulator auth strict (every request signed, headers re-signed each second)`,
        `emulator callbacks: ${delivered} of ${deliveries.length} delivered to a node:http sink in its own process (1 attempt each); the floor's: ${floorCallbacks.ok} delivered, ${floorCallbacks.failed} failed (same sink, one keep-alive agent); Prism's proxy (startMock) runs in this process, Prism in its own`,
      ],
    };
  } finally {
    await Promise.allSettled([load?.close(), emulator?.close(), mock?.close(), bare?.close(), hono?.close(), floor?.close(), sink?.stop()]);
  }
}
