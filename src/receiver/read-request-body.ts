import { concatChunks } from "../util/read-web-body.js";

export { concatChunks };

/**
 * Reads a web `Request`'s body up to `maxBytes`, resolving null (and cancelling the
 * stream) as soon as it passes the limit, so an oversized body is never held whole.
 * A body that cannot be read rejects, as the stream did; so does an aborted `signal`
 * (the receiver's body read timeout), after cancelling the stream.
 */
export async function readRequestBody(request: Request, maxBytes: number, signal?: AbortSignal): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array(0);
  signal?.throwIfAborted();
  const reader = request.body.getReader();
  // A pending read() settles when the stream is cancelled, so the loop below ends.
  const onAbort = () => void reader.cancel(signal?.reason).catch(() => undefined);
  signal?.addEventListener("abort", onAbort, { once: true });
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      signal?.throwIfAborted();
      if (done) return concatChunks(chunks, total);
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return null;
      }
      chunks.push(value);
    }
  } finally {
    signal?.removeEventListener("abort", onAbort);
  }
}
