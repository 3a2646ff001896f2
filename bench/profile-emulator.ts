// `node --cpu-prof --import tsx bench/profile-emulator.ts [progress|run]`: the emulator under
// autocannon load for a few seconds, to profile what limits benchmark 2. Not part of the suite.
import { createBatchClient } from "../src/client/create-batch-client.js";
import { operationPaths } from "../src/contract/types.js";
import { createEmulator } from "../src/emulator/create-emulator.js";
import { DEMO_CREDENTIALS } from "../src/emulator/options/demo-credentials.js";
import { benchFile, spawnTsChild } from "./lib/child-process.js";
import { startLoadGenerator } from "./lib/load-generator.js";

const what = process.argv[2] === "run" ? "run" : "progress";
const sink = spawnTsChild(benchFile("lib/bare-server-child.ts"), ["{}"]);
const sinkUrl = `${(await sink.line(/^http:/)).trim()}/callback`;
const emulator = createEmulator({ callbacks: { attempts: 1 } });
const { url } = await emulator.listen();
const load = await startLoadGenerator();
const client = createBatchClient({ ...DEMO_CREDENTIALS, baseUrl: url });
const { asyncId } = await client.run([{ namespace: "test", action: "ping", params: {} }]);
await emulator.idle();
const body =
  what === "run" ? JSON.stringify({ jobs: [{ namespace: "test", action: "ping", params: {} }], callbackUrl: sinkUrl }) : JSON.stringify({ async: asyncId });
const figures = await load.run({ url, path: operationPaths[what], body, connections: 10, durationSeconds: 5, sign: DEMO_CREDENTIALS });
await emulator.idle();
process.stdout.write(`${what}: ${JSON.stringify(figures)}\n`);
await Promise.all([load.close(), emulator.close(), sink.stop()]);
