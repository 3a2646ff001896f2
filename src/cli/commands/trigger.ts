import type { BatchResult, Job } from "../../contract/types.js";
import { describeOutcome, maskUrl } from "../../receiver-check/receiver-check-row.js";
import { resultsFromJson } from "../../receiver-check/results-from-file.js";
import { resultsFromJobs } from "../../receiver-check/results-from-jobs.js";
import { inviteJob } from "../../receiver-check/sample-results.js";
import { callbackDelivery, DEFAULT_MAX_MS, randomAsyncId, triggerCallback, triggerReport } from "../../receiver-check/trigger-callback.js";
import { CliError } from "../io/cli-error.js";
import type { CliIo } from "../io/cli-io.js";
import { ExitCode } from "../io/exit-codes.js";
import { durationFlag, integerFlag, urlFlag } from "../io/parse-flags.js";
import { readJsonInput } from "../jobs/read-jobs.js";

export interface TriggerFlags {
  to?: string;
  job?: string[];
  results?: string;
  failures?: string;
  from?: string;
  asyncId?: string;
  repeat?: string;
  maxMs?: string;
  json?: boolean;
}

const usage = (message: string) => new CliError(message, ExitCode.Usage);
const ASYNC_ID = /^[0-9a-f]{32}$/;

/** `namespace.action` or `namespace.action={...params}`. */
export function parseJobSpec(spec: string): Job {
  const match = /^([^.\s=]+)\.([^.\s=]+)(?:=(.*))?$/s.exec(spec);
  if (!match) throw usage(`--job must be namespace.action or namespace.action='{"param":...}', not '${spec}'`);
  const [, namespace, action, json] = match as unknown as [string, string, string, string | undefined];
  let params: unknown = {};
  if (json !== undefined) {
    try {
      params = JSON.parse(json);
    } catch (error) {
      throw usage(`--job ${namespace}.${action}: its params are not JSON (${(error as Error).message})`);
    }
    if (typeof params !== "object" || params === null || Array.isArray(params)) throw usage(`--job ${namespace}.${action}: its params must be a JSON object`);
  }
  return { namespace, action, params: params as Record<string, unknown> };
}

async function resultsToSend(flags: TriggerFlags, io: CliIo): Promise<{ results: BatchResult[]; asyncId: string | undefined; what: string }> {
  if (flags.from !== undefined) {
    if (flags.job?.length || flags.results !== undefined || flags.failures !== undefined)
      throw usage("--from gives the results: it goes without --job, --results and --failures");
    const value = await readJsonInput(flags.from, io.stdin, "results file");
    try {
      const read = resultsFromJson(value, flags.asyncId);
      return { results: read.results, asyncId: read.asyncId, what: `from ${flags.from}${read.origin ? ` (${read.origin})` : ""}` };
    } catch (error) {
      throw usage(`${flags.from}: ${(error as Error).message}`);
    }
  }
  const jobs = flags.job?.length ? flags.job.map(parseJobSpec) : [inviteJob(0, 1)];
  const count = integerFlag("results", flags.results, jobs.length, { min: 1, max: 200, why: "a batch holds up to 200 jobs" });
  const failures = integerFlag("failures", flags.failures, 0, { min: 0, max: count, why: "at most --results" });
  const batch = Array.from({ length: count }, (_, i) => jobs[i % jobs.length] as Job);
  const results = await resultsFromJobs({ jobs: batch, failures });
  const actions = [...new Set(jobs.map((j) => `${j.namespace}.${j.action}`))].join(", ");
  return { results, asyncId: undefined, what: `run by the emulator (${actions}${failures ? `, ${failures} failed` : ""})` };
}

/** `ivvy-batch trigger callback --to <url>`: a made-up callback, as iVvy would deliver it, sent on demand. */
export async function triggerCommand(flags: TriggerFlags, io: CliIo): Promise<number> {
  const to = urlFlag("to", flags.to);
  if (to === undefined) throw usage("trigger callback needs --to <url>: the callbackUrl to deliver to");
  if (flags.asyncId !== undefined && !ASYNC_ID.test(flags.asyncId)) throw usage(`--asyncId must be 32 hex digits, as iVvy's, not '${flags.asyncId}'`);
  const repeat = integerFlag("repeat", flags.repeat, 1, { min: 1, max: 100 });
  const maxMs = durationFlag("max-ms", flags.maxMs, "ms") ?? DEFAULT_MAX_MS;
  const { results, asyncId: named, what } = await resultsToSend(flags, io);
  const asyncId = flags.asyncId ?? named ?? randomAsyncId();
  let bytes: number;
  try {
    bytes = Buffer.byteLength(callbackDelivery({ asyncId, results }).body);
  } catch (error) {
    throw usage((error as Error).message);
  }
  io.stderr.write(
    `Sending a made-up callback to ${maskUrl(to)}${repeat > 1 ? `, ${repeat} times` : ""}: asyncId ${asyncId}, ${results.length} result${results.length === 1 ? "" : "s"} ${what}, ${bytes} bytes of application/json.\n`,
  );
  const sent = await triggerCallback({ to, results, asyncId, repeat, maxMs: Math.max(1, Math.round(maxMs)), signal: io.signal });
  const report = triggerReport(sent, results.length);
  const exitCode = report.ok ? ExitCode.Ok : sent.deliveries.some((d) => d.kind !== "answered") ? ExitCode.NetworkError : ExitCode.JobsFailed;
  if (flags.json) {
    const { ok, ...rest } = report;
    io.stdout.write(`${JSON.stringify({ command: "trigger callback", ok, exitCode, ...rest })}\n`);
  } else {
    sent.deliveries.forEach((d, i) => {
      const label = repeat > 1 ? `${i + 1}/${repeat}: ` : "";
      io.stdout.write(`${label}${describeOutcome(d, maxMs)}\n`);
      if (d.kind === "answered" && d.body) io.stdout.write(`${d.body}${d.body.endsWith("\n") ? "" : "\n"}`);
    });
  }
  return exitCode;
}
