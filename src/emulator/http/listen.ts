// The real-socket edge: a plain node:http server over the same core the fetch edge uses
// (handle-request.ts). Not Hono on @hono/node-server: that adapter builds a WHATWG
// Request and Response for every call, and a trivial Hono app on it measured 0.21 of
// bare node:http in bench/ (server benchmark), below the benchmark's target of 0.4 for the
// emulator. Here the core reads Node's IncomingMessage directly and the answer is
// written with writeHead/end. A path under a mounted app (the dashboard) goes to that app
// through a web Request instead (mounted-app-edge.ts).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Clock } from "../../util/clock.js";
import { NodeRequestHeaders } from "../../util/node-request-headers.js";
import { type Checked, checkOptions, integer, string } from "../../util/options.js";
import { type BodyRead, readNodeBody } from "../../util/read-node-body.js";
import { refusals } from "../operations/refusals.js";
import { discardRest } from "./discard-rest.js";
import type { BodyReadOptions, EmulatorRequest } from "./emulator-request.js";
import { encodeAnswer } from "./encode-answer.js";
import type { HandleRequest } from "./handle-request.js";
import { type MountedAppEdge, serveMountedApp } from "./mounted-app-edge.js";
import type { Mounts } from "./mounts.js";
import { targetOfRequestLine } from "./request-target.js";

export interface ListenOptions {
  /** Port to listen on (default 0: any free port; the one chosen is returned). */
  port?: number;
  /** Interface to bind (default 127.0.0.1: the emulator is for local use). */
  host?: string;
  /**
   * Open connections past which a request is answered 429 with `Retry-After: 1` and the
   * iVvy error envelope, and its connection closed once answered (default: no cap). Never a
   * reset: a connection is accepted and answered whatever the count. What a connection
   * costs is bounded without it: its headers by Node's 16 KiB `maxHeaderSize` and
   * `headersTimeoutMs`, its body by `maxBufferedBytes` and `bodyTimeoutMs`.
   */
  maxConnections?: number;
  /**
   * A request's headers must arrive whole within this many ms (default 30000), or Node
   * answers 408 and closes the connection: a slow-header ("slowloris") socket cannot hold
   * its connection for long. Node's own timer (`server.headersTimeout`, checked every
   * `connectionsCheckingIntervalMs`), not the emulator's clock: it guards the socket, not
   * what the emulator emulates.
   */
  headersTimeoutMs?: number;
  /** How often Node checks headers timeouts, in ms (default 5000). */
  connectionsCheckingIntervalMs?: number;
  /** An idle keep-alive connection is closed after this many ms (default 5000, Node's). */
  keepAliveTimeoutMs?: number;
}

export const DEFAULT_HEADERS_TIMEOUT_MS = 30_000;
export const DEFAULT_CONNECTIONS_CHECKING_INTERVAL_MS = 5_000;
export const DEFAULT_KEEP_ALIVE_TIMEOUT_MS = 5_000;

export interface Listening {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** What the socket edge serves: the core, the mounted apps, and the clock its waits run on. */
export interface SocketEdge extends MountedAppEdge {
  handle: HandleRequest;
  mounts: Mounts;
}

/** `headers` is a fresh object of the caller's, completed here. */
function write(req: IncomingMessage, res: ServerResponse, clock: Clock, status: number, headers: Record<string, string>, json: string): void {
  if (res.headersSent || res.destroyed) return;
  headers["content-length"] = String(Buffer.byteLength(json));
  res.writeHead(status, headers);
  res.end(json);
  discardRest(req, clock);
}

/** The body, read with the core's limits; its timeout runs on the emulator's clock. */
function readBody(req: IncomingMessage, maxBytes: number, { budget, timeout }: BodyReadOptions): Promise<BodyRead> {
  return readNodeBody(req, maxBytes, { ...(budget && { budget }), ...(timeout && { timeoutMs: timeout.ms, clock: timeout.clock }) });
}

/** Open connections now, and the cap past which requests are answered 429 (Infinity: none). */
interface ConnectionCount {
  open: number;
  readonly max: number;
}

const overConnectionCap = (max: number) =>
  JSON.stringify(
    refusals.tooManyRequests(`The emulator holds ${max} connections at once (listen's maxConnections); this one is closed once answered. Retry shortly.`),
  );

export function nodeListener(
  edge: SocketEdge,
  connections: ConnectionCount = { open: 0, max: Number.POSITIVE_INFINITY },
): (req: IncomingMessage, res: ServerResponse) => void {
  const { handle, mounts, clock } = edge;
  return (req, res) => {
    // Past the cap the request is still answered, as iVvy answers too many requests: 429
    // with Retry-After and the envelope (openapi.yaml, TooManyRequests), never a reset.
    if (connections.open > connections.max) {
      return write(req, res, clock, 429, { "content-type": "application/json", "retry-after": "1", connection: "close" }, overConnectionCap(connections.max));
    }
    const requestString = targetOfRequestLine(req.url ?? "/");
    if (mounts.size > 0) {
      const app = mounts.match(requestString);
      if (app) return void serveMountedApp(app, req, res, edge);
    }
    const request: EmulatorRequest = {
      method: req.method ?? "GET",
      requestString,
      headers: new NodeRequestHeaders(req.headers),
      // HTTP/1.1: a request with neither Content-Length nor Transfer-Encoding has no body.
      declaredLength:
        req.headers["content-length"] !== undefined ? Number(req.headers["content-length"]) : req.headers["transfer-encoding"] === undefined ? 0 : undefined,
      readBody: (maxBytes, options) => readBody(req, maxBytes, options),
    };
    handle(request).then(
      (answer) => {
        const encoded = encodeAnswer(answer);
        write(req, res, clock, encoded.status, encoded.headers, encoded.json);
      },
      (error: unknown) => {
        // The core answers every request, so this is a bug of ours: still answer, never crash.
        write(
          req,
          res,
          clock,
          500,
          { "content-type": "application/json" },
          JSON.stringify(refusals.serverError(`Unexpected emulator error: ${String(error)}`)),
        );
      },
    );
  };
}

const LISTEN_RULES = {
  port: integer({ min: 0, max: 65535, default: 0 }),
  host: string({ nonEmpty: true, default: "127.0.0.1" }),
  maxConnections: integer({ min: 1 }),
  headersTimeoutMs: integer({ min: 1, unit: "ms", default: DEFAULT_HEADERS_TIMEOUT_MS }),
  connectionsCheckingIntervalMs: integer({ min: 1, unit: "ms", default: DEFAULT_CONNECTIONS_CHECKING_INTERVAL_MS }),
  keepAliveTimeoutMs: integer({ min: 1, unit: "ms", default: DEFAULT_KEEP_ALIVE_TIMEOUT_MS }),
};

export function listenWith(edge: SocketEdge, options: ListenOptions | undefined): Promise<Listening> {
  let checked: Checked<typeof LISTEN_RULES>;
  try {
    checked = checkOptions("emulator.listen", options, LISTEN_RULES);
  } catch (error) {
    return Promise.reject(error);
  }
  const { host, port, maxConnections, headersTimeoutMs, connectionsCheckingIntervalMs, keepAliveTimeoutMs } = checked;
  return new Promise((resolve, reject) => {
    const connections: ConnectionCount = { open: 0, max: maxConnections ?? Number.POSITIVE_INFINITY };
    // No server.maxConnections: Node resets a connection past it, which a client reads as
    // a network failure, where iVvy would answer (docs/emulator.md, Limits). A connection
    // is bounded by the timeouts instead: headers (slow-header sockets), body (the
    // emulator's bodyTimeoutMs, on its clock) and keep-alive idleness.
    const server = createServer(
      {
        headersTimeout: headersTimeoutMs,
        // The body has its own timeout on the emulator's clock (bodyTimeoutMs); this one only
        // has to be longer than headers', which Node requires.
        requestTimeout: Math.max(headersTimeoutMs + 1, 300_000),
        connectionsCheckingInterval: connectionsCheckingIntervalMs,
        keepAliveTimeout: keepAliveTimeoutMs,
      },
      nodeListener(edge, connections),
    );
    server.on("connection", (socket) => {
      connections.open++;
      socket.once("close", () => connections.open--);
    });
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
