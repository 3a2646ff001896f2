// Reads a request body with a size limit, never buffering past it: from Node's
// IncomingMessage over a socket (no web stream built per call), from the web Request
// in-process. Both also stop at a deadline for the whole body and when the budget of
// bytes buffered across all requests in flight is spent (issue 10, item 7).
import type { IncomingMessage } from "node:http";

import { overloaded, readLimitedBody, timedOut, type BodyRead, type BodyReadLimits } from "./read-web-body.js";

export type { BodyRead, BodyReadLimits };

export function readIncomingBody(incoming: IncomingMessage, maxBytes: number, limits: BodyReadLimits = {}): Promise<BodyRead> {
  const declared = Number(incoming.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.resolve({ ok: false, reason: "too-large" });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = limits.timeoutMs === undefined ? undefined : setTimeout(() => finish(timedOut(limits.timeoutMs!)), limits.timeoutMs);
    const finish = (result: BodyRead) => {
      clearTimeout(timer);
      incoming.off("data", onData);
      incoming.off("end", onEnd);
      incoming.off("error", onError);
      incoming.off("aborted", onAborted);
      // Whatever is left unread is dropped with the connection by the socket edge (listen.ts).
      if (!result.ok) {
        incoming.pause();
        chunks.length = 0;
      }
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) return finish({ ok: false, reason: "too-large" });
      if (limits.budget && !limits.budget.take(chunk.length)) return finish(overloaded);
      chunks.push(chunk);
    };
    const onEnd = () => finish({ ok: true, bytes: chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size) });
    const onError = (error: Error) => finish({ ok: false, reason: "unreadable", message: error.message });
    const onAborted = () => finish({ ok: false, reason: "unreadable", message: "the client closed the connection before the body was complete" });
    incoming.on("data", onData);
    incoming.on("end", onEnd);
    incoming.on("error", onError);
    incoming.on("aborted", onAborted);
  });
}

/** The body of a web Request (in-process); its Content-Length was checked, but it can lie. */
export const readRequestBody = readLimitedBody;
