// `node --cpu-prof --import tsx bench/profile-emulator.ts [progress|run|bare|floor]`: the
// emulator (or, for comparison, the bare node:http server or the run+callback floor) under
// autocannon load for a few seconds, to profile what limits the server benchmark. Prints
// the requests served and the CPU time this process spent per request. Not part of the suite.
import { createBatchClient } from "../src/client/create-batch-client.js";
import { operationPaths } from "../src/contract/types.js";
import { createEmulator } from "../src/emulator/create-emulator.js";
import { DEMO_CREDENTIALS } from "../src/emulator/options/demo-credentials.js";
import { startBareServer } from "./lib/bare-server.js";
import { startCallbackFloor } from "./lib/callback-floor.js";
import { benchFile, spawnTsChild } from "./lib/child-process.js";
import { startLoadGenerator } from "./lib/load-generator.js";

const what = process.argv[2] ?? "progress";
if (!["progress", "run", "bare", "floor"].includes(what)) throw new Error(`profile-emulator: progress, run, bare or floor, not ${what}`);
const sink = spawnTsChild(benchFile("lib/bare-server-child.ts"), ["{}"]);
const sinkUrl = `${(await sink.line(/^http:/)).trim()}/callback`;
const emulator = createEmulator({ callbacks: { attempts: 1 }, ...(process.env.RELAXED ? { auth: "relaxed" as const } : {}) });
const { url: emulatorUrl } = await emulator.listen();
const bare = what === "bare" ? await startBareServer() : undefined;
const floor = what === "floor" ? await startCallbackFloor(sinkUrl) : undefined;
const load = await startLoadGenerator();
const client = createBatchClient({ ...DEMO_CREDENTIALS, baseUrl: emulatorUrl });
const { asyncId } = await client.run([{ namespace: "test", action: "ping", params: {} }]);
await emulator.idle();
const runs = what === "run" || what === "floor";
const body = runs ? JSON.stringify({ jobs: [{ namespace: "test", action: "ping", params: {} }], callbackUrl: sinkUrl }) : JSON.stringify({ async: asyncId });
const url = bare?.url ?? floor?.url ?? emulatorUrl;
const cpuBefore = process.cpuUsage();
const figures = await load.run({ url, path: operationPaths[runs ? "run" : "progress"], body, connections: 10, durationSeconds: 5, sign: DEMO_CREDENTIALS });
await emulator.idle();
await floor?.idle();
const cpu = process.cpuUsage(cpuBefore);
const served = figures.ok + figures.non2xx;
process.stdout.write(
  `${what}: ${JSON.stringify(figures)}; ${Math.round((cpu.user + cpu.system) / served)} µs of CPU per request (${Math.round(cpu.system / served)} in the kernel)\n`,
);
await Promise.all([load.close(), emulator.close(), bare?.close(), floor?.close(), sink.stop()]);
