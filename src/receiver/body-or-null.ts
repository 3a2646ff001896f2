import type { BodyRead } from "../util/read-web-body.js";

/**
 * What a util reader found, as `IncomingCallback.readBody` promises it: the bytes, null
 * past the limit, and a rejection when the body could not be read (with the signal's own
 * reason when the receiver stopped the read).
 */
export function bodyOrNull(read: BodyRead, signal?: AbortSignal): Uint8Array | null {
  if (read.ok) return read.bytes;
  if (read.reason === "too-large") return null;
  if (read.reason === "aborted" && signal?.aborted) throw signal.reason;
  throw new Error(read.message);
}
