import { resolve } from "node:path";
import { type BatchClient, createBatchClient } from "../../client/create-batch-client.js";
import type { Job } from "../../contract/types.js";
import { systemClock } from "../../util/clock.js";
import { isIvvySubmissionError } from "../../workflow/errors/type-guards.js";
import type { BatchHandle } from "../../workflow/model/batch-handle.js";
import { chunkArray } from "../../workflow/model/chunk-jobs.js";
import { jobsHash } from "../../workflow/model/jobs-hash.js";
import { createMemoryWorkflowStore } from "../../workflow-store/memory-workflow-store.js";
import { submitAllResumable } from "../../workflow-store/submit-all-resumable.js";
import type { WorkflowStore } from "../../workflow-store/workflow-store.js";
import { type ConnectionFlags, resolveRunTarget } from "../connection/connection.js";
import { type EmbeddedService, startEmbeddedService } from "../connection/embedded-service.js";
import { withRecording } from "../connection/record-flag.js";
import { checkWritable } from "../handles/check-writable.js";
import { createHandleStore, defaultHandleFile, type HandleStore, newRunId, type OpenedHandle, openHandleFile } from "../handles/handle-store.js";
import { displayPath, resumeCommand, shellWord } from "../handles/resume-command.js";
import { CliError, describeFailure, interruptOf } from "../io/cli-error.js";
import type { CliIo } from "../io/cli-io.js";
import { ExitCode } from "../io/exit-codes.js";
import { durationFlag, integerFlag, nonNegativeNumberFlag, urlFlag } from "../io/parse-flags.js";
import { checkCatalogParams, findCatalogProblems } from "../jobs/check-catalog-params.js";
import { readJobs } from "../jobs/read-jobs.js";
import { collectToOutput, waitWithProgress, warn } from "../report/collect-results.js";
import { type CommandReport, emitReport, refusedEarly } from "../report/command-report.js";
import { describeSubmissionFailure } from "../report/describe-submission-failure.js";
import { writeJson } from "../report/json-output.js";
import { anythingFailed, plural } from "../report/summarize-outcomes.js";
import { type AfterSubmission, failWhileWaiting, pickConnection } from "../report/wait-failure.js";

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
  resume?: string;
  resendPossiblyStored?: boolean;
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
  /** The run's id and handle file; with --resume, the file's and what it recorded. */
  runId: string;
  handlePath: string | undefined;
  resumed: OpenedHandle | undefined;
}

/**
 * Checks every flag, the whole jobs file and the output paths. Any problem is exit 2
 * with nothing sent: a typo found after submitting would invite everyone twice.
 */
async function planRun(source: string, flags: RunFlags, io: CliIo): Promise<RunPlan> {
  const chunkSizeFlag = integerFlag("chunk-size", flags.chunkSize, 200, { min: 1, max: 200, why: "iVvy takes at most 200 jobs per batch" });
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

  if (flags.resendPossiblyStored && flags.resume === undefined) throw usage("--resend-possibly-stored applies only with --resume");
  let resumed: OpenedHandle | undefined;
  if (flags.resume !== undefined) {
    if (target.kind === "embedded") throw usage("--resume needs the server the batches were sent to: an embedded emulator's batches ended with its process");
    if (flags.handleOut !== undefined) throw usage("--resume keeps writing the handle file it resumes: drop --handle-out");
    if (flags.chunkSize !== undefined) throw usage("--resume uses the chunk size the handle file records: drop --chunk-size");
    resumed = await openHandleFile(resolve(cwd, flags.resume), flags.resume);
  }
  const chunkSize = resumed?.run.chunkSize ?? chunkSizeFlag;

  const jobs = await readJobs(source, io.stdin, flags.validateParams !== false ? { alsoCheck: findCatalogProblems } : {});
  if (flags.validateParams !== false) await checkCatalogParams(jobs, source === "-" ? "the jobs on stdin" : `jobs file ${source}`);
  if (resumed) checkSameJobs(jobs, resumed, flags.resume!, source);
  if (out !== undefined) await checkWritable(out, "--out");
  const runId = resumed?.run.id ?? newRunId();
  // The handle file is written before the first run is sent; embedded, only when asked for
  // (its batches die with this process).
  const handlePath = resumed ? resolve(cwd, flags.resume!) : (handleOut ?? (target.kind === "remote" ? defaultHandleFile(cwd, runId) : undefined));
  if (handleOut !== undefined) await checkWritable(handleOut, "--handle-out");
  else if (handlePath !== undefined) await checkWritable(handlePath, "the batch handle (it goes to the working directory unless --handle-out names a file):");
  return { jobs, chunkSize, concurrency, callbackUrl, deadlineMs, intervalMs, wait, out, handleOut, target, jobDelayMs, runId, handlePath, resumed };
}

/** Refuses a jobs file other than the one the handle was made from: resuming it would send other jobs. */
function checkSameJobs(jobs: Job[], resumed: OpenedHandle, handleName: string, source: string): void {
  const chunks = chunkArray(jobs, resumed.run.chunkSize);
  const differs = (why: string) =>
    usage(`${source === "-" ? "the jobs on stdin" : `jobs file ${source}`} is not the one handle file ${handleName} was made from: ${why}; nothing was sent`);
  if (jobs.length !== resumed.run.jobs) throw differs(`it has ${plural(jobs.length, "job")}, the run had ${resumed.run.jobs}`);
  for (const recorded of resumed.record.chunks) {
    const chunk = chunks[recorded.index];
    if (!chunk || chunk.start !== recorded.start || chunk.end !== recorded.end || jobsHash(chunk.jobs) !== recorded.jobsHash) {
      throw differs(`jobs ${recorded.start}-${recorded.end - 1} (batch ${recorded.index + 1}) are not the ones sent`);
    }
  }
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
  const startedAt = systemClock.now();
  const store: WorkflowStore & { release?: () => Promise<void> } = plan.handlePath
    ? createHandleStore({
        path: plan.handlePath,
        run: { id: plan.runId, jobs: plan.jobs.length, chunkSize: plan.chunkSize },
        ...(plan.resumed ? { record: plan.resumed.record } : {}),
        createdAt: startedAt,
      })
    : createMemoryWorkflowStore();
  const resumeRun = () => {
    if (!plan.handlePath || embedded) return undefined;
    const command = resumeCommand(
      "wait",
      plan.handlePath,
      { ...pickConnection(flags), ...(plan.out !== undefined && plan.wait ? { out: plan.out } : {}) },
      cwd,
    );
    // `run <jobs> --resume <handle>`, from the wait command's words.
    const [, , handleWord, ...rest] = command.split(" ");
    return ["ivvy-batch", "run", shellWord(source), "--resume", handleWord, ...(plan.wait ? ["--wait"] : []), ...rest].join(" ");
  };

  try {
    const chunks = Math.ceil(plan.jobs.length / plan.chunkSize);
    report.batches = chunks;
    if ("save" in store) {
      // Written before anything is sent: a kill from here on leaves a file to resume.
      try {
        await (store as HandleStore).save();
      } catch (error) {
        throw new CliError(`the batch handle ${plan.handlePath} cannot be written: ${(error as Error).message}; nothing was sent`, ExitCode.Usage);
      }
      report.handlePath = plan.handlePath;
      io.stderr.write(`Batch handle saved to ${displayPath(plan.handlePath!, cwd)} (rewritten before and after each batch is sent)\n`);
    }
    const before = plan.resumed?.record.chunks.filter((c) => c.state === "submitted").length ?? 0;
    io.stderr.write(
      plan.resumed
        ? `Resuming run ${plan.runId}: ${plural(before, "batch", "batches")} of ${chunks} already submitted; sending the rest to ${client.baseUrl} ...\n`
        : `Submitting ${plural(plan.jobs.length, "job")} as ${plural(chunks, "batch", "batches")} to ${client.baseUrl} ...\n`,
    );
    let handle: BatchHandle;
    try {
      handle = await submitAllResumable(client, plan.jobs, {
        workflowId: plan.runId,
        workflows: store,
        chunkSize: plan.chunkSize,
        concurrency: plan.concurrency,
        stopSignal: io.signal,
        ...(io.force ? { signal: io.force } : {}),
        allowResubmit: flags.resendPossiblyStored === true,
        onWarning: warn(io),
        ...(plan.callbackUrl !== undefined ? { callbackUrl: plan.callbackUrl } : service ? { callbacks: service.receiver } : {}),
      });
    } catch (error) {
      if (isIvvySubmissionError(error)) {
        report.handle = error.handle;
        report.batches = error.handle.chunks.length;
        const interrupt = interruptOf(io.signal);
        // Only batches an earlier run left unanswered, all else sent: exit 9, and `wait` collects the rest.
        const onlyPossiblyStored = error.failedChunks.every((c) => c.reason === "already-submitted");
        report.exitCode = interrupt?.exitCode ?? (onlyPossiblyStored ? ExitCode.PossiblyStored : describeFailure(error).exitCode);
        report.error = (interrupt ? `${interrupt.message} while submitting: ` : "") + describeSubmissionFailure(error, plan.jobs.length);
        if (onlyPossiblyStored && !interrupt) {
          report.error += "; check them at iVvy, and only if they did not run add --resend-possibly-stored";
        }
        report.goesOn = error.handle.chunks.length > 0;
        // `run --resume` when anything is left to send; `wait` when only possibly stored batches remain.
        const anythingUnsent = error.failedChunks.some((c) => !c.mayHaveRun) || error.notSubmittedFrom < plan.jobs.length;
        report.resume =
          anythingUnsent || !plan.handlePath
            ? resumeRun()
            : resumeCommand("wait", plan.handlePath, { ...pickConnection(flags), ...(plan.out !== undefined && plan.wait ? { out: plan.out } : {}) }, cwd);
        return finish(report, io, flags);
      }
      throw error;
    } finally {
      await store.release?.().catch(() => {});
    }
    report.handle = handle;
    if (report.handlePath && !embedded) {
      report.resume = resumeCommand(
        "wait",
        report.handlePath,
        { ...pickConnection(flags), ...(plan.out !== undefined && plan.wait ? { out: plan.out } : {}) },
        cwd,
      );
    }

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

    let phase: AfterSubmission = "waiting";
    try {
      await waitWithProgress(
        client,
        handle,
        { intervalMs: plan.intervalMs ?? (embedded ? 100 : 2_000), deadlineMs: plan.deadlineMs, callbacks: service?.receiver },
        io,
      );
      phase = "writing";
      report.summary = await collectToOutput(client, handle, { jobs: plan.jobs, out: plan.out }, io);
      if (plan.out) report.out = plan.out;
      report.exitCode = flags.strict && anythingFailed(report.summary) ? ExitCode.JobsFailed : ExitCode.Ok;
      if (report.handlePath && !embedded)
        report.resume = resumeCommand("results", report.handlePath, { ...pickConnection(flags), ...(plan.out ? { out: plan.out } : {}) }, cwd);
    } catch (error) {
      failWhileWaiting(report, error, io, flags.deadline, phase);
      if (report.exitCode === ExitCode.OutputFailed && report.handlePath && !embedded) {
        report.resume = resumeCommand("results", report.handlePath, pickConnection(flags), cwd) + " --out <another file>";
      } else if (phase === "writing" && interruptOf(io.signal) && report.handlePath && !embedded) {
        // The batch is complete: fetching its results again is all that is left.
        report.resume = resumeCommand("results", report.handlePath, { ...pickConnection(flags), ...(plan.out ? { out: plan.out } : {}) }, cwd);
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
