// The real-socket edge: a plain node:http server over the same core the fetch edge uses
// (handle-request.ts). Not Hono on @hono/node-server: that adapter builds a WHATWG
// Request and Response for every call, and a trivial Hono app on it measured 0.21 of
// bare node:http in bench/ (server benchmark), below issue 6's target of 0.4 for the
// emulator. Here the core reads Node's IncomingMessage directly and the answer is
// written with writeHead/end.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { NodeRequestHeaders } from "../../util/node-request-headers.js";
import { type Checked, checkOptions, integer, string } from "../../util/options.js";
import { readIncomingBody } from "../../util/read-node-body.js";
import { refusals } from "../operations/refusals.js";
import type { EmulatorRequest } from "./emulator-request.js";
import { encodeAnswer } from "./encode-answer.js";
import type { HandleRequest } from "./handle-request.js";

export interface ListenOptions {
  /** Port to listen on (default 0: any free port; the one chosen is returned). */
  port?: number;
  /** Interface to bind (default 127.0.0.1: the emulator is for local use). */
  host?: string;
  /** Open connections at once (default 256); more are closed as they arrive. */
  maxConnections?: number;
}

export const DEFAULT_MAX_CONNECTIONS = 256;

export interface Listening {
  url: string;
  port: number;
  close(): Promise<void>;
}

// A body we refused without reading (413, 415, 429, ...) is read and dropped for a while
// before the socket is let go: closing a socket with unread input makes the kernel send a
// reset, which can destroy our answer before the client reads it.
const DRAIN_TIMEOUT_MS = 500;
const MAX_DRAIN_BYTES = 64 * 1024 * 1024;

function discardRest(req: IncomingMessage): void {
  if (req.readableEnded || req.destroyed) return;
  let drained = 0;
  const stop = () => {
    clearTimeout(timer);
    req.off("data", onData);
    req.off("end", stop);
    req.off("error", stop);
  };
  const giveUp = () => {
    stop();
    const socket = req.socket as IncomingMessage["socket"] | null;
    if (socket && !socket.destroyed) socket.destroySoon();
  };
  const onData = (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > MAX_DRAIN_BYTES) giveUp();
  };
  const timer = setTimeout(giveUp, DRAIN_TIMEOUT_MS);
  timer.unref();
  req.on("data", onData);
  req.on("end", stop);
  req.on("error", stop);
  req.resume();
}

/** Path and query as received; an absolute-form target (`POST http://host/path`) is cut to its path. */
const requestStringOf = (target: string): string => {
  if (target.startsWith("/")) return target;
  const afterScheme = target.indexOf("//");
  const path = afterScheme === -1 ? -1 : target.indexOf("/", afterScheme + 2);
  return path === -1 ? "/" : target.slice(path);
};

/** `headers` is a fresh object of the caller's, completed here. */
function write(req: IncomingMessage, res: ServerResponse, status: number, headers: Record<string, string>, json: string): void {
  if (res.headersSent || res.destroyed) return;
  headers["content-length"] = String(Buffer.byteLength(json));
  res.writeHead(status, headers);
  res.end(json);
  discardRest(req);
}

/** Serves a request outside the iVvy API (the dashboard) and returns true, or returns false to leave it to the emulator. */
export type SideRoute = (req: IncomingMessage, res: ServerResponse) => boolean;

export function nodeListener(handle: HandleRequest, sideRoute?: SideRoute): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    if (sideRoute?.(req, res)) return;
    const request: EmulatorRequest = {
      method: req.method ?? "GET",
      requestString: requestStringOf(req.url ?? "/"),
      headers: new NodeRequestHeaders(req.headers),
      // HTTP/1.1: a request with neither Content-Length nor Transfer-Encoding has no body.
      declaredLength:
        req.headers["content-length"] !== undefined ? Number(req.headers["content-length"]) : req.headers["transfer-encoding"] === undefined ? 0 : undefined,
      readBody: (maxBytes, limits) => readIncomingBody(req, maxBytes, limits),
    };
    handle(request).then(
      (answer) => {
        const encoded = encodeAnswer(answer);
        write(req, res, encoded.status, encoded.headers, encoded.json);
      },
      (error: unknown) => {
        // The core answers every request, so this is a bug of ours: still answer, never crash.
        write(req, res, 500, { "content-type": "application/json" }, JSON.stringify(refusals.serverError(`Unexpected emulator error: ${String(error)}`)));
      },
    );
  };
}

const LISTEN_RULES = {
  port: integer({ min: 0, max: 65535, default: 0 }),
  host: string({ nonEmpty: true, default: "127.0.0.1" }),
  maxConnections: integer({ min: 1, default: DEFAULT_MAX_CONNECTIONS }),
};

export function listenWith(handle: HandleRequest, options: ListenOptions | undefined, sideRoute?: SideRoute): Promise<Listening> {
  let checked: Checked<typeof LISTEN_RULES>;
  try {
    checked = checkOptions("emulator.listen", options, LISTEN_RULES);
  } catch (error) {
    return Promise.reject(error);
  }
  const { host, port, maxConnections } = checked;
  return new Promise((resolve, reject) => {
    const server = createServer(nodeListener(handle, sideRoute));
    // Each connection costs a socket and its buffers whatever it sends; the body budget
    // bounds what bodies buffer, this bounds the rest (issue 10, item 7).
    server.maxConnections = maxConnections;
    const onError = (error: Error) => reject(new Error(`emulator.listen: cannot listen on ${host}:${port}: ${error.message}`, { cause: error }));
    server.once("error", onError);
    server.listen({ port, host }, () => {
      server.off("error", onError);
      // An error after listening (e.g. EMFILE on accept) must not crash the user's process.
      server.on("error", () => undefined);
      const { port: bound } = server.address() as AddressInfo;
      // A wildcard bind is reachable on loopback; give a URL a client can use as is.
      const shownHost = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
      resolve({
        url: `http://${shownHost}:${bound}`,
        port: bound,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // Keep-alive sockets would hold close() open until their idle timeout.
            server.closeAllConnections();
          }),
      });
    });
  });
}
