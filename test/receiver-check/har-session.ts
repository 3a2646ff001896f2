// A session recorded by this package's recorder (docs/recording.md), for `trigger callback
// --from <recording.har>`: two batches run on an in-process emulator through a recorded
// client, the first delivering its callback to a recorded receiver on a socket, the
// second's results fetched with the `results` action.
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { createBatchClient } from "../../src/client/create-batch-client.js";
import type { BatchResult } from "../../src/contract/types.js";
import { createEmulator } from "../../src/emulator/create-emulator.js";
import { DEMO_CREDENTIALS } from "../../src/emulator/options/demo-credentials.js";
import { createHarRecorder } from "../../src/recording/create-har-recorder.js";

export interface RecordedSession {
  file: string;
  callback: { asyncId: string; results: BatchResult[] };
  polled: { asyncId: string; results: BatchResult[] };
}

export async function recordSession(dir: string): Promise<RecordedSession> {
  const file = join(dir, "session.har");
  const recorder = createHarRecorder({ file });
  let received!: () => void;
  const arrived = new Promise<void>((resolve) => (received = resolve));
  const inner = recorder.handler(async () => new Response(null, { status: 204 }));
  const server = serve({
    fetch: async (request: Request) => {
      const response = await inner(request);
      received();
      return response;
    },
    port: 0,
    hostname: "127.0.0.1",
  });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const port = (server.address() as AddressInfo).port;
  const emulator = createEmulator({ jobDelayMs: 0 });
  try {
    const client = createBatchClient({ ...DEMO_CREDENTIALS, baseUrl: "http://emulator.local", fetch: recorder.fetch(emulator.fetch) });
    const job = (contacts: number[]) => ({ namespace: "event", action: "inviteContacts", params: { event: 42, contacts } });
    const first = await client.run([job([1, 2]), job([3])], { callbackUrl: `http://127.0.0.1:${port}/ivvy/callback` });
    const second = await client.run([job([4, 5, 6])]);
    await emulator.idle();
    await arrived;
    const polled = await client.results(second.asyncId);
    await recorder.flush();
    const callbackResults = emulator.batches.get(first.asyncId)!.results;
    return { file, callback: { asyncId: first.asyncId, results: callbackResults }, polled: { asyncId: second.asyncId, results: polled.results } };
  } finally {
    await emulator.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
