import type { JobOutcome } from "../../workflow/model/job-outcome.js";

export interface FailureGroup {
  specificCode: number;
  message: string;
  count: number;
}

export interface OutcomeSummary {
  total: number;
  succeeded: number;
  failed: number;
  /** Failures by iVvy specific code and message (specific code 0 covers many messages), most frequent first. */
  failures: FailureGroup[];
}

export function createOutcomeTally() {
  let total = 0;
  let succeeded = 0;
  const groups = new Map<string, FailureGroup>();
  return {
    add(outcome: JobOutcome) {
      total++;
      if (outcome.status === "success") {
        succeeded++;
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
      return { total, succeeded, failed: total - succeeded, failures };
    },
  };
}

export const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;

export function formatSummary(summary: OutcomeSummary): string {
  const lines = [`${plural(summary.total, "job")}: ${summary.succeeded} succeeded, ${summary.failed} failed`];
  for (const f of summary.failures) lines.push(`  ${String(f.count).padStart(6)} × [${f.specificCode}] ${f.message}`);
  return lines.join("\n");
}
