import { resolve } from "node:path";
import { type BatchClient, createBatchClient } from "../../client/create-batch-client.js";
import type { Job } from "../../contract/types.js";
import { systemClock } from "../../util/clock.js";
import { isIvvySubmissionError } from "../../workflow/errors/type-guards.js";
import type { BatchHandle } from "../../workflow/model/batch-handle.js";
import { submitAll } from "../../workflow/submit/submit-all.js";
import { type ConnectionFlags, resolveRunTarget } from "../connection/connection.js";
import { type EmbeddedService, startEmbeddedService } from "../connection/embedded-service.js";
import { withRecording } from "../connection/record-flag.js";
import { checkWritable } from "../handles/check-writable.js";
import { createHandleSaver, displayPath } from "../handles/handle-file.js";
import { resumeCommand } from "../handles/resume-command.js";
import { CliError, describeFailure, interruptOf } from "../io/cli-error.js";
import type { CliIo } from "../io/cli-io.js";
import { ExitCode } from "../io/exit-codes.js";
import { durationFlag, integerFlag, nonNegativeNumberFlag, urlFlag } from "../io/parse-flags.js";
import { checkCatalogParams } from "../jobs/check-catalog-params.js";
import { readJobs } from "../jobs/read-jobs.js";
import { collectToOutput, waitWithProgress, warn } from "../report/collect-results.js";
import { type CommandReport, emitReport, refusedEarly } from "../report/command-report.js";
import { describeSubmissionFailure } from "../report/describe-submission-failure.js";
import { writeJson } from "../report/json-output.js";
import { plural } from "../report/summarize-outcomes.js";
import { failWhileWaiting, pickConnection } from "../report/wait-failure.js";

export interface RunFlags extends ConnectionFlags {
  wait?: boolean;
  out?: string;
  handleOut?: string;
  callbackUrl?: string;
  chunkSize?: string;
  concurrency?: string;
  deadline?: string;
  interval?: string;
  strict?: boolean;
  json?: boolean;
  emulator?: boolean;
  jobDelayMs?: string;
  fixtures?: string;
  /** false with --no-validate-params. */
  validateParams?: boolean;
}

const usage = (message: string) => new CliError(message, ExitCode.Usage);

/** Everything `run` needs, checked before the first request. */
interface RunPlan {
  jobs: Job[];
  chunkSize: number;
  concurrency: number;
  callbackUrl: string | undefined;
  deadlineMs: number | undefined;
  intervalMs: number | undefined;
  wait: boolean;
  out: string | undefined;
  handleOut: string | undefined;
  target: ReturnType<typeof resolveRunTarget>;
  jobDelayMs: number;
}

/**
 * Checks every flag, the whole jobs file and the output paths. Any problem is exit 2
 * with nothing sent: a typo found after submitting would invite everyone twice.
 */
async function planRun(source: string, flags: RunFlags, io: CliIo): Promise<RunPlan> {
  const chunkSize = integerFlag("chunk-size", flags.chunkSize, 200, { min: 1, max: 200, why: "iVvy takes at most 200 jobs per batch" });
  const concurrency = integerFlag("concurrency", flags.concurrency, 4, { min: 1 });
  const callbackUrl = urlFlag("callback-url", flags.callbackUrl);
  const deadlineMs = durationFlag("deadline", flags.deadline, "s");
  const intervalMs = durationFlag("interval", flags.interval, "ms");
  if (intervalMs !== undefined && intervalMs <= 0) throw usage(`--interval must be more than 0, not '${flags.interval}'`);
  const target = resolveRunTarget(flags, io.env);
  const wait = flags.wait === true || target.kind === "embedded";
  if (!wait) {
    for (const [flag, value] of [
      ["--deadline", flags.deadline],
      ["--interval", flags.interval],
      ["--strict", flags.strict],
    ] as const) {
      if (value !== undefined) throw usage(`${flag} applies only with --wait`);
    }
  }
  if (target.kind !== "embedded") {
    for (const [flag, value] of [
      ["--job-delay-ms", flags.jobDelayMs],
      ["--fixtures", flags.fixtures],
    ] as const) {
      if (value !== undefined) throw usage(`${flag} applies only with --emulator`);
    }
  }
  const jobDelayMs = nonNegativeNumberFlag("job-delay-ms", flags.jobDelayMs) ?? 10;
  if (flags.json && flags.out === undefined && wait) throw usage("--json prints the summary on stdout: give --out for the results");
  const cwd = io.cwd ?? process.cwd();
  const out = flags.out === undefined ? undefined : resolve(cwd, flags.out);
  const handleOut = flags.handleOut === undefined ? undefined : resolve(cwd, flags.handleOut);
  if (out !== undefined && out === handleOut) throw usage("--out and --handle-out name the same file");

  const jobs = await readJobs(source, io.stdin);
  if (flags.validateParams !== false) await checkCatalogParams(jobs, source === "-" ? "the jobs on stdin" : `jobs file ${source}`);
  if (out !== undefined) await checkWritable(out, "--out");
  if (handleOut !== undefined) await checkWritable(handleOut, "--handle-out");
  // Without --handle-out the handle goes to the working directory (its name is known only
  // once the first batch has an asyncId): check now that a file can be made there.
  else if (target.kind === "remote")
    await checkWritable(resolve(cwd, "ivvy-batch-handle.json"), "the batch handle (it goes to the working directory unless --handle-out names a file):");
  return { jobs, chunkSize, concurrency, callbackUrl, deadlineMs, intervalMs, wait, out, handleOut, target, jobDelayMs };
}

/** `ivvy-batch run <jobs.json | ->`: submit (split past 200), and with --wait wait and collect. */
export async function runCommand(source: string, flags: RunFlags, io: CliIo): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  let plan: RunPlan;
  try {
    plan = await planRun(source, flags, io);
  } catch (error) {
    return refusedEarly("run", error, io, flags);
  }
  const embedded = plan.target.kind === "embedded";
  let service: EmbeddedService | undefined;
  let client: BatchClient;
  try {
    if (plan.target.kind === "embedded") {
      service = await startEmbeddedService({ jobDelayMs: plan.jobDelayMs, ...(flags.fixtures !== undefined ? { fixtures: flags.fixtures } : {}) });
      const ignored = plan.target.ignoredEnv.length ? ` (${plan.target.ignoredEnv.join(", ")} ignored)` : "";
      io.stderr.write(
        `--emulator: running against an embedded emulator at ${service.clientOptions.baseUrl}, with callbacks to a local receiver; nothing reaches iVvy${ignored}.\n`,
      );
      client = createBatchClient(withRecording(service.clientOptions, flags));
    } else {
      const { connection } = plan.target;
      if (connection.note) io.stderr.write(`${connection.note}\n`);
      client = createBatchClient(connection.options);
    }
  } catch (error) {
    await service?.close();
    return refusedEarly("run", error instanceof CliError ? error : usage((error as Error).message), io, flags);
  }

  const report: CommandReport = { command: "run", exitCode: ExitCode.Ok, jobs: plan.jobs.length, embedded };
  let createdAt: number | undefined;
  const saver = createHandleSaver({
    path: plan.handleOut,
    cwd,
    createdAt: () => createdAt ?? Date.now(),
    onFirstSave: (path) => io.stderr.write(`Batch handle saved to ${displayPath(path, cwd)} (rewritten as batches are submitted)\n`),
  });
  // Embedded: the batch dies with this process, so a handle file is written only when asked for.
  const keepsFile = !embedded || plan.handleOut !== undefined;
  const noteHandle = async (handle: BatchHandle) => {
    report.handle = handle;
    if (keepsFile) {
      await saver.save(handle);
      await saver.flush();
      if (saver.path) report.handlePath = saver.path;
      if (saver.error) report.handleError = saver.error.message;
    }
    if (report.handlePath && !embedded) {
      report.resume = resumeCommand(
        "wait",
        report.handlePath,
        { ...pickConnection(flags), ...(plan.out !== undefined && plan.wait ? { out: plan.out } : {}) },
        cwd,
      );
    }
  };

  try {
    const chunks = Math.ceil(plan.jobs.length / plan.chunkSize);
    report.batches = chunks;
    io.stderr.write(`Submitting ${plural(plan.jobs.length, "job")} as ${plural(chunks, "batch", "batches")} to ${client.baseUrl} ...\n`);
    let handle: BatchHandle;
    try {
      handle = await submitAll(client, plan.jobs, {
        chunkSize: plan.chunkSize,
        concurrency: plan.concurrency,
        signal: io.signal,
        onWarning: warn(io),
        ...(plan.callbackUrl !== undefined ? { callbackUrl: plan.callbackUrl } : service ? { callbacks: service.receiver } : {}),
        clock: {
          now: () => {
            const now = systemClock.now();
            createdAt ??= now;
            return now;
          },
          setTimeout: systemClock.setTimeout,
        },
        ...(keepsFile ? { onChunkSubmitted: (chunk) => saver.add(chunk) } : {}),
      });
    } catch (error) {
      if (isIvvySubmissionError(error)) {
        if (error.handle.chunks.length > 0) await noteHandle(error.handle);
        report.batches = error.handle.chunks.length;
        const interrupt = interruptOf(io.signal);
        report.exitCode = interrupt?.exitCode ?? describeFailure(error).exitCode;
        report.error = (interrupt ? `${interrupt.message} while submitting: ` : "") + describeSubmissionFailure(error, plan.jobs.length);
        report.goesOn = error.handle.chunks.length > 0;
        return finish(report, io, flags);
      }
      throw error;
    }
    await noteHandle(handle);

    if (!plan.wait) {
      // stdout carries one thing: the handle, or with --json the summary (which names the handle file).
      if (plan.out !== undefined || !flags.json) {
        await writeJson(handle, plan.out, io.stdout).catch((error: Error) => {
          throw new CliError(`cannot write the handle to ${plan.out}: ${error.message}`, ExitCode.OutputFailed);
        });
      }
      if (plan.out) report.out = plan.out;
      io.stderr.write(`Submitted ${plural(plan.jobs.length, "job")} as ${plural(handle.chunks.length, "batch", "batches")}.\n`);
      return finish(report, io, flags);
    }

    try {
      await waitWithProgress(
        client,
        handle,
        { intervalMs: plan.intervalMs ?? (embedded ? 100 : 2_000), deadlineMs: plan.deadlineMs, callbacks: service?.receiver },
        io,
      );
      report.summary = await collectToOutput(client, handle, { jobs: plan.jobs, out: plan.out }, io);
      if (plan.out) report.out = plan.out;
      report.exitCode = flags.strict && report.summary.failed > 0 ? ExitCode.JobsFailed : ExitCode.Ok;
      if (report.handlePath && !embedded)
        report.resume = resumeCommand("results", report.handlePath, { ...pickConnection(flags), ...(plan.out ? { out: plan.out } : {}) }, cwd);
    } catch (error) {
      failWhileWaiting(report, error, io, flags.deadline);
      if (report.exitCode === ExitCode.OutputFailed && report.handlePath && !embedded) {
        report.resume = resumeCommand("results", report.handlePath, pickConnection(flags), cwd) + " --out <another file>";
      }
    }
    return finish(report, io, flags);
  } finally {
    await service?.close();
  }
}

function finish(report: CommandReport, io: CliIo, flags: { json?: boolean }): number {
  emitReport(report, io, flags.json === true);
  return report.exitCode;
}
