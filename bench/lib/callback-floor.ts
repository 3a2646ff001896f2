// The floor for the emulator's run + callback: plain node:http answering each POST with a
// run answer and making one keep-alive POST of a callback to a sink, the two I/O steps
// an emulated run cannot avoid, with nothing else (no signature, no validation, no batch).
// The emulator's run+callback is measured against it in the same rounds.
import { Agent, createServer, request } from "node:http";
import type { AddressInfo } from "node:net";

export interface CallbackFloor {
  url: string;
  /** Callbacks the sink answered, and callbacks that failed. */
  delivered(): { ok: number; failed: number };
  /** Resolves when no callback is in flight (bounded: rejects after `timeoutMs`). */
  idle(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const ASYNC_ID = "0123456789abcdef0123456789abcdef";
// The same answer and callback bytes the emulator sends for one test.ping job.
const ANSWER = JSON.stringify({ asyncId: ASYNC_ID });
const CALLBACK = JSON.stringify({ asyncId: ASYNC_ID, results: [{ namespace: "test", action: "ping", success: true, result: { success: true } }] });

export async function startCallbackFloor(sinkUrl: string): Promise<CallbackFloor> {
  const sink = new URL(sinkUrl);
  const agent = new Agent({ keepAlive: true });
  let ok = 0;
  let failed = 0;
  let inFlight = 0;
  let waiters: (() => void)[] = [];
  const settled = () => {
    if (--inFlight > 0) return;
    for (const wake of waiters) wake();
    waiters = [];
  };
  const callback = () => {
    inFlight++;
    const post = request(
      {
        method: "POST",
        hostname: sink.hostname,
        port: sink.port,
        path: sink.pathname,
        agent,
        headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(CALLBACK)) },
      },
      (response) => {
        if (response.statusCode === 200) ok++;
        else failed++;
        response.on("end", settled);
        response.resume();
      },
    );
    post.on("error", () => {
      failed++;
      settled();
    });
    post.end(CALLBACK);
  };
  const server = createServer((req, res) => {
    req.on("data", () => {});
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(ANSWER) });
      res.end(ANSWER);
      callback();
    });
  });
  await new Promise<void>((resolve) => server.listen({ port: 0, host: "127.0.0.1" }, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    delivered: () => ({ ok, failed }),
    idle: (timeoutMs = 30_000) =>
      inFlight === 0
        ? Promise.resolve()
        : new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`callback floor: ${inFlight} callbacks still in flight after ${timeoutMs} ms`)), timeoutMs);
            waiters.push(() => {
              clearTimeout(timer);
              resolve();
            });
          }),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}
