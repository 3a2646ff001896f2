import { readLimitedBody } from "../util/read-limited-body.js";

export { concatChunks } from "../util/read-limited-body.js";

/**
 * Reads a web `Request`'s body up to `maxBytes`, resolving null (and cancelling the
 * stream) as soon as it passes the limit, so an oversized body is never held whole.
 * A body that cannot be read rejects, as the stream did.
 */
export async function readRequestBody(request: Request, maxBytes: number): Promise<Uint8Array | null> {
  const read = await readLimitedBody(request, maxBytes);
  if (read.ok) return read.bytes;
  if (read.reason === "too-large") return null;
  throw new Error(read.message);
}
