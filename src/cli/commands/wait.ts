import { resolve } from "node:path";
import { type BatchClient, createBatchClient } from "../../client/create-batch-client.js";
import { SpecificCode } from "../../contract/specific-codes.js";
import { isIvvyApiError } from "../../errors/type-guards.js";
import { type BatchHandle, parseBatchHandle } from "../../workflow/model/batch-handle.js";
import { type ConnectionFlags, NO_CREDENTIALS, resolveConnection } from "../connection/connection.js";
import { checkWritable } from "../handles/check-writable.js";
import { resumeCommand } from "../handles/resume-command.js";
import { CliError, interruptOf } from "../io/cli-error.js";
import type { CliIo } from "../io/cli-io.js";
import { ExitCode } from "../io/exit-codes.js";
import { durationFlag } from "../io/parse-flags.js";
import { readJsonInput } from "../jobs/read-jobs.js";
import { collectToOutput, waitWithProgress } from "../report/collect-results.js";
import { type CommandReport, emitReport, refusedEarly } from "../report/command-report.js";
import { anythingFailed } from "../report/summarize-outcomes.js";
import { type AfterSubmission, failWhileWaiting, pickConnection } from "../report/wait-failure.js";

export interface WaitFlags extends ConnectionFlags {
  out?: string;
  deadline?: string;
  interval?: string;
  strict?: boolean;
  json?: boolean;
}

const usage = (message: string) => new CliError(message, ExitCode.Usage);

/** Reads and checks a handle file (or stdin); a bad one is exit 2, in one line. */
export async function readHandle(source: string, io: CliIo): Promise<BatchHandle> {
  const value = await readJsonInput(source, io.stdin, "handle file");
  try {
    return parseBatchHandle(value, "");
  } catch (error) {
    const why = (error as Error).message.replace(/^: not a batch handle: /, "");
    throw usage(`${source === "-" ? "the handle on stdin" : `handle file ${source}`} is not a batch handle: ${why}`);
  }
}

function clientFor(flags: ConnectionFlags, io: CliIo, command: string): BatchClient {
  const connection = resolveConnection(flags, io.env);
  if (connection.kind === "none") throw usage(`${command} needs the account the batch was submitted with: ${NO_CREDENTIALS}`);
  if (connection.note) io.stderr.write(`${connection.note}\n`);
  try {
    return createBatchClient(connection.options);
  } catch (error) {
    throw usage((error as Error).message);
  }
}

async function checkedOut(flags: { out?: string; json?: boolean }, io: CliIo): Promise<string | undefined> {
  if (flags.json && flags.out === undefined) throw usage("--json prints the summary on stdout: give --out for the results");
  if (flags.out === undefined) return undefined;
  const out = resolve(io.cwd ?? process.cwd(), flags.out);
  await checkWritable(out, "--out");
  return out;
}

/** `ivvy-batch wait <handle.json | ->`: resume a stored handle, wait, and collect its results. */
export async function waitCommand(source: string, flags: WaitFlags, io: CliIo): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  let prepared: { deadlineMs: number | undefined; intervalMs: number | undefined; handle: BatchHandle; out: string | undefined; client: BatchClient };
  try {
    const deadlineMs = durationFlag("deadline", flags.deadline, "s");
    const intervalMs = durationFlag("interval", flags.interval, "ms");
    if (intervalMs !== undefined && intervalMs <= 0) throw usage(`--interval must be more than 0, not '${flags.interval}'`);
    prepared = { deadlineMs, intervalMs, handle: await readHandle(source, io), out: await checkedOut(flags, io), client: clientFor(flags, io, "wait") };
  } catch (error) {
    return refusedEarly("wait", error, io, flags);
  }
  const { deadlineMs, intervalMs, handle, out, client } = prepared;

  const handlePath = source === "-" ? undefined : resolve(cwd, source);
  const report: CommandReport = { command: "wait", exitCode: ExitCode.Ok, jobs: handle.total, batches: handle.chunks.length, handle };
  if (handlePath) {
    report.handlePath = handlePath;
    report.resume = resumeCommand("wait", handlePath, { ...pickConnection(flags), ...(out ? { out } : {}) }, cwd);
  }
  let phase: AfterSubmission = "waiting";
  try {
    await waitWithProgress(client, handle, { intervalMs: intervalMs ?? 2_000, deadlineMs }, io);
    phase = "writing";
    report.summary = await collectToOutput(client, handle, { out }, io);
    if (out) report.out = out;
    report.exitCode = flags.strict && anythingFailed(report.summary) ? ExitCode.JobsFailed : ExitCode.Ok;
    if (handlePath) report.resume = resumeCommand("results", handlePath, { ...pickConnection(flags), ...(out ? { out } : {}) }, cwd);
  } catch (error) {
    failWhileWaiting(report, error, io, flags.deadline, phase);
    if (report.exitCode === ExitCode.OutputFailed && handlePath)
      report.resume = resumeCommand("results", handlePath, pickConnection(flags), cwd) + " --out <another file>";
    else if (phase === "writing" && interruptOf(io.signal) && handlePath)
      report.resume = resumeCommand("results", handlePath, { ...pickConnection(flags), ...(out ? { out } : {}) }, cwd);
  }
  emitReport(report, io, flags.json === true);
  return report.exitCode;
}

/** `ivvy-batch results <handle.json>`: the ordered outcomes of a complete batch, without waiting. */
export async function resultsFromHandleCommand(source: string, flags: Omit<WaitFlags, "deadline" | "interval">, io: CliIo): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  let prepared: { handle: BatchHandle; out: string | undefined; client: BatchClient };
  try {
    prepared = { handle: await readHandle(source, io), out: await checkedOut(flags, io), client: clientFor(flags, io, "results") };
  } catch (error) {
    return refusedEarly("results", error, io, flags);
  }
  const { handle, out, client } = prepared;
  const handlePath = source === "-" ? undefined : resolve(cwd, source);
  const report: CommandReport = { command: "results", exitCode: ExitCode.Ok, jobs: handle.total, batches: handle.chunks.length, handle };
  if (handlePath) report.handlePath = handlePath;
  try {
    report.summary = await collectToOutput(client, handle, { out }, io);
    if (out) report.out = out;
    report.exitCode = flags.strict && anythingFailed(report.summary) ? ExitCode.JobsFailed : ExitCode.Ok;
  } catch (error) {
    failWhileWaiting(report, error, io, undefined, "writing");
    report.goesOn = false;
    if (isIvvyApiError(error) && error.specificCode === SpecificCode.BatchNotCompleted) {
      report.error = `the batch is not complete yet [specific code ${SpecificCode.BatchNotCompleted}]`;
      report.goesOn = true;
      if (handlePath) report.resume = resumeCommand("wait", handlePath, { ...pickConnection(flags), ...(out ? { out } : {}) }, cwd);
    } else if (report.exitCode === ExitCode.OutputFailed && handlePath) {
      report.resume = resumeCommand("results", handlePath, pickConnection(flags), cwd) + " --out <another file>";
    } else if (interruptOf(io.signal) && handlePath) {
      report.goesOn = true;
      report.resume = resumeCommand("results", handlePath, { ...pickConnection(flags), ...(out ? { out } : {}) }, cwd);
    }
  }
  emitReport(report, io, flags.json === true);
  return report.exitCode;
}
