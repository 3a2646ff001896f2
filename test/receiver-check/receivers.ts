// Receivers for the receiver check's tests: this package's receiver on a socket (as
// docs/receiver.md serves it with node:http, Hono and Fastify), and hand-written ones,
// correct and deliberately broken, on plain node:http.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import Fastify from "fastify";
import { Hono } from "hono";
import { type CallbackReceiver, createCallbackReceiver } from "../../src/receiver/create-callback-receiver.js";
import { toNodeListener } from "../../src/receiver/node-listener.js";

export interface Running {
  url: string;
  close(): Promise<void>;
  receiver?: CallbackReceiver;
  /** Issues a URL for an asyncId and binds it, as a batch submission does. */
  issueUrl?: (asyncId: string) => Promise<string>;
}

const listen = async (server: Server): Promise<number> => {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  return (server.address() as AddressInfo).port;
};

const stop = async (server: Server) => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
};

function withReceiver(url: string, close: () => Promise<void>, receiver: CallbackReceiver): Running {
  return {
    url,
    receiver,
    async close() {
      await receiver.whenIdle();
      await close();
    },
    async issueUrl(asyncId) {
      const { callbackUrl, token } = await receiver.issueCallbackUrl();
      await receiver.bind(token, asyncId);
      return callbackUrl;
    },
  };
}

/** This package's receiver behind toNodeListener on node:http (docs/receiver.md, "Node http"). */
export async function startNodeReceiver(): Promise<Running> {
  let listener: ReturnType<typeof toNodeListener> | undefined;
  const server = createServer((req, res) => listener?.(req, res));
  const port = await listen(server);
  const url = `http://127.0.0.1:${port}/ivvy/callback`;
  const receiver = createCallbackReceiver({ publicUrl: url });
  listener = toNodeListener(receiver);
  return withReceiver(url, () => stop(server), receiver);
}

/** The Hono receiver of docs/receiver.md, served by @hono/node-server. */
export async function startHonoReceiver(): Promise<Running> {
  const holder: { receiver?: CallbackReceiver } = {};
  const app = new Hono();
  app.post("/ivvy/callback", (c) => (holder.receiver as CallbackReceiver).fetch(c.req.raw));
  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) => resolve({ server: s, port: info.port }));
  });
  const url = `http://127.0.0.1:${port}/ivvy/callback`;
  holder.receiver = createCallbackReceiver({ publicUrl: url });
  return withReceiver(url, () => stop(server as Server), holder.receiver);
}

/** The Fastify receiver of docs/receiver.md (its body as bytes in an encapsulated plugin). */
export async function startFastifyReceiver(): Promise<Running> {
  const holder: { receiver?: CallbackReceiver } = {};
  const app = Fastify();
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser("*", { parseAs: "buffer", bodyLimit: 10 * 1024 * 1024 }, (_req, body, done) => done(null, body));
    scope.post("/ivvy/callback", async (request, reply) => {
      const response = await (holder.receiver as CallbackReceiver).fetch(
        new Request(new URL(request.url, "http://localhost"), {
          method: "POST",
          headers: { "content-type": request.headers["content-type"] ?? "" },
          body: new Uint8Array(request.body as Buffer),
        }),
      );
      return reply
        .code(response.status)
        .headers(Object.fromEntries(response.headers))
        .send(await response.text());
    });
  });
  const address = await app.listen({ port: 0, host: "127.0.0.1" });
  const url = `${address}/ivvy/callback`;
  holder.receiver = createCallbackReceiver({ publicUrl: url });
  return withReceiver(url, () => app.close(), holder.receiver);
}

export interface PlainBehaviour {
  /** Answer 500 to a body it has seen before. */
  failRepeats?: boolean;
  /** Answer 200 to any body, JSON or not. */
  acceptAnything?: boolean;
  /** Never answer. */
  neverAnswer?: boolean;
  /** Drop the connection when the body is over this many bytes (a crash). */
  crashOverBytes?: number;
  /** Check a token in the query against these. */
  tokens?: Record<string, string>;
}

const MAX_BODY = 10 * 1024 * 1024;

/**
 * A receiver written by hand, as in another language: checks the content type, the size,
 * the JSON and the callback's shape, answers 2xx to a good one; `behaviour` breaks it.
 */
export async function startPlainReceiver(behaviour: PlainBehaviour = {}): Promise<Running> {
  const seen = new Set<string>();
  const answer = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  };
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    if (behaviour.neverAnswer) return req.resume();
    const declared = Number(req.headers["content-length"] ?? 0);
    if (behaviour.crashOverBytes !== undefined && declared > behaviour.crashOverBytes) return req.socket.destroy();
    if (declared > MAX_BODY) {
      answer(res.setHeader("connection", "close"), 413, { error: "too large" });
      return req.destroy();
    }
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      if (behaviour.acceptAnything) return answer(res, 200, { ok: true });
      if (behaviour.failRepeats && seen.has(body)) return answer(res, 500, { error: "duplicate key value violates unique constraint" });
      if (!/^application\/json\b/.test(req.headers["content-type"] ?? "")) return answer(res, 415, { error: "application/json only" });
      let payload: { asyncId?: unknown; results?: unknown };
      try {
        payload = JSON.parse(body);
      } catch {
        return answer(res, 400, { error: "not JSON" });
      }
      if (typeof payload?.asyncId !== "string" || !Array.isArray(payload.results)) return answer(res, 400, { error: "not a callback" });
      if (behaviour.tokens) {
        const token = new URL(req.url ?? "/", "http://x").searchParams.get("token");
        if (!token || behaviour.tokens[payload.asyncId] !== token) return answer(res, 401, { error: "bad token" });
      }
      seen.add(body);
      answer(res, 200, { received: true });
    });
  };
  const server = createServer(handle);
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}/callback`, close: () => stop(server) };
}
