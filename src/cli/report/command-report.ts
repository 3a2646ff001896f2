import type { BatchHandle } from "../../workflow/model/batch-handle.js";
import { displayPath } from "../handles/resume-command.js";
import { describeFailure } from "../io/cli-error.js";
import type { CliIo } from "../io/cli-io.js";
import { ExitCode } from "../io/exit-codes.js";
import { formatSummary, type OutcomeSummary } from "./summarize-outcomes.js";

/** What a run, wait or results command did, for the last lines on stderr and the --json summary on stdout. */
export interface CommandReport {
  command: "run" | "wait" | "results";
  exitCode: number;
  /** The failure, in one line (more lines for a list of bad jobs). */
  error?: string;
  /** Jobs and batches submitted or waited for. */
  jobs?: number;
  batches?: number;
  summary?: OutcomeSummary;
  /** The handle of what was submitted, once anything was. */
  handle?: BatchHandle;
  /** The file the handle is saved in. */
  handlePath?: string;
  /** Why the handle could not be saved, when it could not. */
  handleError?: string;
  /** The exact command that picks the batch up again. */
  resume?: string;
  /** Where the results (or, without --wait, the handle) were written. */
  out?: string;
  /** True when the batch is still running at iVvy (deadline, signal, failure while waiting). */
  goesOn?: boolean;
  /** The batch lives in an emulator that stopped with this process: there is nothing to resume. */
  embedded?: boolean;
}

/**
 * Prints the end of a command: the error once, the summary, where things are, and when
 * anything was submitted, the handle and the command that resumes it. With --json the
 * same facts go to stdout as one JSON object.
 */
export function emitReport(report: CommandReport, io: CliIo, json: boolean): void {
  const cwd = io.cwd ?? process.cwd();
  const lines: string[] = [];
  if (report.error) lines.push(`ivvy-batch: ${report.error}`);
  if (report.summary) lines.push(formatSummary(report.summary));
  if (report.out && report.exitCode !== ExitCode.OutputFailed && (report.summary || report.command === "run")) {
    lines.push(`${report.summary ? "Results" : "Handle"} written to ${displayPath(report.out, cwd)}`);
  }
  const failed = report.exitCode !== ExitCode.Ok && report.exitCode !== ExitCode.JobsFailed;
  // Also with no batch submitted, when a resume command exists: batches may be stored, or
  // the handle file lists what is left to send.
  if (report.handle && (report.handle.chunks.length > 0 || (report.resume && !report.embedded))) {
    if (report.embedded) {
      if (report.handlePath) lines.push(`Batch handle: ${displayPath(report.handlePath, cwd)}`);
      if (failed) lines.push("The batch ran in the embedded emulator, which stopped with this run: there is nothing to resume.");
    } else {
      if (report.goesOn) lines.push("The batch goes on at iVvy; nothing was cancelled.");
      if (report.handlePath) lines.push(`Batch handle: ${displayPath(report.handlePath, cwd)}`);
      else if (report.handleError) lines.push(`The batch handle could not be saved (${report.handleError}).`);
      if (report.resume) lines.push(`${failed ? "Resume" : "Later"} with: ${report.resume}`);
      // The last resort: the handle itself, where the user is already looking.
      if (failed || !report.handlePath) lines.push(`Handle: ${JSON.stringify(report.handle)}`);
    }
  }
  if (lines.length) io.stderr.write(lines.join("\n") + "\n");
  if (json) {
    const summary = report.summary;
    const body = {
      command: report.command,
      ok: report.exitCode === ExitCode.Ok,
      exitCode: report.exitCode,
      ...(report.error !== undefined ? { error: report.error } : {}),
      jobs: report.jobs ?? null,
      batches: report.batches ?? null,
      succeeded: summary?.succeeded ?? null,
      partlyFailed: summary?.partlyFailed ?? null,
      failed: summary?.failed ?? null,
      failures: summary?.failures ?? [],
      reportedFailures: summary?.reportedFailures ?? [],
      handle: report.handlePath ?? null,
      resume: report.resume ?? null,
      out: report.out ?? null,
      goesOn: report.goesOn ?? false,
    };
    io.stdout.write(JSON.stringify(body) + "\n");
  }
}

/**
 * A refusal before anything was sent: one line on stderr (from runCli), or with --json
 * also the summary on stdout, so a script reads every outcome the same way.
 */
export function refusedEarly(command: CommandReport["command"], error: unknown, io: CliIo, flags: { json?: boolean }): number {
  if (!flags.json) throw error;
  const { line, exitCode } = describeFailure(error);
  emitReport({ command, exitCode, error: line }, io, true);
  return exitCode;
}
