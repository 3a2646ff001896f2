import { IvvyNetworkError } from "./ivvy-network-error.js";

/** No response arrived within the client's timeout. */
export class IvvyTimeoutError extends IvvyNetworkError {
  override readonly name = "IvvyTimeoutError" as const;
  readonly timeoutMs: number;

  constructor(init: { action: string; url: string; timeoutMs: number; cause?: unknown }) {
    super({
      action: init.action,
      url: init.url,
      cause: init.cause,
      message: `iVvy ${init.action} timed out after ${init.timeoutMs} ms (POST ${init.url}); raise the client's timeoutMs if the network is slow`,
    });
    this.timeoutMs = init.timeoutMs;
  }
}
