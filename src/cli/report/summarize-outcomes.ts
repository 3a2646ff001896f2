import type { JobOutcome } from "../../workflow/model/job-outcome.js";
import { reportedFailure } from "../../workflow/results/reported-failure.js";

export interface FailureGroup {
  specificCode: number;
  message: string;
  count: number;
}

/** Jobs of one action whose call succeeded but whose answer says part or all of it was not done. */
export interface ReportedFailureGroup {
  /** `namespace.action`, when the jobs file was given (run); null for `wait` and `results`. */
  action: string | null;
  /** Jobs whose answer reports a failure. */
  jobs: number;
  /** Of those, answers with `success: false`. */
  unsuccessful: number;
  /** Items with a boolean `status` in those answers, and how many were false. */
  items: number;
  failedItems: number;
}

export interface OutcomeSummary {
  total: number;
  /** Jobs that succeeded and whose answer reports nothing left undone. */
  succeeded: number;
  /** Jobs that succeeded as calls but whose answer reports a failure (`success: false`, an item with `status: false`). */
  partlyFailed: number;
  /** Jobs answered with an error envelope. */
  failed: number;
  /** Failures by iVvy specific code and message (specific code 0 covers many messages), most frequent first. */
  failures: FailureGroup[];
  /** The partly failed jobs by action, most frequent first. */
  reportedFailures: ReportedFailureGroup[];
}

export function createOutcomeTally() {
  let total = 0;
  let succeeded = 0;
  let partlyFailed = 0;
  const groups = new Map<string, FailureGroup>();
  const reported = new Map<string, ReportedFailureGroup>();
  return {
    add(outcome: JobOutcome) {
      total++;
      if (outcome.status === "success") {
        const failure = reportedFailure(outcome.response);
        if (!failure) {
          succeeded++;
          return;
        }
        partlyFailed++;
        const action = outcome.job ? `${outcome.job.namespace}.${outcome.job.action}` : null;
        const key = action ?? "";
        const group = reported.get(key) ?? { action, jobs: 0, unsuccessful: 0, items: 0, failedItems: 0 };
        group.jobs++;
        if (failure.unsuccessful) group.unsuccessful++;
        group.items += failure.items;
        group.failedItems += failure.failedItems;
        reported.set(key, group);
        return;
      }
      const { specificCode, message } = outcome.error;
      const key = JSON.stringify([specificCode, message]);
      const group = groups.get(key);
      if (group) group.count++;
      else groups.set(key, { specificCode, message, count: 1 });
    },
    summary(): OutcomeSummary {
      const failures = [...groups.values()].sort((a, b) => b.count - a.count || a.specificCode - b.specificCode || a.message.localeCompare(b.message));
      const reportedFailures = [...reported.values()].sort((a, b) => b.jobs - a.jobs || (a.action ?? "").localeCompare(b.action ?? ""));
      return { total, succeeded, partlyFailed, failed: total - succeeded - partlyFailed, failures, reportedFailures };
    },
  };
}

/** With --strict, any job not wholly done (failed, or answered that part of it failed) fails the command. */
export const anythingFailed = (summary: OutcomeSummary): boolean => summary.failed > 0 || summary.partlyFailed > 0;

export const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;

export function formatSummary(summary: OutcomeSummary): string {
  const partly = summary.partlyFailed > 0 ? `, ${summary.partlyFailed} answered that part or all of it was not done` : "";
  const lines = [`${plural(summary.total, "job")}: ${summary.succeeded} succeeded${partly}, ${summary.failed} failed`];
  for (const r of summary.reportedFailures) {
    const what = [
      r.unsuccessful > 0 ? `${r.unsuccessful} answered success: false` : "",
      r.failedItems > 0 ? `status false for ${r.failedItems} of ${plural(r.items, "item")}` : "",
    ].filter(Boolean);
    lines.push(`  ${String(r.jobs).padStart(6)} × ${r.action ?? "jobs"}: ${what.join("; ")}`);
  }
  for (const f of summary.failures) lines.push(`  ${String(f.count).padStart(6)} × [${f.specificCode}] ${f.message}`);
  return lines.join("\n");
}
