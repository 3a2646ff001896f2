// A mounted app (mounts.ts) over the emulator's socket: Node's request as a web Request,
// and the app's Response written back as it streams, so an event stream flows as it is
// produced. Only mounted apps pay for this adapter; the iVvy operations read Node's
// request directly (listen.ts). The body's deadline runs on the emulator's clock.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Clock, ClockTimer } from "../../util/clock.js";
import { discardRest } from "./discard-rest.js";
import type { MountedApp } from "./mounts.js";
import { targetOfRequestLine } from "./request-target.js";

export interface MountedAppEdge {
  clock: Clock;
  /** The whole body must arrive within this many ms, else the app's read of it fails. */
  bodyTimeoutMs: number;
}

/** Bytes a body may run ahead of the app reading it before the socket is paused. */
const BODY_HIGH_WATER_MARK = 64 * 1024;

/** The body as a web stream, and `release`: stop feeding it (the answer is sent; the rest is drained). */
function bodyStream(req: IncomingMessage, edge: MountedAppEdge): { stream: ReadableStream<Uint8Array>; release: () => void } {
  let timer: ClockTimer | undefined;
  let settled = false;
  const settle = () => {
    settled = true;
    timer?.cancel();
    req.off("data", onData);
    req.off("end", onEnd);
    req.off("error", onError);
  };
  let onData: (chunk: Buffer) => void = () => undefined;
  let onEnd: () => void = () => undefined;
  let onError: (error: Error) => void = () => undefined;
  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        onData = (chunk) => {
          controller.enqueue(chunk);
          if ((controller.desiredSize ?? 1) <= 0) req.pause();
        };
        onEnd = () => {
          settle();
          controller.close();
        };
        onError = (error) => {
          settle();
          controller.error(error);
        };
        timer = edge.clock.setTimeout(
          () => {
            if (settled) return;
            settle();
            req.pause();
            controller.error(new Error(`the body was not complete within ${edge.bodyTimeoutMs} ms`));
          },
          edge.bodyTimeoutMs,
          { unref: true },
        );
        req.on("data", onData);
        req.on("end", onEnd);
        req.on("error", onError);
      },
      pull() {
        if (!settled) req.resume();
      },
      cancel() {
        settle();
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: BODY_HIGH_WATER_MARK }),
  );
  return { stream, release: settle };
}

function webRequest(req: IncomingMessage, signal: AbortSignal, edge: MountedAppEdge): { request: Request; release: () => void } {
  const method = req.method ?? "GET";
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  const target = targetOfRequestLine(req.url ?? "/");
  let url: URL;
  try {
    url = new URL(target, `http://${req.headers.host ?? "localhost"}`);
  } catch {
    // A Host no URL can hold: the app still sees the header as sent (and may refuse it).
    url = new URL(target, "http://localhost");
  }
  if (method === "GET" || method === "HEAD") return { request: new Request(url, { method, headers, signal }), release: () => undefined };
  const body = bodyStream(req, edge);
  return { request: new Request(url, { method, headers, signal, body: body.stream, duplex: "half" }), release: body.release };
}

const failed = (error: unknown) =>
  new Response(JSON.stringify({ error: `Unexpected error in a mounted app: ${error instanceof Error ? error.message : String(error)}` }), {
    status: 500,
    headers: { "content-type": "application/json; charset=utf-8" },
  });

async function writeResponse(response: Response, req: IncomingMessage, res: ServerResponse, edge: MountedAppEdge, release: () => void): Promise<void> {
  const done = () => {
    release();
    discardRest(req, edge.clock);
  };
  if (res.destroyed) {
    release();
    await response.body?.cancel().catch(() => undefined);
    return;
  }
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  if (!response.body || req.method === "HEAD") {
    await response.body?.cancel().catch(() => undefined);
    res.end();
    done();
    return;
  }
  // Headers go at once: an event stream's first event may be a while away.
  res.flushHeaders();
  const reader = response.body.getReader();
  const onClose = () => void reader.cancel().catch(() => undefined);
  res.once("close", onClose);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || res.destroyed) break;
      if (!res.write(value)) {
        await new Promise<void>((resume) => {
          const go = () => {
            res.off("drain", go);
            res.off("close", go);
            resume();
          };
          res.once("drain", go);
          res.once("close", go);
        });
      }
    }
  } catch {
    // The app's stream failed, or the client left: end what was sent.
  } finally {
    res.off("close", onClose);
    res.end();
    done();
  }
}

/** Serves one request of the socket with a mounted app. */
export async function serveMountedApp(app: MountedApp, req: IncomingMessage, res: ServerResponse, edge: MountedAppEdge): Promise<void> {
  const gone = new AbortController();
  res.once("close", () => gone.abort());
  let release: () => void = () => undefined;
  let response: Response;
  try {
    const web = webRequest(req, gone.signal, edge);
    release = web.release;
    response = await app(web.request);
  } catch (error) {
    response = failed(error);
  }
  await writeResponse(response, req, res, edge, release);
}

/** Serves one in-process request with a mounted app: the app's answer, or a 500 that says it threw. */
export async function fetchMountedApp(app: MountedApp, request: Request): Promise<Response> {
  try {
    return await app(request);
  } catch (error) {
    return failed(error);
  }
}
