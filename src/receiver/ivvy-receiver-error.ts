import { IvvyError } from "../errors/ivvy-error.js";

export type ReceiverErrorCode =
  /** bind() got a token this receiver's token store does not hold (never issued, or expired). */
  | "unknown_token"
  /** bind() got a token already bound, or bound on first use, to a different asyncId. */
  | "token_conflict"
  /** bind() got something that is not an asyncId. */
  | "invalid_async_id";

/** A receiver call (not an HTTP request: those are answered, never thrown) was misused. */
export class IvvyReceiverError extends IvvyError {
  override readonly name = "IvvyReceiverError" as const;
  readonly code: ReceiverErrorCode;

  constructor(code: ReceiverErrorCode, message: string) {
    super(message, { action: "bind" });
    this.code = code;
  }
}

export const isIvvyReceiverError = (error: unknown): error is IvvyReceiverError =>
  error instanceof IvvyReceiverError || (typeof error === "object" && error !== null && (error as { name?: unknown }).name === "IvvyReceiverError");
