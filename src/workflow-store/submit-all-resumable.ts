import type { BatchClient } from "../client/create-batch-client.js";
import type { Job } from "../contract/types.js";
import { forEachConcurrent } from "../util/for-each-concurrent.js";
import { custom, describeValue, withMethods } from "../util/options.js";
import { type FailedChunk, IvvySubmissionError } from "../workflow/errors/ivvy-submission-error.js";
import { isIvvySubmissionError } from "../workflow/errors/type-guards.js";
import type { BatchHandle } from "../workflow/model/batch-handle.js";
import { chunkArray, type PendingChunk } from "../workflow/model/chunk-jobs.js";
import { jobsHash } from "../workflow/model/jobs-hash.js";
import type { SubmissionLedger } from "../workflow/submit/submission-ledger.js";
import { submitChunks } from "../workflow/submit/submit-chunks.js";
import { type ResolvedSubmitOptions, resolveSubmitOptions, type SubmitAllOptions } from "../workflow/submit/submit-options.js";
import { validateChunk } from "../workflow/submit/validate-chunk.js";
import { workflowHandle } from "./workflow-handle.js";
import type { WorkflowStore } from "./workflow-store.js";

export interface SubmitAllResumableOptions extends SubmitAllOptions {
  /** Names the workflow in the store: the same id after a restart (or in another instance) resumes it. */
  workflowId: string;
  workflows: WorkflowStore;
}

const resumableShape = {
  workflowId: custom<string>((value, fail) => {
    if (typeof value !== "string" || value.length === 0 || value.length > 200)
      return fail(`must be a non-empty string of at most 200 characters, not ${describeValue(value)}`);
    return value;
  }),
  workflows: withMethods<WorkflowStore, WorkflowStore>(["load", "recordInFlight", "recordSubmitted", "forgetInFlight"], {
    required: true,
    describe: "a WorkflowStore (createMemoryWorkflowStore(), or the Postgres store set's workflows)",
  }),
};

/**
 * The ledger as one chunk of one workflow sees it: its entries are keyed by workflow, chunk
 * index and jobs hash. The workflow store guards each chunk by its index; the ledger only
 * remembers an answer its caller died before recording. Keyed by jobs hash alone, two
 * identical chunks of one workflow (a jobs file may repeat a batch) would be one entry, and
 * the second would be refused as already submitted.
 */
function chunkLedger(ledger: SubmissionLedger, workflowId: string, index: number): SubmissionLedger {
  const key = (hash: string) => `${workflowId}#${index}:${hash}`;
  return {
    get: (hash) => ledger.get(key(hash)),
    claim: (hash, at) => ledger.claim(key(hash), at),
    set: (hash, entry) => ledger.set(key(hash), entry),
    delete: (hash) => ledger.delete(key(hash)),
  };
}

/**
 * submitAll that can be resumed: each chunk is recorded in flight in `workflows` (shared,
 * e.g. Postgres) before its run is sent, and submitted after. Called again with the same
 * id and jobs (after a crash, or from another instance at the same time), it adopts the
 * chunks already submitted, sends those no call has recorded, and refuses (reason
 * "already-submitted", mayHaveRun) those another call recorded in flight, alive or dead:
 * a chunk is never sent twice. Resolves with the workflow's handle, built from the store.
 */
export async function submitAllResumable(client: BatchClient, jobs: readonly Job[], options: SubmitAllResumableOptions): Promise<BatchHandle> {
  const { workflowId, workflows, ...resolved } = resolveSubmitOptions("submitAllResumable", options, resumableShape);
  if (!Array.isArray(jobs)) throw new TypeError("submitAllResumable: jobs must be an array: resuming sends the same list again");
  const chunks = chunkArray(jobs, resolved.chunkSize);
  for (const chunk of chunks) {
    const invalid = validateChunk(chunk, resolved.callbackUrl);
    if (invalid) throw invalid;
  }
  const prior = await workflows.load(workflowId);
  const createdAt = prior?.createdAt ?? resolved.clock.now();
  const known = new Map(prior?.chunks.map((c) => [c.index, c]));
  const failures: FailedChunk[] = [];
  let sendFailed = false;
  let notSubmittedFrom = jobs.length;
  const counts = { chunks: 0, jobs: 0 };

  async function resumeOne(chunk: PendingChunk): Promise<void> {
    const hash = jobsHash(chunk.jobs);
    const ledger = chunkLedger(resolved.ledger, workflowId, chunk.index);
    const ref = { index: chunk.index, start: chunk.start, end: chunk.end, jobsHash: hash };
    const record = known.get(chunk.index);
    if (record && (record.jobsHash !== hash || record.start !== chunk.start || record.end !== chunk.end)) {
      throw new TypeError(
        `submitAllResumable: workflow ${JSON.stringify(workflowId)} chunk ${chunk.index} was recorded with other jobs; resume with the same jobs and chunkSize, or use a new workflowId`,
      );
    }
    if (record?.state === "submitted") return;
    const mine = await workflows.recordInFlight(workflowId, createdAt, ref);
    if (!mine && !resolved.allowResubmit) {
      const entry = await ledger.get(hash);
      if (entry?.state === "submitted") {
        // The run answered, but its caller died (or is just now) recording it: the ledger knows.
        await workflows.recordSubmitted(workflowId, { ...ref, asyncId: entry.asyncId });
        return;
      }
      const how = entry
        ? `${entry.state === "ambiguous" ? "sent without an answer" : "in flight"} since ${new Date(entry.at).toISOString()}`
        : "recorded in flight";
      failures.push({
        ...ref,
        reason: "already-submitted",
        mayHaveRun: true,
        cause: new Error(
          `workflow ${JSON.stringify(workflowId)} chunk ${chunk.index} was ${how} by another call (alive, or dead mid-way), so it may be running; check it at iVvy, then pass allowResubmit: true to send it again`,
        ),
      });
      return;
    }
    try {
      const handle = await submitChunks(client, [chunk], { ...resolved, ledger, concurrency: 1, onChunkSubmitted: undefined } satisfies ResolvedSubmitOptions);
      const submitted = handle.chunks[0];
      if (submitted) {
        await workflows.recordSubmitted(workflowId, submitted);
        counts.chunks++;
        counts.jobs += submitted.end - submitted.start;
        resolved.onChunkSubmitted?.(submitted, { ...counts });
      }
    } catch (error) {
      const failed: FailedChunk[] = isIvvySubmissionError(error)
        ? error.failedChunks
        : [{ ...ref, reason: resolved.signal?.aborted || resolved.stopSignal?.aborted ? "aborted" : "unsent", mayHaveRun: false, cause: error }];
      for (const f of failed) {
        // Definitely not stored at iVvy: forget it, so a later call may send it.
        if (!f.mayHaveRun) await workflows.forgetInFlight(workflowId, f.index);
        if (f.reason !== "already-submitted" && f.reason !== "aborted") sendFailed = true;
        failures.push(f);
      }
    }
  }

  await forEachConcurrent(chunks, resolved.concurrency, async (chunk) => {
    if (sendFailed) notSubmittedFrom = Math.min(notSubmittedFrom, chunk.start);
    else if (resolved.stopSignal?.aborted || resolved.signal?.aborted) {
      // Stopped before this chunk was started: said per chunk, so the error lists what was never sent.
      const before = known.get(chunk.index);
      if (before?.state === "submitted") return;
      if (before) {
        const { state: _state, ...ref } = before;
        failures.push({
          ...ref,
          reason: "already-submitted",
          mayHaveRun: true,
          cause: new Error(
            `workflow ${JSON.stringify(workflowId)} chunk ${chunk.index} was recorded in flight by an earlier call whose answer was never read, so it may be running`,
          ),
        });
        return;
      }
      const reason = resolved.signal?.aborted ? resolved.signal.reason : resolved.stopSignal?.reason;
      failures.push({
        index: chunk.index,
        start: chunk.start,
        end: chunk.end,
        jobsHash: jobsHash(chunk.jobs),
        reason: "aborted",
        mayHaveRun: false,
        cause: reason,
      });
    } else await resumeOne(chunk);
  });

  // The store, not this call's own list, is the truth: another instance may have
  // submitted chunks of the same workflow meanwhile.
  const record = await workflows.load(workflowId);
  const handle = workflowHandle(record ?? { createdAt, chunks: [] });
  // A chunk refused because another call had it in flight is no failure once that call
  // has recorded it submitted.
  const done = new Set(handle.chunks.map((c) => c.index));
  const failedChunks = failures.filter((f) => !(f.reason === "already-submitted" && done.has(f.index)));
  if (failedChunks.length > 0) throw new IvvySubmissionError({ failedChunks, handle, notSubmittedFrom });
  return handle;
}
