import { IvvyError } from "./ivvy-error.js";

/** Input that the server would reject, caught locally: no request was made. */
export class IvvyValidationError extends IvvyError {
  override readonly name = "IvvyValidationError" as const;
  /** The specific code the server would have answered with. */
  readonly specificCode: number;
  readonly additionalMessages: string[];
  /** The job at fault, by its position in the jobs given, when one job is. */
  readonly jobIndex?: number;
  /** The parameter at fault, when one is. */
  readonly parameter?: string;

  constructor(init: { action: string; specificCode: number; message: string; additionalMessages?: string[]; jobIndex?: number; parameter?: string }) {
    const extra = init.additionalMessages?.length ? ` (${init.additionalMessages.join("; ")})` : "";
    super(`iVvy ${init.action}: ${init.message} [specific code ${init.specificCode}]${extra}; nothing was sent`, {
      action: init.action,
    });
    this.specificCode = init.specificCode;
    this.additionalMessages = init.additionalMessages ?? [];
    if (init.jobIndex !== undefined) this.jobIndex = init.jobIndex;
    if (init.parameter !== undefined) this.parameter = init.parameter;
  }
}
