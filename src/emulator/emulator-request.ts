// A request and its answer as the emulator's core sees them, independent of any HTTP
// layer: the fetch edge builds one from a web `Request`, the socket edge from Node's
// `IncomingMessage`. Keeping the body behind `readBody` lets each edge stream it with the
// limit applied, and the socket edge never pays for a web `Request` it does not need.
import type { RequestHeaders } from "../signing/verify-request.js";
import type { BodyRead } from "./read-body.js";

export interface EmulatorRequest {
  method: string;
  /** Path and query exactly as received: what the client signed. */
  requestString: string;
  /** Lookup by name in any case, and iteration (for the IVVY-* headers that are signed). */
  headers: RequestHeaders;
  /** Reads the whole body, or stops as soon as it passes `maxBytes`. Called at most once. */
  readBody(maxBytes: number): Promise<BodyRead>;
}

export interface EmulatorAnswer {
  status: number;
  headers: Record<string, string>;
  /** Sent as JSON text: a response of the contract, or an iVvy error envelope. */
  body: object;
}
