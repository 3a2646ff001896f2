// Reads a request body with a size limit, never buffering past it: from Node's
// IncomingMessage over a socket (no web stream built per call), from the web Request
// in-process.
import type { IncomingMessage } from "node:http";

import { readLimitedBody, type BodyRead } from "../util/read-limited-body.js";

export type { BodyRead };

export function readIncomingBody(incoming: IncomingMessage, maxBytes: number): Promise<BodyRead> {
  const declared = Number(incoming.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.resolve({ ok: false, reason: "too-large" });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyRead) => {
      incoming.off("data", onData);
      incoming.off("end", onEnd);
      incoming.off("error", onError);
      incoming.off("aborted", onAborted);
      // Whatever is left unread is dropped with the connection by the socket edge (listen.ts).
      if (!result.ok) incoming.pause();
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) return finish({ ok: false, reason: "too-large" });
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
