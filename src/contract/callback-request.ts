// The one shape of a callback delivery, as the emulator sends it and as `ivvy-batch trigger`
// and `check-receiver` send it: POST, the headers below, and the body as JSON.stringify
// writes `{ asyncId, results }` (no spaces, asyncId first). iVvy's docs ("Batch API",
// callbackUrl) say only that the results are POSTed to the URL; the content type is the
// contract's `BatchCallback` request body (application/json).
import type { BatchCallback } from "./types.js";

/** The User-Agent of callbacks sent by this package (the emulator, `trigger`, `check-receiver`). */
export const CALLBACK_USER_AGENT = "ivvy-batch-emulator";

/** The headers of a callback delivery, `content-length` included (the bytes of `body`). */
export function callbackHeaders(body: string | Uint8Array): Record<string, string> {
  const length = typeof body === "string" ? Buffer.byteLength(body) : body.byteLength;
  return { "content-type": "application/json", "user-agent": CALLBACK_USER_AGENT, "content-length": String(length) };
}

/** The body bytes of a callback delivery. */
export const serializeCallback = (callback: BatchCallback): string => JSON.stringify({ asyncId: callback.asyncId, results: callback.results });
