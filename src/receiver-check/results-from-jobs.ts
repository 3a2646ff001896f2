// Realistic callback results without iVvy: the jobs run in an in-process emulator (no
// socket), so each result is what the emulator would deliver for that job: the catalog's
// params check, the built-in and catalogued handlers. A job made to fail gets a job error
// iVvy documents for its action (documented-failure.ts: a missing parameter, 23017, or one
// that does not validate, 23016); only an action whose params the catalog cannot refuse
// falls back to the emulator's `failJobs` fault (a 500 envelope, specific code 0).
import { loadCatalogValidators } from "../catalog/load-catalog-validators.js";
import { createBatchClient } from "../client/create-batch-client.js";
import type { BatchResult, Job } from "../contract/types.js";
import { MAX_JOBS_PER_BATCH } from "../contract/validate-run-request.js";
import { createEmulator } from "../emulator/create-emulator.js";
import { DEMO_CREDENTIALS } from "../emulator/options/demo-credentials.js";
import { documentedFailure } from "./documented-failure.js";

export interface ResultsFromJobsInput {
  /** Up to 200 jobs, as a batch holds. */
  jobs: readonly Job[];
  /**
   * How many of them fail with a job error; spread evenly over the batch (default 0). Each
   * fails as iVvy documents for its action: its params are sent with a required one left out
   * (23017) or one that does not validate (23016), alternately where the action allows both.
   */
  failures?: number;
}

/** Which positions fail: `failures` of `count`, spread evenly (the first, then every count/failures). */
export function failingPositions(count: number, failures: number): number[] {
  if (failures <= 0) return [];
  const step = count / failures;
  return Array.from({ length: Math.min(failures, count) }, (_, i) => Math.floor(i * step));
}

/** The results an emulator returns for `jobs`, in order. */
export async function resultsFromJobs(input: ResultsFromJobsInput): Promise<BatchResult[]> {
  const { jobs, failures = 0 } = input;
  if (jobs.length < 1 || jobs.length > MAX_JOBS_PER_BATCH)
    throw new RangeError(`resultsFromJobs: a batch holds 1 to ${MAX_JOBS_PER_BATCH} jobs (got ${jobs.length})`);
  if (!Number.isInteger(failures) || failures < 0 || failures > jobs.length) {
    throw new RangeError(`resultsFromJobs: failures must be an integer from 0 to the number of jobs, ${jobs.length} (got ${failures})`);
  }
  const sent = [...jobs];
  const undocumented: number[] = [];
  const failing = failingPositions(jobs.length, failures);
  if (failing.length) {
    const catalog = await loadCatalogValidators();
    failing.forEach((position, k) => {
      const broken = documentedFailure(sent[position] as Job, catalog, k % 2 === 0 ? "missing" : "invalid");
      if (broken) sent[position] = broken;
      else undocumented.push(position);
    });
  }
  const emulator = createEmulator({ jobDelayMs: 0, faults: { failJobs: undocumented } });
  try {
    const client = createBatchClient({ ...DEMO_CREDENTIALS, baseUrl: "http://emulator.invalid", fetch: emulator.fetch });
    const { asyncId } = await client.run(sent, { validateParams: false });
    await emulator.idle();
    return (await client.results(asyncId)).results;
  } finally {
    await emulator.close();
  }
}
