// What the emulator says about each request it answered: the `onRequest` hook's entry,
// and the reason behind a refused signature, which the answer itself never gives.
import type { OperationId } from "../../contract/types.js";

/** A direct call's action as the request log names it: `namespace.action` (`"event.getEventList"`). */
export type DirectCallOperation = `${string}.${string}`;

/** One line of the request log (see `onRequest`). */
export interface RequestLogEntry {
  method: string;
  /** Path and query as received. */
  path: string;
  status: number;
  /**
   * The operation of openapi.yaml (`"run"`, `"ping"`, …) or, for a direct call, its action as
   * `namespace.action` (`"event.getEventList"`); undefined for a URL that is neither (a 404).
   */
  operation: OperationId | DirectCallOperation | undefined;
  /** The envelope's specific code on an error response. */
  specificCode: number | undefined;
  durationMs: number;
  /**
   * On a 401 for the signature: the precise reason (the answer itself says only "unknown
   * key or wrong signature", so keys cannot be enumerated) and the string to sign the
   * emulator computed from the request, to compare with the client's. Else undefined.
   */
  authFailure: AuthFailure | undefined;
}

export interface AuthFailure {
  reason: string;
  /** Lowercased, as it is signed; undefined when the headers were too incomplete to build it. */
  stringToSign: string | undefined;
}
