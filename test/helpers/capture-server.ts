import { createServer, type IncomingHttpHeaders } from "node:http";

export interface CapturedRequest {
  method: string;
  /** Path and query as received. */
  url: string;
  headers: IncomingHttpHeaders;
  /** The exact body bytes, as UTF-8. */
  body: string;
}

export interface CaptureServer {
  /** Base URL, e.g. `http://127.0.0.1:45123`. */
  url: string;
  port: number;
  /** Every request so far, in arrival order. */
  requests: CapturedRequest[];
  /** The next request not yet taken by an earlier call; rejects after timeoutMs. */
  next(timeoutMs?: number): Promise<CapturedRequest>;
  close(): Promise<void>;
}

/**
 * A real node:http listener on a free port that records every request and answers
 * `status` (default 200) with an empty body: a stand-in for a callback receiver.
 */
export async function startCaptureServer({ status = 200, host = "127.0.0.1" } = {}): Promise<CaptureServer> {
  const requests: CapturedRequest[] = [];
  const waiters: ((request: CapturedRequest) => void)[] = [];
  let taken = 0;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const captured = {
        method: request.method ?? "",
        url: request.url ?? "",
        headers: request.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(captured);
      response.writeHead(status).end();
      const waiter = waiters.shift();
      if (waiter) {
        taken++;
        waiter(captured);
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen({ port: 0, host }, resolve);
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://${host}:${port}`,
    port,
    requests,
    next(timeoutMs = 5_000) {
      const ready = requests[taken];
      if (ready) {
        taken++;
        return Promise.resolve(ready);
      }
      return new Promise((resolve, reject) => {
        const waiter = (request: CapturedRequest) => {
          clearTimeout(timer);
          resolve(request);
        };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`no request reached ${host}:${port} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.push(waiter);
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
