import { readFile } from "node:fs/promises";
import type { Job } from "../../contract/types.js";
import { CliError } from "../io/cli-error.js";
import { ExitCode } from "../io/exit-codes.js";
import { findJobProblems } from "./check-jobs.js";

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(typeof part === "string" ? Buffer.from(part) : (part as Buffer));
  return Buffer.concat(parts).toString("utf8");
}

/** Reads JSON from a file, or from stdin for `-`. */
export async function readJsonInput(source: string, stdin: NodeJS.ReadableStream, what: string): Promise<unknown> {
  let text: string;
  try {
    text = source === "-" ? await readAll(stdin) : await readFile(source, "utf8");
  } catch (error) {
    throw new CliError(`cannot read ${what} ${source}: ${(error as Error).message}`, ExitCode.Usage);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(`${what} ${source === "-" ? "on stdin" : source} is not JSON: ${(error as Error).message}`, ExitCode.Usage);
  }
}

/** How many invalid jobs are listed one per line before the rest are only counted. */
export const JOB_PROBLEM_LIMIT = 20;

/**
 * The jobs to run: a JSON array of `{namespace, action, params}`, or an object with a
 * `jobs` array (the body of a run request). Every job is checked before anything is sent,
 * and every invalid one reported (up to JOB_PROBLEM_LIMIT lines).
 */
export async function readJobs(
  source: string,
  stdin: NodeJS.ReadableStream,
  options: {
    /** A further check of the well-formed jobs (the catalog's params), reported with the format problems so one pass fixes all. */
    alsoCheck?: (jobs: readonly unknown[], skip: ReadonlySet<number>) => Promise<{ count: number; lines: string[] }>;
  } = {},
): Promise<Job[]> {
  const value = await readJsonInput(source, stdin, "jobs file");
  const jobs = Array.isArray(value) ? value : (value as { jobs?: unknown } | null)?.jobs;
  if (!Array.isArray(jobs)) {
    throw new CliError(`jobs file ${source}: expected a JSON array of {namespace, action, params} (or {"jobs": [...]})`, ExitCode.Usage);
  }
  if (jobs.length === 0) throw new CliError(`jobs file ${source} has no jobs`, ExitCode.Usage);
  const problems = findJobProblems(jobs, JOB_PROBLEM_LIMIT);
  if (problems.count > 0) {
    const more = problems.count > problems.lines.length ? [`... and ${problems.count - problems.lines.length} more`] : [];
    const name = source === "-" ? "the jobs on stdin" : `jobs file ${source}`;
    const also = options.alsoCheck ? await options.alsoCheck(jobs, problems.invalid) : { count: 0, lines: [] };
    const alsoMore = also.count > also.lines.length ? [`... and ${also.count - also.lines.length} more`] : [];
    throw new CliError(
      [
        `${name}: ${problems.count} of ${jobs.length} job${jobs.length === 1 ? "" : "s"} ${problems.count === 1 ? "is" : "are"} invalid; nothing was sent`,
        ...problems.lines.map((l) => `  ${l}`),
        ...more.map((l) => `  ${l}`),
        ...(also.count > 0
          ? [
              `and ${also.count} other job${also.count === 1 ? "" : "s"} ${also.count === 1 ? "breaks its" : "break their"} action's schema in the catalog (docs/catalog.md):`,
              ...[...also.lines, ...alsoMore].map((l) => `  ${l}`),
            ]
          : []),
      ].join("\n"),
      ExitCode.Usage,
    );
  }
  return jobs as Job[];
}
