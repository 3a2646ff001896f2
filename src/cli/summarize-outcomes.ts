import type { JobOutcome } from "../workflow/job-outcome.js";

export interface OutcomeSummary {
  total: number;
  succeeded: number;
  failed: number;
  /** Failures by iVvy specific code, most frequent first. */
  failuresByCode: { specificCode: number; message: string; count: number }[];
}

export function createOutcomeTally() {
  let total = 0;
  let succeeded = 0;
  const byCode = new Map<number, { message: string; count: number }>();
  return {
    add(outcome: JobOutcome) {
      total++;
      if (outcome.status === "success") {
        succeeded++;
        return;
      }
      const entry = byCode.get(outcome.error.specificCode);
      if (entry) entry.count++;
      else byCode.set(outcome.error.specificCode, { message: outcome.error.message, count: 1 });
    },
    summary(): OutcomeSummary {
      const failuresByCode = [...byCode].map(([specificCode, e]) => ({ specificCode, ...e })).sort((a, b) => b.count - a.count);
      return { total, succeeded, failed: total - succeeded, failuresByCode };
    },
  };
}

export function formatSummary(summary: OutcomeSummary): string {
  const lines = [`${summary.total} jobs: ${summary.succeeded} succeeded, ${summary.failed} failed`];
  for (const f of summary.failuresByCode) lines.push(`  ${String(f.count).padStart(6)} × [${f.specificCode}] ${f.message}`);
  return lines.join("\n");
}
