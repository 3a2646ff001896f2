import { IvvyError } from "./ivvy-error.js";

/** No response arrived: the connection failed or was cut. */
export class IvvyNetworkError extends IvvyError {
  override readonly name: "IvvyNetworkError" | "IvvyTimeoutError" = "IvvyNetworkError";
  readonly url: string;
  /**
   * True when the request may have reached the server before the failure, so a
   * state-changing call (run, restart, repost) may or may not have taken effect.
   */
  readonly mayHaveReachedServer: boolean;

  constructor(init: { action: string; url: string; cause: unknown; message?: string; mayHaveReachedServer?: boolean }) {
    const why = init.cause instanceof Error ? init.cause.message : String(init.cause);
    super(init.message ?? `iVvy ${init.action} failed: no response from POST ${init.url} (${why})`, {
      action: init.action,
      cause: init.cause,
    });
    this.url = init.url;
    this.mayHaveReachedServer = init.mayHaveReachedServer ?? true;
  }
}
