// What progress, results, restart and repost answer for a batch (or for none), as the
// x-decision notes of openapi.yaml say. Pure: the caller looks the batch up, applies the
// returned batch and performs the returned effects.
import { SpecificCode } from "../../contract/specific-codes.js";
import type { ErrorEnvelope, ProgressResponse, RepostResponse, RestartResponse, ResultsResponse } from "../../contract/types.js";
import { type Batch, progressOf, restartBatch, resultsOf } from "../batches/batch-state.js";
import { refusals } from "./refusals.js";

export type Answer<T> = { status: 200; body: T } | { status: 400 | 404; body: ErrorEnvelope };

const ok = <T>(body: T) => ({ status: 200, body }) as const;

export function answerProgress(batch: Batch | undefined, asyncId: string): Answer<ProgressResponse> {
  if (!batch) return { status: 404, body: refusals.notFound(SpecificCode.BatchNotFound, asyncId) };
  return ok({ progress: progressOf(batch) });
}

export function answerResults(batch: Batch | undefined, asyncId: string): Answer<ResultsResponse> {
  if (!batch) return { status: 404, body: refusals.notFound(SpecificCode.ResultsNotFound, asyncId) };
  if (batch.status !== "complete") return { status: 400, body: refusals.notCompleted() };
  return ok({ asyncId: batch.asyncId, results: resultsOf(batch) });
}

/** restart: a completed batch runs again (`next` is the reset batch to store and run); a running one is left alone. */
export function decideRestart(batch: Batch | undefined, asyncId: string): { answer: Answer<RestartResponse>; next?: Batch } {
  if (!batch) return { answer: { status: 404, body: refusals.notFound(SpecificCode.BatchNotFound, asyncId) } };
  const { batch: next, restarted } = restartBatch(batch);
  return restarted ? { answer: ok({ restarted: true }), next } : { answer: ok({ restarted: false }) };
}

/** repost: a completed batch with a callbackUrl gets a new delivery (`deliver`). */
export function decideRepost(batch: Batch | undefined, asyncId: string): { answer: Answer<RepostResponse>; deliver: boolean } {
  if (!batch) return { answer: { status: 404, body: refusals.notFound(SpecificCode.BatchNotFound, asyncId) }, deliver: false };
  if (batch.status !== "complete") return { answer: { status: 400, body: refusals.notCompleted() }, deliver: false };
  if (batch.callbackUrl === undefined) return { answer: ok({ reposted: false }), deliver: false };
  return { answer: ok({ reposted: true }), deliver: true };
}
