import type { BatchClient } from "../../client/create-batch-client.js";
import type { Job } from "../../contract/types.js";
import type { BatchHandle } from "../../workflow/model/batch-handle.js";
import type { CallbackRegistrar } from "../../workflow/model/callback-registrar.js";
import type { WorkflowWarning } from "../../workflow/model/workflow-warning.js";
import { iterateResults } from "../../workflow/results/iterate-results.js";
import { waitForAll } from "../../workflow/wait/wait-for-all.js";
import { CliError } from "../io/cli-error.js";
import type { CliIo } from "../io/cli-io.js";
import { ExitCode } from "../io/exit-codes.js";
import { createProgressReporter } from "../io/progress-reporter.js";
import { openJsonArray } from "./json-output.js";
import { createOutcomeTally, type OutcomeSummary } from "./summarize-outcomes.js";

/** Prints a workflow warning in the CLI's words: without the library function's name in front. */
export const warn = (io: CliIo) => (warning: WorkflowWarning) =>
  io.stderr.write(`warning: ${warning.message.replace(/^(waitForAll|submitAll|iterateResults|collectResults): /, "")}\n`);

export interface WaitSettings {
  intervalMs: number;
  deadlineMs: number | undefined;
  callbacks?: CallbackRegistrar | undefined;
}

/** Waits for every chunk with a progress bar (plain lines when not on a terminal) on stderr. */
export async function waitWithProgress(client: BatchClient, handle: BatchHandle, settings: WaitSettings, io: CliIo): Promise<void> {
  const reporter = createProgressReporter(io.stderr, handle.total);
  try {
    await waitForAll(client, handle, {
      intervalMs: settings.intervalMs,
      signal: io.signal,
      onProgress: (progress) => reporter.update(progress),
      onWarning: warn(io),
      ...(settings.callbacks ? { callbacks: settings.callbacks, callbackGraceMs: 10_000 } : {}),
      ...(settings.deadlineMs !== undefined ? { deadlineMs: settings.deadlineMs } : {}),
    });
  } finally {
    reporter.stop();
  }
}

/**
 * Streams the outcomes of a complete batch, in job order, to `out` (or stdout) and tallies
 * them. A failure to write is exit 7 (the batch is done; `results <handle>` writes it
 * again); a failure to fetch is the client's error.
 */
export async function collectToOutput(
  client: BatchClient,
  handle: BatchHandle,
  options: { jobs?: Job[]; out: string | undefined },
  io: CliIo,
): Promise<OutcomeSummary> {
  const tally = createOutcomeTally();
  const output = openJsonArray(options.out, io.stdout);
  const writeFailed = (error: unknown) =>
    new CliError(`cannot write the results to ${options.out ?? "stdout"}: ${(error as Error).message}; the batch is complete`, ExitCode.OutputFailed);
  try {
    for await (const outcome of iterateResults(client, handle, { signal: io.signal, onWarning: warn(io), ...(options.jobs ? { jobs: options.jobs } : {}) })) {
      tally.add(outcome);
      await output.push(outcome).catch((error: unknown) => {
        throw writeFailed(error);
      });
    }
    await output.end().catch((error: unknown) => {
      throw writeFailed(error);
    });
  } catch (error) {
    await output.abandon();
    throw error;
  }
  return tally.summary();
}
