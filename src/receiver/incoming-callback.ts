/**
 * A callback request as the receiver's core sees it, independent of any framework:
 * the `fetch` handler and the Node adapter each build one. Keeping the body behind
 * `readBody` lets each adapter stream it with the limit applied, without the Node
 * adapter paying for a web `Request` it does not need.
 */
export interface IncomingCallback {
  method: string;
  /** The request URL, absolute or path-and-query; only its query string is read. */
  url: string;
  contentType: string | null;
  contentLength: string | null;
  /**
   * Reads the whole body, or stops and resolves null as soon as it passes `maxBytes`
   * (nothing past the limit is buffered). When `signal` aborts (the body read timeout),
   * stops reading, lets go of what was read, and rejects with its reason.
   */
  readBody(maxBytes: number, signal?: AbortSignal): Promise<Uint8Array | null>;
}

/** What the core answers; adapters write it out. */
export interface ReceiverAnswer {
  status: number;
  headers: Record<string, string>;
  /** A JSON text, or null for no body. */
  body: string | null;
}
