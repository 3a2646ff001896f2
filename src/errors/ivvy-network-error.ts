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
    const never = init.mayHaveReachedServer === false ? "; the connection was never made, so nothing reached the server" : "";
    super(init.message ?? `iVvy ${init.action} failed: no response from POST ${init.url} (${causeChain(init.cause)})${never}`, {
      action: init.action,
      cause: init.cause,
    });
    this.url = init.url;
    this.mayHaveReachedServer = init.mayHaveReachedServer ?? true;
  }
}

/** "fetch failed: connect ECONNREFUSED 127.0.0.1:80": fetch's own message says nothing alone. */
function causeChain(cause: unknown): string {
  const parts: string[] = [];
  for (let current = cause, depth = 0; current !== undefined && depth < 4; depth++) {
    const message = current instanceof Error ? current.message : String(current);
    if (message && !parts.includes(message)) parts.push(message);
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.join(": ");
}
