import type { BatchClient } from "../client/create-batch-client.js";
import { IvvySubmissionError, type FailedChunk } from "../errors/ivvy-submission-error.js";
import { isIvvySubmissionError } from "../errors/workflow-type-guards.js";
import type { Job } from "../spec/types.js";
import type { BatchHandle } from "../workflow/batch-handle.js";
import { chunkArray, type PendingChunk } from "../workflow/chunk-jobs.js";
import { jobsHash } from "../workflow/jobs-hash.js";
import { submitChunks } from "../workflow/submit-chunks.js";
import { resolveSubmitOptions, type SubmitAllOptions } from "../workflow/submit-options.js";
import { validateChunk } from "../workflow/validate-chunk.js";
import { workflowHandle } from "./workflow-handle.js";
import type { WorkflowStore } from "./workflow-store.js";

export interface SubmitAllResumableOptions extends SubmitAllOptions {
  /** Names the workflow in the store: the same id after a restart resumes it. */
  workflowId: string;
  workflows: WorkflowStore;
}

/**
 * submitAll that can be resumed: the chunks' states live in `workflows` (shared, e.g. in
 * Postgres), each recorded in flight before its run is sent and submitted after. Called
 * again with the same id and jobs (after a crash, or from another instance), it adopts
 * the chunks already submitted, sends those never sent, and refuses, as submitAll does,
 * those that may have been sent (in flight when the process died): a chunk is never sent
 * twice. Resolves with the workflow's handle, built from the store.
 */
export async function submitAllResumable(client: BatchClient, jobs: readonly Job[], options: SubmitAllResumableOptions): Promise<BatchHandle> {
  const { workflowId, workflows, ...submitOptions } = options;
  if (typeof workflowId !== "string" || workflowId.length === 0 || workflowId.length > 200) {
    throw new TypeError("submitAllResumable: workflowId must be a non-empty string of at most 200 characters");
  }
  if (typeof workflows?.load !== "function") throw new TypeError("submitAllResumable: workflows must be a WorkflowStore (createMemoryWorkflowStore(), or the Postgres store set's workflows)");
  if (!Array.isArray(jobs)) throw new TypeError("submitAllResumable: jobs must be an array: resuming sends the same list again");
  const resolved = resolveSubmitOptions("submitAllResumable", submitOptions);
  const chunks = chunkArray(jobs, resolved.chunkSize);
  for (const chunk of chunks) {
    const invalid = validateChunk(chunk, resolved.callbackUrl);
    if (invalid) throw invalid;
  }
  const hashes = chunks.map((chunk) => jobsHash(chunk.jobs));

  const prior = await workflows.load(workflowId);
  const known = new Map(prior?.chunks.map((c) => [c.index, c]));
  const toSend: PendingChunk[] = [];
  const mayHaveRun: FailedChunk[] = [];
  for (const [i, chunk] of chunks.entries()) {
    const record = known.get(chunk.index);
    if (record && (record.jobsHash !== hashes[i] || record.start !== chunk.start || record.end !== chunk.end)) {
      throw new TypeError(`submitAllResumable: workflow ${JSON.stringify(workflowId)} chunk ${chunk.index} was recorded with other jobs; resume with the same jobs and chunkSize, or use a new workflowId`);
    }
    if (record?.state === "submitted") continue;
    if (record?.state === "in-flight") {
      const entry = await resolved.ledger.get(hashes[i]!);
      if (entry?.state === "submitted") {
        // The run answered but the process died before recording it: the ledger knows.
        await workflows.recordSubmitted(workflowId, { index: chunk.index, asyncId: entry.asyncId, start: chunk.start, end: chunk.end, jobsHash: hashes[i]! });
        continue;
      }
      if (entry && !resolved.allowResubmit) {
        // Sent, or about to be, when the process died (or another instance is sending it
        // now): it may be running, so it is not sent again. The rest still goes out.
        mayHaveRun.push({
          index: chunk.index,
          start: chunk.start,
          end: chunk.end,
          jobsHash: hashes[i]!,
          reason: "already-submitted",
          mayHaveRun: true,
          cause: new Error(
            `workflow ${JSON.stringify(workflowId)} chunk ${chunk.index} was ${entry.state === "ambiguous" ? "sent without an answer" : "in flight"} since ${new Date(entry.at).toISOString()}, so it may be running; check it at iVvy, then pass allowResubmit: true to send it again`,
          ),
        });
        continue;
      }
    }
    toSend.push(chunk);
  }

  await workflows.recordInFlight(
    workflowId,
    resolved.now(),
    toSend.map((chunk) => ({ index: chunk.index, start: chunk.start, end: chunk.end, jobsHash: jobsHash(chunk.jobs) })),
  );
  const recording: Promise<void>[] = [];
  let failure: unknown;
  if (toSend.length > 0) {
    try {
      await submitChunks(client, toSend, {
        ...resolved,
        // onChunkSubmitted is synchronous: the write starts here and is awaited below,
        // before the handle is returned. Should the process die first, the ledger (set
        // before this) says "submitted", and a resume adopts the chunk from it.
        onChunkSubmitted(ref, counts) {
          recording.push(workflows.recordSubmitted(workflowId, ref));
          resolved.onChunkSubmitted?.(ref, counts);
        },
      });
    } catch (error) {
      failure = error;
    }
  }
  await Promise.all(recording);
  if (failure !== undefined && !isIvvySubmissionError(failure)) throw failure;
  if (isIvvySubmissionError(failure)) {
    // Definitely not stored at iVvy: a resume may send these again.
    for (const chunk of failure.failedChunks) if (!chunk.mayHaveRun) await workflows.forgetInFlight(workflowId, chunk.index);
  }
  return finish();

  // The store, not this call's own list, is the truth: another instance may have
  // submitted some chunks of the same workflow meanwhile.
  async function finish(): Promise<BatchHandle> {
    const record = await workflows.load(workflowId);
    const handle = record ? workflowHandle(record) : workflowHandle({ createdAt: resolved.now(), chunks: [] });
    const failedChunks = [...mayHaveRun, ...(isIvvySubmissionError(failure) ? failure.failedChunks : [])];
    if (failedChunks.length > 0) {
      const notSubmittedFrom = isIvvySubmissionError(failure) ? failure.notSubmittedFrom : jobs.length;
      throw new IvvySubmissionError({ failedChunks, handle, notSubmittedFrom });
    }
    return handle;
  }
}
