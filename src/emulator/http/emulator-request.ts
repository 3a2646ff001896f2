// A request and its answer as the emulator's core sees them, independent of any HTTP
// layer: the fetch edge builds one from a web `Request`, the socket edge from Node's
// `IncomingMessage`. Keeping the body behind `readBody` lets each edge stream it with the
// limit applied, and the socket edge never pays for a web `Request` it does not need.
import type { RequestHeaders } from "../../signing/verify-request.js";
import type { ByteLease } from "../../util/byte-budget.js";
import type { Clock } from "../../util/clock.js";
import type { BodyRead } from "../../util/read-node-body.js";
import type { AuthFailure } from "../options/request-log-entry.js";

export interface EmulatorRequest {
  method: string;
  /** Path and query exactly as received: what the client signed. */
  requestString: string;
  /** Lookup by name in any case, and iteration (for the IVVY-* headers that are signed). */
  headers: RequestHeaders;
  /** The body's length when it is known before reading (Content-Length, or 0 for none), else undefined (chunked). */
  declaredLength: number | undefined;
  /** Reads the whole body, or stops as soon as it passes `maxBytes`, its deadline or its budget. Called at most once. */
  readBody(maxBytes: number, options: BodyReadOptions): Promise<BodyRead>;
}

export interface BodyReadOptions {
  /** Every chunk read is taken from it; the caller releases it when done with the body. */
  budget?: Pick<ByteLease, "take">;
  /** The whole body must arrive within `ms` of `clock` (the emulator's): past it, the read ends with a timeout. */
  timeout?: { clock: Clock; ms: number };
}

export interface EmulatorAnswer {
  status: number;
  headers: Record<string, string>;
  /** Sent as JSON text: a response of the contract, or an iVvy error envelope. */
  body: object;
  /** For the request log only, never sent: why a signature was refused. */
  authFailure?: AuthFailure;
  /** For the dashboard only: the body as read (when it was), and the key that signed it. */
  requestBody?: Uint8Array;
  apiKey?: string;
}
