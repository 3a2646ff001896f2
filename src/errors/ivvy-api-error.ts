import { SpecificCode } from "../contract/specific-codes.js";
import type { ErrorEnvelope } from "../contract/types.js";
import { IvvyError } from "./ivvy-error.js";

const hints: Partial<Record<number, string>> = {
  [SpecificCode.RequestStale]: "the local clock is more than 5 minutes from iVvy's: check this machine's clock (client.ping() measures the skew)",
  [SpecificCode.BatchNotCompleted]: "the batch is still running: wait for progress 100 first",
  [SpecificCode.BatchNotFound]: "no such batch: check the asyncId, and note that batches expire two days after they are created",
  [SpecificCode.ResultsNotFound]: "no such batch: check the asyncId, and note that results expire two days after the batch is created",
};

/** iVvy answered with an error envelope (any non-2xx response). */
export class IvvyApiError extends IvvyError {
  override readonly name = "IvvyApiError" as const;
  /** HTTP status of the response. */
  readonly status: number;
  readonly errorCode: number;
  /** iVvy's specific code (see `SpecificCode`); 0 where none is documented. */
  readonly specificCode: number;
  readonly additionalMessages: string[];
  readonly url: string;
  /** The envelope as received (or as reconstructed when the body was not one). */
  readonly envelope: ErrorEnvelope;
  /** Seconds from a `Retry-After` header, when the server sent one. */
  readonly retryAfterSeconds: number | undefined;

  constructor(init: { action: string; url: string; status: number; envelope: ErrorEnvelope; retryAfterSeconds?: number }) {
    const { envelope } = init;
    const extra = envelope.additionalMessages?.length ? ` (${envelope.additionalMessages.join("; ")})` : "";
    const hint = hints[envelope.specificCode];
    super(
      `iVvy ${init.action} failed with ${init.status} ${envelope.message} [specific code ${envelope.specificCode}]${extra}` +
        (hint ? `: ${hint}` : "") +
        ` (POST ${init.url})`,
      { action: init.action },
    );
    this.status = init.status;
    this.errorCode = envelope.errorCode;
    this.specificCode = envelope.specificCode;
    this.additionalMessages = envelope.additionalMessages ?? [];
    this.url = init.url;
    this.envelope = envelope;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}
