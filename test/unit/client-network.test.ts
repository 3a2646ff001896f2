// The client's guards over real sockets on loopback (docs/client.md, errors): a redirect is not followed by the
// platform fetch, a huge answer is cut off, and a connection that was never made is
// reported as never sent (before: `mayHaveReachedServer: true` for all of them).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createBatchClient } from "../../src/client/create-batch-client.js";
import { isNeverSent } from "../../src/client/never-sent.js";
import { IvvyNetworkError } from "../../src/errors/ivvy-network-error.js";
import { isIvvyNetworkError, isIvvyResponseError } from "../../src/errors/type-guards.js";

const ASYNC_ID = "e35e06ee592d17a42dc9e6252a058617";
const jobs = [{ namespace: "test", action: "ping", params: {} }];
const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function serve(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<{ url: string; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    handler(request, response);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen({ port: 0, host: "127.0.0.1" }, resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

const client = (baseUrl: string, over: Parameters<typeof createBatchClient>[0] extends infer O ? Partial<O> : never = {}) =>
  createBatchClient({ apiKey: "k", apiSecret: "s", baseUrl, retry: { retries: 0 }, timeoutMs: 10_000, ...over });

async function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: unknown) => error,
  );
}

describe("redirects over a real socket", () => {
  it("a 307 to another origin is not followed: that origin receives nothing", async () => {
    const other = await serve((_request, response) =>
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ asyncId: ASYNC_ID })),
    );
    const origin = await serve((request, response) => {
      request.resume();
      response.writeHead(307, { location: `${other.url}/api/1.0/batch?action=run` }).end();
    });
    const error = await caught(client(origin.url).run(jobs));
    expect(isIvvyResponseError(error)).toBe(true);
    expect(error).toMatchObject({ problem: "redirect", status: 307, location: `${other.url}/api/1.0/batch?action=run` });
    expect(origin.requests).toEqual(["POST /api/1.0/batch?action=run"]);
    expect(other.requests).toEqual([]);
  });
});

describe("a huge answer over a real socket", () => {
  it("is cut off at maxResponseBytes; the server sees the connection go", async () => {
    let written = 0;
    let closed = false;
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const server = await serve((request, response) => {
      request.resume();
      response.writeHead(200, { "content-type": "application/json" });
      response.on("close", () => void (closed = true));
      const pump = () => {
        while (!closed && written < 150 * 1024 * 1024) {
          written += chunk.length;
          if (!response.write(chunk)) return void response.once("drain", pump);
        }
        response.end();
      };
      pump();
    });
    const error = await caught(client(server.url, { maxResponseBytes: 1024 * 1024 }).results(ASYNC_ID));
    expect(error).toMatchObject({ name: "IvvyResponseError", problem: "too-large", maxResponseBytes: 1024 * 1024 });
    await expect.poll(() => closed).toBe(true);
    // Socket buffers hold a few MiB at most; far from the 150 MiB the server would send.
    expect(written).toBeLessThan(32 * 1024 * 1024);
  });
});

describe("connections that were never made", () => {
  it("nothing listening (ECONNREFUSED): mayHaveReachedServer is false, for run too", async () => {
    const server = await serve(() => undefined);
    const closedUrl = server.url;
    const s = servers.pop()!;
    await new Promise((resolve) => s.close(resolve));
    for (const call of [(c: ReturnType<typeof client>) => c.run(jobs), (c: ReturnType<typeof client>) => c.progress(ASYNC_ID)]) {
      const error = await caught(call(client(closedUrl)));
      expect(error).toBeInstanceOf(IvvyNetworkError);
      expect(error).toMatchObject({ mayHaveReachedServer: false });
      expect((error as Error).message).toContain("ECONNREFUSED");
    }
  });

  it("a DNS failure (a name under .invalid, RFC 6761): mayHaveReachedServer is false", async () => {
    const error = await caught(client("http://no-such-host.invalid").run(jobs));
    expect(isIvvyNetworkError(error)).toBe(true);
    expect(error).toMatchObject({ mayHaveReachedServer: false });
    expect((error as Error).message).toMatch(/ENOTFOUND|EAI_AGAIN/);
  });

  it("a connection cut after the request was sent may have reached the server", async () => {
    const server = await serve((request) => request.on("end", () => request.socket.destroy()).resume());
    const error = await caught(client(server.url).run(jobs));
    expect(isIvvyNetworkError(error)).toBe(true);
    expect(error).toMatchObject({ mayHaveReachedServer: true });
  });
});

describe("isNeverSent", () => {
  const coded = (code: string) => Object.assign(new Error(code), { code });
  it("looks through fetch's cause and through every address an AggregateError tried", () => {
    expect(isNeverSent(new TypeError("fetch failed", { cause: coded("ECONNREFUSED") }))).toBe(true);
    expect(isNeverSent(new TypeError("fetch failed", { cause: coded("ENOTFOUND") }))).toBe(true);
    expect(isNeverSent(new TypeError("fetch failed", { cause: coded("UND_ERR_CONNECT_TIMEOUT") }))).toBe(true);
    expect(isNeverSent(new TypeError("fetch failed", { cause: new AggregateError([coded("ECONNREFUSED"), coded("ENETUNREACH")]) }))).toBe(true);
    expect(isNeverSent(new TypeError("fetch failed", { cause: new AggregateError([coded("ECONNREFUSED"), coded("ECONNRESET")]) }))).toBe(false);
  });
  it("takes anything else as possibly sent", () => {
    expect(isNeverSent(new TypeError("fetch failed", { cause: coded("ECONNRESET") }))).toBe(false);
    expect(isNeverSent(new TypeError("fetch failed", { cause: coded("UND_ERR_SOCKET") }))).toBe(false);
    expect(isNeverSent(new TypeError("fetch failed"))).toBe(false);
    expect(isNeverSent(new DOMException("aborted", "AbortError"))).toBe(false);
    expect(isNeverSent("ECONNREFUSED")).toBe(false);
    const loop: { cause?: unknown } = {};
    loop.cause = loop;
    expect(isNeverSent(loop)).toBe(false);
  });
});
