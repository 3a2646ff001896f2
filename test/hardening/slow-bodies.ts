// Slow callback bodies against a receiver on a real socket: many
// senders with a valid token each send all but the last byte of a large body, then
// stall. Shared by the hardening test, which prints the figures.
import { once } from "node:events";
import { type ClientRequest, createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { type CallbackReceiverOptions, createCallbackReceiver, toNodeListener } from "../../src/receiver/index.js";
import { heapAfterGcMiB } from "./invariants.js";

export interface SlowBodiesOutcome {
  senders: number;
  bodyMiB: number;
  /** Heap plus ArrayBuffer memory held while every sender had stalled, above the baseline, after GC (MiB). */
  heldMiB: number;
  /** Answers received while the bodies were stalled (429s from the bound), by status. */
  answeredWhileStalled: Record<string, number>;
  /** Answers once the read timeout passed, by status. */
  answeredInTheEnd: Record<string, number>;
  /** Heap plus ArrayBuffer memory above the baseline after every request was answered (MiB). */
  afterMiB: number;
}

const memoryMiB = () => heapAfterGcMiB() + process.memoryUsage().arrayBuffers / 1024 / 1024;

export async function slowBodies(options: { senders: number; bodyBytes: number; receiver?: Partial<CallbackReceiverOptions> }): Promise<SlowBodiesOutcome> {
  const receiver = createCallbackReceiver({ publicUrl: "https://my.app/ivvy/callback", ...options.receiver });
  const server = createServer(toNodeListener(receiver));
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const requests: ClientRequest[] = [];
  try {
    const baseline = memoryMiB();
    const answered: Record<string, number> = {};
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const senders = await Promise.all(
      Array.from({ length: options.senders }, async () => {
        const { callbackUrl, token } = await receiver.issueCallbackUrl();
        await receiver.bind(token, "0".repeat(32));
        const url = base + new URL(callbackUrl).search;
        let status: number | undefined;
        const request = httpRequest(url, { method: "POST", headers: { "content-type": "application/json", "content-length": options.bodyBytes } });
        requests.push(request);
        const answer = new Promise<number>((resolve) => {
          request.on("response", (response) => {
            status = response.statusCode ?? 0;
            answered[status] = (answered[status] ?? 0) + 1;
            response.resume();
            resolve(status);
          });
          request.on("error", () => resolve(status ?? -1));
        });
        // All but the last byte, at the pace the receiver reads (or until it answers).
        const stalled = (async () => {
          let sent = 0;
          while (sent < options.bodyBytes - 1 && status === undefined && !request.destroyed) {
            const piece = chunk.subarray(0, Math.min(chunk.length, options.bodyBytes - 1 - sent));
            sent += piece.length;
            if (!request.write(piece)) await Promise.race([once(request, "drain"), answer]);
          }
        })();
        return { answer, stalled };
      }),
    );
    await Promise.all(senders.map((s) => s.stalled));
    // Let the receiver take in what is in flight.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const heldMiB = memoryMiB() - baseline;
    const answeredWhileStalled = { ...answered };
    const timeout = new Promise((resolve) => setTimeout(resolve, (options.receiver?.bodyTimeoutMs ?? 15_000) + 2_000, "timeout"));
    await Promise.race([Promise.all(senders.map((s) => s.answer)), timeout]);
    for (const request of requests) request.destroy();
    await receiver.whenIdle();
    return {
      senders: options.senders,
      bodyMiB: options.bodyBytes / 1024 / 1024,
      heldMiB: Math.round(heldMiB * 10) / 10,
      answeredWhileStalled,
      answeredInTheEnd: { ...answered },
      afterMiB: Math.round((memoryMiB() - baseline) * 10) / 10,
    };
  } finally {
    for (const request of requests) request.destroy();
    server.closeAllConnections();
    server.close();
    await once(server, "close");
  }
}
