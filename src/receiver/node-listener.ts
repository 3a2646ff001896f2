import type { IncomingMessage, ServerResponse } from "node:http";
import { checkOptions, custom } from "../util/options.js";
import { readNodeBody } from "../util/read-node-body.js";
import { bodyOrNull } from "./body-or-null.js";
import type { IncomingCallback, ReceiverAnswer } from "./incoming-callback.js";
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

function write(res: ServerResponse, answer: ReceiverAnswer): void {
  res.writeHead(answer.status, answer.headers);
  res.end(answer.body ?? undefined);
}

const pathRule = custom<string | undefined>((path, fail) => {
  if (path !== undefined && (typeof path !== "string" || !path.startsWith("/"))) fail(`must start with '/', got ${JSON.stringify(path)}`);
  return path as string | undefined;
});

/**
 * Adapts a receiver to Node's `http` module. The body is streamed from the socket
 * with the size limit applied; the receiver's core does the rest.
 */
export function toNodeListener(receiver: HandlesCallbacks, options: NodeListenerOptions = {}): NodeListener {
  if (typeof receiver?.handle !== "function")
    throw new TypeError("toNodeListener: pass a receiver (createCallbackReceiver({ publicUrl })) as the first argument");
  const { path } = checkOptions("toNodeListener", options, { path: pathRule });
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
      return write(
        res,
        rejection(
          500,
          "the request body was already parsed by another middleware: mount the receiver before express.json() or any body parser, or use express.raw({ type: 'application/json' })",
        ),
      );
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
        // Raw-body middleware (express.raw(), or a framework's rawBody) already read it.
        if (Buffer.isBuffer(request.body)) return (unread = request.body.byteLength > maxBytes) ? null : request.body;
        const bytes = bodyOrNull(await readNodeBody(request, maxBytes, { signal }), signal);
        unread = bytes === null;
        return bytes;
      },
    };
    receiver.handle(incoming).then(
      (answer) => {
        // Close rather than drain the rest of an oversized, slow or refused upload.
        if (unread && (answer.status === 413 || answer.status === 408 || answer.status === 429 || answer.status === 503)) res.setHeader("connection", "close");
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
