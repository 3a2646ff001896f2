import { isIvvyApiError, isIvvyNetworkError, isIvvyValidationError } from "../errors/type-guards.js";
import { isIvvyDeadlineError, isIvvySubmissionError } from "../errors/workflow-type-guards.js";
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

/** One clear line (with iVvy's specific code when there is one) and the exit code for any error. */
export function describeFailure(error: unknown): { line: string; exitCode: number } {
  if (error instanceof CliError) return { line: error.message, exitCode: error.exitCode };
  if (isIvvyDeadlineError(error)) return { line: error.message, exitCode: ExitCode.Deadline };
  if (isIvvyValidationError(error)) return { line: error.message, exitCode: ExitCode.InvalidInput };
  if (isIvvySubmissionError(error)) return { line: error.message, exitCode: isIvvyApiError(error.cause) ? ExitCode.ApiError : ExitCode.NetworkError };
  if (isIvvyApiError(error)) return { line: error.message, exitCode: ExitCode.ApiError };
  if (isIvvyNetworkError(error)) return { line: error.message, exitCode: ExitCode.NetworkError };
  if (error instanceof Error && error.name === "AbortError") return { line: "interrupted", exitCode: ExitCode.Interrupted };
  return { line: error instanceof Error ? error.message : String(error), exitCode: 1 };
}
