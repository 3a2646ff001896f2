// What an observer sees of a batch: a summary for lists, and the detail of one batch that
// starts with that same summary. Both take their figures from batchProgress, the one
// source the progress action reads too, so a list and a detail can never disagree.
import { isErrorEnvelope } from "../../contract/is-error-envelope.js";
import type { JobResponse } from "../../contract/types.js";
import { type Batch, type BatchProgress, type BatchStatus, batchProgress } from "../batches/batch-state.js";
import type { CallbackDelivery, DeliverySummary } from "../callbacks/callback-delivery.js";

export type { DeliverySummary };

export interface BatchSummary extends BatchProgress {
  asyncId: string;
  /** The key that ran it (undefined under relaxed auth). */
  apiKey: string | undefined;
  status: BatchStatus;
  createdAt: number;
  expiresAt: number;
  completedAt: number | undefined;
  restarts: number;
  callbackUrl: string | undefined;
  /** What it counts against its key's storage limit, in bytes. */
  storedBytes: number;
  deliveries: DeliverySummary;
}

export interface BatchJobView {
  index: number;
  namespace: string;
  action: string;
  params: Readonly<Record<string, unknown>>;
  status: "pending" | "done" | "failed";
  response: JobResponse | undefined;
}

export interface BatchDetail extends BatchSummary {
  jobs: BatchJobView[];
  /** Every callback delivery, each attempt included. */
  callbacks: CallbackDelivery[];
}

export function summarizeBatch(batch: Batch, retentionMs: number, deliveries: DeliverySummary): BatchSummary {
  return {
    asyncId: batch.asyncId,
    apiKey: batch.owner,
    status: batch.status,
    ...batchProgress(batch),
    createdAt: batch.createdAt,
    expiresAt: batch.createdAt + retentionMs,
    completedAt: batch.completedAt,
    restarts: batch.restarts,
    callbackUrl: batch.callbackUrl,
    storedBytes: batch.storedBytes,
    deliveries,
  };
}

export function batchDetail(summary: BatchSummary, batch: Batch, callbacks: CallbackDelivery[]): BatchDetail {
  return {
    ...summary,
    jobs: batch.jobs.map((job, index) => {
      const response = batch.responses[index];
      return {
        index,
        namespace: job.namespace,
        action: job.action,
        params: job.params,
        status: response === undefined ? "pending" : isErrorEnvelope(response) ? "failed" : "done",
        response,
      };
    }),
    callbacks,
  };
}
