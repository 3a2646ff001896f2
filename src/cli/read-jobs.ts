import { readFile } from "node:fs/promises";
import type { Job } from "../spec/types.js";
import { CliError } from "./cli-error.js";
import { ExitCode } from "./exit-codes.js";

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
    throw new CliError(`cannot read ${what} ${source}: ${(error as Error).message}`, ExitCode.InvalidInput);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(`${what} ${source === "-" ? "on stdin" : source} is not JSON: ${(error as Error).message}`, ExitCode.InvalidInput);
  }
}

/**
 * The jobs to run: a JSON array of `{namespace, action, params}`, or an object with a
 * `jobs` array (the body of a run request). Each job is checked by submitAll.
 */
export async function readJobs(source: string, stdin: NodeJS.ReadableStream): Promise<Job[]> {
  const value = await readJsonInput(source, stdin, "jobs file");
  const jobs = Array.isArray(value) ? value : (value as { jobs?: unknown } | null)?.jobs;
  if (!Array.isArray(jobs)) {
    throw new CliError(`jobs file ${source}: expected a JSON array of {namespace, action, params} (or {"jobs": [...]})`, ExitCode.InvalidInput);
  }
  if (jobs.length === 0) throw new CliError(`jobs file ${source} has no jobs`, ExitCode.InvalidInput);
  return jobs as Job[];
}
