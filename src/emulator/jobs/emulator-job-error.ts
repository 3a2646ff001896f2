import { envelope } from "../../contract/error-envelope.js";
import type { ErrorEnvelope } from "../../contract/types.js";

/**
 * Thrown by a job handler to fail that one job with an iVvy error envelope; the batch goes
 * on and the envelope becomes the job's `response`. (Returning an envelope does the same.)
 */
export class EmulatorJobError extends Error {
  override readonly name = "EmulatorJobError" as const;
  readonly envelope: ErrorEnvelope;

  constructor(init: { message: string; errorCode?: number; specificCode?: number; additionalMessages?: string[]; cause?: unknown }) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.envelope = envelope(init.errorCode ?? 400, init.message, init.specificCode ?? 0, init.additionalMessages);
  }
}

export const isEmulatorJobError = (value: unknown): value is EmulatorJobError =>
  value instanceof Error && value.name === "EmulatorJobError" && "envelope" in value;
