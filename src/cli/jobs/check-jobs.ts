import { validateRunRequest } from "../../contract/validate-run-request.js";

export interface JobProblems {
  /** How many jobs are invalid. */
  count: number;
  /** One line per invalid job, the first `limit` of them. */
  lines: string[];
  /** The positions of the invalid jobs. */
  invalid: Set<number>;
}

/**
 * Checks every job with the rules iVvy's run applies (the same ones the client and the
 * emulator use), so a file with several bad jobs is fixed in one pass, not one per try.
 */
export function findJobProblems(jobs: readonly unknown[], limit: number): JobProblems {
  const lines: string[] = [];
  const invalid = new Set<number>();
  let count = 0;
  for (let i = 0; i < jobs.length; i++) {
    const result = validateRunRequest({ jobs: [jobs[i]] });
    if (result.ok) continue;
    count++;
    invalid.add(i);
    if (lines.length < limit) {
      const detail = result.additionalMessages.map((m) => m.replaceAll("jobs[0]", `jobs[${i}]`)).join("; ");
      lines.push(`jobs[${i}]: ${result.message} [specific code ${result.specificCode}]${detail ? `: ${detail}` : ""}`);
    }
  }
  return { count, lines, invalid };
}
