import type { IncomingMessage, ServerResponse } from "node:http";
import type { IncomingCallback, ReceiverAnswer } from "./incoming-callback.js";
import { concatChunks } from "./read-request-body.js";
import { rejection } from "./receiver-answers.js";

/** The part of a receiver the adapter needs. */
export interface HandlesCallbacks {
  handle(incoming: IncomingCallback): Promise<ReceiverAnswer>;
}

export interface NodeListenerOptions {
  /**
   * Only requests whose path is exactly this are handled; others go to `next()` (as
   * Express middleware) or get 404. Default: every request is a callback, for when the
   * listener is mounted on its own route or server.
   */
  path?: string;
}

/** `(req, res)` for `http.createServer`, and `(req, res, next)` for Express/Connect. */
export type NodeListener = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => void;

/**
 * Reads a Node request body up to `maxBytes`; stops reading (null) once past it, and
 * stops (rejecting with its reason, what was read let go) when `signal` aborts.
 */
async function readNodeBody(req: IncomingMessage & { body?: unknown }, maxBytes: number, signal?: AbortSignal): Promise<Uint8Array | null> {
  // Raw-body middleware (express.raw(), or a framework's rawBody) already read it.
  if (Buffer.isBuffer(req.body)) return req.body.byteLength > maxBytes ? null : req.body;
  signal?.throwIfAborted();
  // Events rather than `for await`: leaving an async iterator early destroys the
  // socket, and the 413 could then never be written.
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const cleanup = () => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
      signal?.removeEventListener("abort", onAbort);
    };
    const onAbort = () => {
      cleanup();
      req.pause();
      chunks.length = 0;
      reject(signal?.reason);
    };
    const onData = (chunk: Buffer) => {
      total += chunk.byteLength;
      if (total > maxBytes) {
        cleanup();
        req.pause();
        chunks.length = 0;
        resolve(null);
      } else chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(concatChunks(chunks, total));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

function write(res: ServerResponse, answer: ReceiverAnswer): void {
  res.writeHead(answer.status, answer.headers);
  res.end(answer.body ?? undefined);
}

/**
 * Adapts a receiver to Node's `http` module. The body is streamed from the socket
 * with the size limit applied; the receiver's core does the rest.
 */
export function toNodeListener(receiver: HandlesCallbacks, options: NodeListenerOptions = {}): NodeListener {
  const { path } = options;
  if (path !== undefined && (typeof path !== "string" || !path.startsWith("/"))) {
    throw new TypeError(`toNodeListener: option 'path' must start with '/', got ${JSON.stringify(path)}`);
  }
  return (req, res, next) => {
    const url = req.url ?? "/";
    if (path !== undefined && url.split("?", 1)[0] !== path) {
      if (next) return next();
      return write(res, rejection(404, `no callback receiver at ${url.split("?", 1)[0]}; it listens on ${path}`));
    }
    const request = req as IncomingMessage & { body?: unknown };
    // A JSON body parser mounted before the receiver has consumed the stream, and
    // its parsed object is not the bytes iVvy sent: say how to fix the mounting.
    if (request.body !== undefined && !Buffer.isBuffer(request.body) && req.readableEnded) {
      return write(res, rejection(500, "the request body was already parsed by another middleware: mount the receiver before express.json() or any body parser, or use express.raw({ type: 'application/json' })"));
    }
    // Set when the body was not read to its end (too large, timed out, or refused before
    // reading): the connection is closed rather than left to drain the rest.
    let unread = true;
    const incoming: IncomingCallback = {
      method: req.method ?? "GET",
      url,
      contentType: req.headers["content-type"] ?? null,
      contentLength: req.headers["content-length"] ?? null,
      readBody: async (maxBytes, signal) => {
        const bytes = await readNodeBody(request, maxBytes, signal);
        unread = bytes === null;
        return bytes;
      },
    };
    receiver.handle(incoming).then(
      (answer) => {
        // Close rather than drain the rest of an oversized, slow or refused upload.
        if (unread && (answer.status === 413 || answer.status === 408 || answer.status === 503)) res.setHeader("connection", "close");
        write(res, answer);
      },
      (error: unknown) => {
        // handle() answers every request, so this is a bug in it: let Express see
        // it, or answer 500 rather than leave the sender hanging.
        if (next) return next(error);
        if (!res.headersSent) write(res, rejection(500, "the callback receiver failed unexpectedly"));
        else res.end();
      },
    );
  };
}
