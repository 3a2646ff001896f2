import { isIvvyApiError, isIvvyNetworkError, isIvvyResponseError, isIvvyTimeoutError, isIvvyValidationError } from "../../errors/type-guards.js";
import { isIvvyDeadlineError, isIvvySubmissionError } from "../../workflow/errors/type-guards.js";
import { ExitCode } from "./exit-codes.js";

/** A failure the CLI reports in one line with a chosen exit code. */
export class CliError extends Error {
  override readonly name = "CliError" as const;
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** The abort reason when a signal stops the CLI; named AbortError, as aborts are. */
export class CliInterrupt extends Error {
  override readonly name = "AbortError" as const;
  constructor(readonly signalName: "SIGINT" | "SIGTERM") {
    super(signalName === "SIGINT" ? "interrupted (SIGINT)" : "terminated (SIGTERM)");
  }
  get exitCode(): number {
    return this.signalName === "SIGTERM" ? ExitCode.Terminated : ExitCode.Interrupted;
  }
}

/** The exit code a signal-stopped command ends with, when `signal` was aborted by one. */
export function interruptOf(signal: AbortSignal): CliInterrupt | undefined {
  if (!signal.aborted) return undefined;
  return signal.reason instanceof CliInterrupt ? signal.reason : new CliInterrupt("SIGINT");
}

/** One clear line (with iVvy's specific code when there is one) and the exit code for any error. */
export function describeFailure(error: unknown): { line: string; exitCode: number } {
  if (error instanceof CliError) return { line: error.message, exitCode: error.exitCode };
  if (error instanceof CliInterrupt) return { line: error.message, exitCode: error.exitCode };
  if (isIvvyDeadlineError(error)) return { line: "the deadline passed before the batch completed; it goes on", exitCode: ExitCode.Deadline };
  // The client checks a run's jobs before sending; the CLI checks them all first, so this is a bug if it happens.
  // IvvyValidationError's own message already ends "nothing was sent".
  if (isIvvyValidationError(error))
    return { line: /nothing was sent$/.test(error.message) ? error.message : `${error.message}; nothing was sent`, exitCode: ExitCode.Usage };
  if (isIvvySubmissionError(error)) return { line: error.message, exitCode: isIvvyApiError(error.cause) ? ExitCode.ApiError : ExitCode.NetworkError };
  if (isIvvyApiError(error)) return { line: error.message, exitCode: ExitCode.ApiError };
  // An answer the contract does not allow (or a redirect, or one too large) is still an answer.
  if (isIvvyResponseError(error)) return { line: error.message, exitCode: ExitCode.ApiError };
  if (isIvvyNetworkError(error) || isIvvyTimeoutError(error)) return { line: error.message, exitCode: ExitCode.NetworkError };
  if (error instanceof Error && error.name === "AbortError") return { line: "interrupted", exitCode: ExitCode.Interrupted };
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { line: `internal error (please report it): ${message}`, exitCode: ExitCode.Internal };
}
