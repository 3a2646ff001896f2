import { createBatchClient, type BatchClient } from "../../client/create-batch-client.js";
import { isIvvyDeadlineError } from "../../errors/workflow-type-guards.js";
import type { Job } from "../../spec/types.js";
import type { BatchHandle } from "../../workflow/batch-handle.js";
import type { CallbackRegistrar } from "../../workflow/callback-registrar.js";
import { iterateResults } from "../../workflow/iterate-results.js";
import { submitAll } from "../../workflow/submit-all.js";
import { waitForAll } from "../../workflow/wait-for-all.js";
import type { CliIo } from "../cli-io.js";
import { CliError } from "../cli-error.js";
import { resolveConnection, type ConnectionFlags } from "../connection.js";
import { startEmbeddedService } from "../embedded-service.js";
import { ExitCode } from "../exit-codes.js";
import { openJsonArray, writeJson } from "../json-output.js";
import { nonNegativeNumberFlag, positiveIntegerFlag } from "../parse-flags.js";
import { createProgressReporter } from "../progress-reporter.js";
import { readJobs } from "../read-jobs.js";
import { createOutcomeTally, formatSummary } from "../summarize-outcomes.js";

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
  jobDelayMs?: string;
  fixtures?: string;
}

export interface WaitFlags {
  out?: string;
  deadline?: string;
  interval?: string;
  strict?: boolean;
}

/** `ivvy-batch run <jobs.json | ->`: submit (split past 200), and with --wait wait and collect. */
export async function runCommand(source: string, flags: RunFlags, io: CliIo): Promise<number> {
  const chunkSize = positiveIntegerFlag("chunk-size", flags.chunkSize, 200);
  const concurrency = positiveIntegerFlag("concurrency", flags.concurrency, 4);
  const jobDelayMs = nonNegativeNumberFlag("job-delay-ms", flags.jobDelayMs) ?? 10;
  const jobs = await readJobs(source, io.stdin);
  const connection = resolveConnection(flags, io.env);

  const embedded = connection.kind === "none" ? await startEmbeddedService({ jobDelayMs, ...(flags.fixtures ? { fixtures: flags.fixtures } : {}) }) : undefined;
  try {
    if (embedded) {
      io.stderr.write(
        `No iVvy credentials (IVVY_API_KEY, IVVY_API_SECRET, IVVY_REGION): running against an embedded emulator at ${embedded.clientOptions.baseUrl}, ` +
          `with callbacks to a local receiver.\n`,
      );
    } else if (connection.kind === "remote" && connection.note) io.stderr.write(`${connection.note}\n`);
    const client = createBatchClient(embedded ? embedded.clientOptions : (connection as { options: Parameters<typeof createBatchClient>[0] }).options);
    const callbacks = embedded?.receiver;
    const chunks = Math.ceil(jobs.length / chunkSize);
    io.stderr.write(`Submitting ${jobs.length} jobs as ${chunks} batch${chunks === 1 ? "" : "es"} to ${client.baseUrl} ...\n`);
    const handle = await submitAll(client, jobs, {
      chunkSize,
      concurrency,
      signal: io.signal,
      ...(callbacks ? { callbacks } : {}),
      ...(flags.callbackUrl ? { callbackUrl: flags.callbackUrl } : {}),
    });
    if (flags.handleOut) await writeJson(handle, flags.handleOut, io.stdout);
    if (!flags.wait && !embedded) {
      io.stderr.write(`Submitted. Resume with: ivvy-batch wait <handle.json>\n`);
      await writeJson(handle, flags.out, io.stdout);
      return ExitCode.Ok;
    }
    return await waitAndCollect(client, handle, { jobs, callbacks, flags, io, pollMs: embedded ? 100 : 2_000 });
  } finally {
    await embedded?.close();
  }
}

/** `ivvy-batch wait <handle.json | ->`: resume a stored handle, wait, and collect its results. */
export async function waitCommand(handle: BatchHandle, flags: WaitFlags & ConnectionFlags, io: CliIo): Promise<number> {
  const connection = resolveConnection(flags, io.env);
  if (connection.kind === "none") {
    throw new CliError("wait needs the account the batch was submitted with: set IVVY_API_KEY, IVVY_API_SECRET and IVVY_REGION (or --base-url)", ExitCode.Usage);
  }
  return waitAndCollect(createBatchClient(connection.options), handle, { flags, io, pollMs: 2_000 });
}

async function waitAndCollect(
  client: BatchClient,
  handle: BatchHandle,
  context: { jobs?: Job[]; callbacks?: CallbackRegistrar | undefined; flags: WaitFlags; io: CliIo; pollMs: number },
): Promise<number> {
  const { flags, io } = context;
  const intervalMs = nonNegativeNumberFlag("interval", flags.interval) ?? context.pollMs;
  const deadlineSeconds = nonNegativeNumberFlag("deadline", flags.deadline);
  const reporter = createProgressReporter(io.stderr, handle.total);
  try {
    await waitForAll(client, handle, {
      intervalMs,
      signal: io.signal,
      onProgress: (progress) => reporter.update(progress),
      onWarning: (warning) => io.stderr.write(`warning: ${warning.message}\n`),
      ...(context.callbacks ? { callbacks: context.callbacks, callbackGraceMs: 10_000 } : {}),
      ...(deadlineSeconds !== undefined ? { deadlineMs: deadlineSeconds * 1000 } : {}),
    });
  } catch (error) {
    reporter.stop();
    if (isIvvyDeadlineError(error)) {
      io.stderr.write(`${error.message}\nThe batch goes on at iVvy. Its handle (save it, then: ivvy-batch wait handle.json):\n${JSON.stringify(handle)}\n`);
    }
    throw error;
  }
  reporter.stop();

  const tally = createOutcomeTally();
  const output = openJsonArray(flags.out, io.stdout);
  for await (const outcome of iterateResults(client, handle, { signal: io.signal, ...(context.jobs ? { jobs: context.jobs } : {}) })) {
    tally.add(outcome);
    await output.push(outcome);
  }
  await output.end();
  const summary = tally.summary();
  io.stderr.write(`${formatSummary(summary)}\n${flags.out ? `Results written to ${flags.out}\n` : ""}`);
  return flags.strict && summary.failed > 0 ? ExitCode.JobsFailed : ExitCode.Ok;
}
