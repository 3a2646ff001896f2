// The JSON the dashboard's API answers, built from the emulator's state on request (never
// on the request path). Pure: what is shown of a request, a batch, the faults.
import { isErrorEnvelope } from "../../contract/is-error-envelope.js";
import { API_VERSION, canonicalIvvyHeaders, md5Hex } from "../../signing/sign-request.js";
import { urlApiVersion } from "../../signing/verify-request.js";
import { type Batch, progressOf } from "../batches/batch-state.js";
import type { CallbackDelivery } from "../callbacks/callback-delivery.js";
import type { FaultOptions } from "../options/faults.js";
import { KEPT_BODY_BYTES, keyOf, type LoggedRequest } from "./request-log.js";

export interface RequestSummary {
  id: number;
  at: number;
  method: string;
  path: string;
  operation: string | undefined;
  status: number;
  specificCode: number | undefined;
  durationMs: number;
  apiKey: string | undefined;
  /** The asyncId the request named or was given, when there is one. */
  asyncId: string | undefined;
}

const ASYNC_ID = /"async(?:Id)?"\s*:\s*"([0-9a-f]{32})"/;
const utf8 = new TextDecoder("utf-8");

function asyncIdOf(entry: LoggedRequest): string | undefined {
  const fromAnswer = (entry.answer as { asyncId?: unknown } | undefined)?.asyncId;
  if (typeof fromAnswer === "string") return fromAnswer;
  if (!entry.body || entry.body.byteLength > 200) return undefined;
  return ASYNC_ID.exec(utf8.decode(entry.body))?.[1];
}

export const requestSummary = (entry: LoggedRequest): RequestSummary => ({
  id: entry.id,
  at: entry.at,
  method: entry.method,
  path: entry.path,
  operation: entry.operation,
  status: entry.status,
  specificCode: entry.specificCode,
  durationMs: entry.durationMs,
  apiKey: keyOf(entry),
  asyncId: asyncIdOf(entry),
});

export function requestDetail(entry: LoggedRequest) {
  const headers: Record<string, string> = {};
  entry.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  const complete = entry.body !== undefined && entry.bodyLength === entry.body.byteLength;
  const detail = {
    ...requestSummary(entry),
    headers,
    body:
      entry.body === undefined
        ? { read: false as const, note: "not read: the request was refused on its headers" }
        : {
            read: true as const,
            length: entry.bodyLength,
            truncated: !complete,
            text: utf8.decode(entry.body),
            ...(complete ? { md5: md5Hex(entry.body) } : {}),
          },
    answer: entry.answer ?? { note: "a results answer is not kept here: open the batch" },
    answerHeaders: entry.answerHeaders,
    signature: entry.authFailure
      ? {
          reason: entry.authFailure.reason,
          stringToSign: entry.authFailure.stringToSign,
          // What the emulator built the string from, part by part, to find the one that differs.
          parts: {
            method: entry.method.toLowerCase(),
            contentMd5: headers["content-md5"] ?? null,
            bodyMd5: complete ? md5Hex(entry.body!) : null,
            contentType: headers["content-type"] ?? null,
            date: headers["ivvy-date"] !== undefined ? "" : (headers.date ?? null),
            requestString: entry.path,
            apiVersion: urlApiVersion(entry.path) ?? API_VERSION,
            ivvyHeaders: canonicalIvvyHeaders(Object.entries(headers)),
          },
          compareWith:
            "The string your client signed before HMAC-SHA1 with its secret (this package: stringToSign from ivvy-batch). " +
            "They must be equal, lowercased: method, Content-MD5 (of the exact body bytes), Content-Type, the Date header (empty when IVVY-Date is sent), " +
            "the path and query as sent, the API version of the URL, then the IVVY* headers sorted.",
        }
      : undefined,
  };
  return detail;
}

export interface DeliverySummary {
  count: number;
  state: CallbackDelivery["state"] | undefined;
  nextAttemptAt: number | undefined;
}

function deliverySummary(deliveries: readonly CallbackDelivery[]): DeliverySummary {
  const last = deliveries.at(-1);
  return { count: deliveries.length, state: last?.state, nextAttemptAt: last?.nextAttemptAt };
}

export function batchSummary(batch: Batch, retentionMs: number, deliveries: readonly CallbackDelivery[]) {
  return {
    asyncId: batch.asyncId,
    apiKey: batch.owner,
    status: batch.status,
    progress: progressOf(batch),
    done: batch.responses.length,
    failed: batch.responses.filter(isErrorEnvelope).length,
    total: batch.jobs.length,
    createdAt: batch.createdAt,
    expiresAt: batch.createdAt + retentionMs,
    completedAt: batch.completedAt,
    restarts: batch.restarts,
    callbackUrl: batch.callbackUrl,
    storedBytes: batch.storedBytes,
    deliveries: deliverySummary(deliveries),
  };
}

export function batchDetail(batch: Batch, retentionMs: number, deliveries: readonly CallbackDelivery[]) {
  return {
    ...batchSummary(batch, retentionMs, deliveries),
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
    callbacks: deliveries,
  };
}

/** Fault options as JSON: a function-valued option is shown, not sent. */
export function faultsView(faults: FaultOptions) {
  return {
    latencyMs: faults.latencyMs ?? 0,
    failJobs: typeof faults.failJobs === "function" ? "(a function: set in code)" : [...(faults.failJobs ?? [])],
    callbackDelayMs: faults.callbackDelayMs ?? 0,
    dropCallbacks: faults.dropCallbacks ?? 0,
    duplicateCallbacks: faults.duplicateCallbacks ?? false,
    rate429: faults.rate429 ?? 0,
    rate5xx: faults.rate5xx ?? 0,
    retryAfterSeconds: faults.retryAfterSeconds ?? 1,
    random: faults.random ? "(a function: set in code)" : "Math.random",
  };
}

export { KEPT_BODY_BYTES };
