// The dashboard's two edges over the one handler: a web `fetch` function (in-process, or
// to mount in your own server) and a node:http listener (the emulator's socket). Each
// turns the event-stream answer into a live response fed by the hub.
import type { IncomingMessage, ServerResponse } from "node:http";
import { NodeRequestHeaders } from "../../util/node-request-headers.js";
import { readIncomingBody } from "../../util/read-node-body.js";
import { readLimitedBody } from "../../util/read-web-body.js";
import type { DashboardAnswer, DashboardRequest } from "./dashboard-handler.js";
import type { EventHub } from "./event-hub.js";

type Handler = (request: DashboardRequest) => Promise<DashboardAnswer>;

const utf8 = new TextDecoder("utf-8");
const errorAnswer = (error: unknown): DashboardAnswer => ({
  status: 500,
  headers: { "content-type": "application/json; charset=utf-8" },
  body: JSON.stringify({ error: `Unexpected dashboard error: ${error instanceof Error ? error.message : String(error)}` }),
});

export function dashboardFetch(handle: Handler, hub: EventHub): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    const answer = await handle({
      method: request.method,
      target: url.pathname + url.search,
      headers: request.headers,
      readText: async (maxBytes) => {
        const read = await readLimitedBody(request, maxBytes);
        return read.ok ? utf8.decode(read.bytes) : undefined;
      },
    }).catch(errorAnswer);
    if (!("events" in answer))
      return new Response(request.method === "HEAD" || answer.status === 308 ? null : answer.body, { status: answer.status, headers: answer.headers });
    const encoder = new TextEncoder();
    let end: (() => void) | undefined;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        end = hub.connect(
          (chunk) => controller.enqueue(encoder.encode(chunk)),
          () => controller.close(),
        );
        request.signal.addEventListener("abort", () => end?.(), { once: true });
      },
      cancel() {
        end?.();
      },
    });
    return new Response(stream, { status: 200, headers: answer.headers });
  };
}

export function dashboardListener(handle: Handler, hub: EventHub): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle({
      method: req.method ?? "GET",
      target: req.url ?? "/",
      headers: new NodeRequestHeaders(req.headers),
      readText: async (maxBytes) => {
        const read = await readIncomingBody(req, maxBytes, { timeoutMs: 10_000 });
        return read.ok ? utf8.decode(read.bytes) : undefined;
      },
    })
      .catch(errorAnswer)
      .then((answer) => {
        if (res.headersSent || res.destroyed) return;
        if (!("events" in answer)) {
          const body = req.method === "HEAD" ? "" : answer.body;
          res.writeHead(answer.status, { ...answer.headers, "content-length": String(typeof body === "string" ? Buffer.byteLength(body) : body.byteLength) });
          res.end(body);
          req.resume();
          return;
        }
        res.writeHead(200, answer.headers);
        res.flushHeaders();
        const end = hub.connect(
          (chunk) => void res.write(chunk),
          () => res.end(),
        );
        res.on("close", end);
      });
  };
}
