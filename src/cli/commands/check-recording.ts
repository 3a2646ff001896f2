import { checkRecording } from "../../recording-check/check-recording.js";
import { formatRecordingReport } from "../../recording-check/format-report.js";
import { CliError } from "../io/cli-error.js";
import type { CliIo } from "../io/cli-io.js";
import { ExitCode } from "../io/exit-codes.js";

export interface CheckRecordingFlags {
  json?: boolean;
}

/** `ivvy-batch check-recording <file.har>`: 0 when the recording matches the contract and the catalog, 1 when something differs. */
export async function checkRecordingCommand(file: string, flags: CheckRecordingFlags, io: CliIo): Promise<number> {
  let report: Awaited<ReturnType<typeof checkRecording>>;
  try {
    report = await checkRecording({ recording: file });
  } catch (error) {
    throw new CliError((error as Error).message, ExitCode.Usage);
  }
  io.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatRecordingReport(report)}\n`);
  // A difference is the check's answer, not a failure to run: exit 1, as --strict's failed jobs.
  return report.ok ? ExitCode.Ok : ExitCode.JobsFailed;
}
