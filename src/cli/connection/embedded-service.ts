import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { BatchClientOptions } from "../../client/client-options.js";
import { createEmulator, type Emulator } from "../../emulator/create-emulator.js";
import { DEMO_CREDENTIALS } from "../../emulator/options/demo-credentials.js";
import { type CallbackReceiver, createCallbackReceiver } from "../../receiver/create-callback-receiver.js";
import { toNodeListener } from "../../receiver/node-listener.js";

export interface EmbeddedService {
  clientOptions: BatchClientOptions;
  /** Issues per-chunk callback URLs and learns when each chunk's callback arrived. */
  receiver: CallbackReceiver;
  emulator: Emulator;
  close(): Promise<void>;
}

/**
 * The whole round trip on this machine, for when no iVvy account is configured: the
 * emulator on a loopback port, and a callback receiver on another that the emulator
 * POSTs each batch's results to.
 */
export async function startEmbeddedService(options: { jobDelayMs: number; fixtures?: string }): Promise<EmbeddedService> {
  const emulator = createEmulator({
    jobDelayMs: options.jobDelayMs,
    callbacks: { attempts: 5, baseDelayMs: 200, timeoutMs: 5_000 },
    ...(options.fixtures !== undefined ? { fixtures: options.fixtures } : {}),
  });
  const { url } = await emulator.listen({ port: 0 });

  let listener: ReturnType<typeof toNodeListener> | undefined;
  const server = createServer((req, res) => listener?.(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const receiver = createCallbackReceiver({ publicUrl: `http://127.0.0.1:${port}/ivvy/callback` });
  listener = toNodeListener(receiver);

  return {
    clientOptions: { ...DEMO_CREDENTIALS, baseUrl: url },
    receiver,
    emulator,
    async close() {
      await emulator.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
