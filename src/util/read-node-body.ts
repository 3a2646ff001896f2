// The one reader of a Node request body (node:http's IncomingMessage), shared by the
// emulator's socket edge and the callback receiver's Node adapter: a size limit, never
// buffering past it, with no web stream built per call. It also stops at a deadline for
// the whole body (on the injected clock), when a signal aborts, and when the budget of
// bytes buffered across all requests in flight is spent (util/byte-budget.ts).
import type { IncomingMessage } from "node:http";

import { aborted, type BodyRead, type BodyReadLimits, overloaded, watchBodyRead } from "./read-web-body.js";

export type { BodyRead, BodyReadLimits };

/**
 * Reads `incoming` up to `maxBytes` (a declared Content-Length past it is refused before
 * reading). On any failure the stream is paused and what was read let go; whatever is
 * left unread is for the socket edge to drop with the connection.
 */
export function readNodeBody(incoming: IncomingMessage, maxBytes: number, limits: BodyReadLimits = {}): Promise<BodyRead> {
  const declared = Number(incoming.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.resolve({ ok: false, reason: "too-large" });
  if (limits.signal?.aborted) return Promise.resolve(aborted(limits.signal));
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    // Events rather than `for await`: leaving an async iterator early destroys the socket,
    // and the answer (a 413, a 408) could then never be written.
    const finish = (result: BodyRead) => {
      if (settled) return;
      settled = true;
      unwatch();
      incoming.off("data", onData);
      incoming.off("end", onEnd);
      incoming.off("error", onError);
      incoming.off("aborted", onAborted);
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
    const unwatch = watchBodyRead(limits, finish);
    incoming.on("data", onData);
    incoming.on("end", onEnd);
    incoming.on("error", onError);
    incoming.on("aborted", onAborted);
  });
}
