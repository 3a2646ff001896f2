import { createBatchClient } from "../src/client/create-batch-client.js";
import { createEmulator } from "../src/emulator/create-emulator.js";
import { DEMO_CREDENTIALS } from "../src/emulator/demo-credentials.js";
import { operationPaths } from "../src/spec/types.js";
import { startLoadGenerator } from "./lib/load-generator.js";
import { startBareServer } from "./lib/bare-server.js";
const emulator = createEmulator({ callbacks: { attempts: 1 } });
const relaxed = createEmulator({ auth: "relaxed" });
const { url } = await emulator.listen();
const r = await relaxed.listen();
const bare = await startBareServer();
const load = await startLoadGenerator();
const client = createBatchClient({ ...DEMO_CREDENTIALS, baseUrl: url });
const { asyncId } = await client.run([{ namespace: "test", action: "ping", params: {} }]);
const c2 = createBatchClient({ ...DEMO_CREDENTIALS, baseUrl: r.url });
const { asyncId: a2 } = await c2.run([{ namespace: "test", action: "ping", params: {} }]);
await emulator.idle();
for (let i = 0; i < 2; i++) {
  for (const [name, u, id] of [["strict", url, asyncId], ["relaxed", r.url, a2], ["bare", bare.url, asyncId]] as const) {
    const f = await load.run({ url: u, path: operationPaths.progress, body: JSON.stringify({ async: id }), connections: 10, durationSeconds: 3, sign: DEMO_CREDENTIALS });
    console.log(name, Math.round(f.requestsPerSecond), f.non2xx, f.errors);
  }
}
await Promise.all([load.close(), emulator.close(), relaxed.close(), bare.close()]);
