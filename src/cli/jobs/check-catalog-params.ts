// `run` checks every job's params against the catalog (docs/catalog.md) before anything
// is sent, and lists every job that breaks its action's schema (up to JOB_PROBLEM_LIMIT).
import { findParamViolation, IVVY_PARAM_RULES, type ParamViolation } from "../../catalog/find-param-violation.js";
import { loadCatalogValidators } from "../../catalog/load-catalog-validators.js";
import type { Job } from "../../contract/types.js";
import { CliError } from "../io/cli-error.js";
import { ExitCode } from "../io/exit-codes.js";
import { JOB_PROBLEM_LIMIT } from "./read-jobs.js";

function describe(v: ParamViolation, job: Job): string {
  const at = `${job.namespace}.${job.action}`;
  switch (v.kind) {
    case "unknown-action":
      return `the catalog has no action '${v.action}' in namespace '${v.namespace}'`;
    case "missing":
      return `${at}: '${v.param}' is required [specific code 23017]`;
    case "invalid":
      return `${at}: '${v.param}' does not validate [specific code 23016] (${v.reasons.join("; ")})`;
    case "unknown-param":
      return `${at}: '${v.param}' is not a parameter of ${at}`;
  }
}

/** Throws a CliError (exit 2) listing the jobs whose params break the catalog. */
export async function checkCatalogParams(jobs: readonly Job[], name: string): Promise<void> {
  const { count, lines } = await findCatalogProblems(jobs);
  if (count === 0) return;
  const more = count > lines.length ? [`... and ${count - lines.length} more`] : [];
  throw new CliError(
    [
      `${name}: ${count} of ${jobs.length} job${jobs.length === 1 ? "" : "s"} ${count === 1 ? "breaks its" : "break their"} action's schema in the catalog (docs/catalog.md); nothing was sent`,
      ...[...lines, ...more].map((l) => `  ${l}`),
      "  (--no-validate-params sends them anyway)",
    ].join("\n"),
    ExitCode.Usage,
  );
}

/** The jobs whose params break the catalog, skipping those already found malformed (`skip`). */
export async function findCatalogProblems(jobs: readonly unknown[], skip?: ReadonlySet<number>): Promise<{ count: number; lines: string[] }> {
  const catalog = await loadCatalogValidators();
  const lines: string[] = [];
  let count = 0;
  jobs.forEach((value, i) => {
    if (skip?.has(i)) return;
    const job = value as Job;
    const violation = findParamViolation(job, catalog, IVVY_PARAM_RULES);
    if (!violation) return;
    count++;
    if (lines.length < JOB_PROBLEM_LIMIT) lines.push(`jobs[${i}]: ${describe(violation, job)}`);
  });
  return { count, lines };
}
