// The results check-receiver delivers: the main job's action (event.inviteContacts, the
// README's example) run by the emulator, one job, and a full batch of 200 whose jobs
// carry enough contacts that the callback is about 1 MB, with some documented job errors.
import type { BatchResult, Job } from "../contract/types.js";
import { resultsFromJobs } from "./results-from-jobs.js";

/** Contacts per job in the 200-job batch: sized so its callback is about 1 MB. */
const CONTACTS_PER_JOB = 30;

export const inviteJob = (i: number, contacts: number): Job => ({
  namespace: "event",
  action: "inviteContacts",
  params: { event: 42, contacts: Array.from({ length: contacts }, (_, c) => 1_000_000 + i * contacts + c) },
});

export interface SampleResults {
  one: BatchResult[];
  full: BatchResult[];
}

export async function sampleResults(): Promise<SampleResults> {
  const [one, full] = await Promise.all([
    resultsFromJobs({ jobs: [inviteJob(0, 1)] }),
    resultsFromJobs({ jobs: Array.from({ length: 200 }, (_, i) => inviteJob(i, CONTACTS_PER_JOB)), failures: 10 }),
  ]);
  return { one, full };
}
