import type { IvvyDeadlineError } from "../../workflow/errors/ivvy-deadline-error.js";
import { isIvvyDeadlineError } from "../../workflow/errors/type-guards.js";
import type { ConnectionFlags } from "../connection/connection.js";
import { describeFailure, interruptOf } from "../io/cli-error.js";
import type { CliIo } from "../io/cli-io.js";
import { ExitCode } from "../io/exit-codes.js";
import type { CommandReport } from "./command-report.js";

/** The deadline message, said once: when, how far the batch got, how long its results are kept. */
export function describeDeadline(error: IvvyDeadlineError, flag: string | undefined): string {
  const progress = error.lastProgress;
  const state = progress
    ? `with the batch at ${progress.percent}% (${progress.chunks.filter((c) => c.done).length} of ${progress.chunks.length} batches complete)`
    : "before any progress was read";
  return `--deadline ${flag ?? ""} passed ${state}; its results are kept until ${error.handle.expiresAt}`.replace("  ", " ");
}

/** What the command was doing after submission: waiting for the batch, or writing its results. */
export type AfterSubmission = "waiting" | "writing";

/**
 * Fills the report for a failure after submission: deadline, signal, API or network error,
 * output. A signal while writing leaves no partial file (json-output.ts removes it) and says so.
 */
export function failWhileWaiting(report: CommandReport, error: unknown, io: CliIo, deadlineFlag: string | undefined, phase: AfterSubmission = "waiting"): void {
  const interrupt = interruptOf(io.signal);
  if (interrupt) {
    report.exitCode = interrupt.exitCode;
    report.error =
      phase === "writing"
        ? `${interrupt.message} while writing the results; nothing was left half-written, and the batch is complete`
        : `${interrupt.message} while waiting`;
    report.goesOn = true;
    return;
  }
  if (isIvvyDeadlineError(error)) {
    report.exitCode = ExitCode.Deadline;
    report.error = describeDeadline(error, deadlineFlag);
    report.goesOn = true;
    return;
  }
  const { line, exitCode } = describeFailure(error);
  report.exitCode = exitCode;
  report.error = line;
  report.goesOn = exitCode !== ExitCode.OutputFailed;
}

export const pickConnection = (flags: ConnectionFlags): ConnectionFlags => ({
  ...(flags.region !== undefined ? { region: flags.region } : {}),
  ...(flags.baseUrl !== undefined ? { baseUrl: flags.baseUrl } : {}),
  ...(flags.key !== undefined ? { key: flags.key } : {}),
});
