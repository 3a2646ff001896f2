// The JSON the dashboard's API answers of a request and of the faults, built when someone
// asks (never on the request path). Pure. What it shows of a batch is the port's own
// summary and detail.
import { API_VERSION, canonicalIvvyHeaders, md5Hex } from "../../signing/sign-request.js";
import { urlApiVersion } from "../../signing/verify-request.js";
import type { FaultOptions } from "../port/index.js";
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
  /** Why it was refused, for an error answer. */
  refusal: string | undefined;
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
  at: entry.request.at,
  method: entry.request.method,
  path: entry.request.path,
  operation: entry.request.operation,
  status: entry.request.status,
  specificCode: entry.request.specificCode,
  durationMs: entry.request.durationMs,
  apiKey: keyOf(entry),
  asyncId: asyncIdOf(entry),
  refusal: entry.request.refusal,
});

/**
 * The headers without which no string to sign can be built (verifySignedHeaders stops
 * before it): named, so the page can say which ones the request lacked.
 */
export function missingSigningHeaders(headers: Record<string, string>): string[] {
  const missing: string[] = [];
  if (headers["x-api-authorization"] === undefined) missing.push("X-Api-Authorization");
  if (!headers["content-md5"]) missing.push("Content-MD5");
  if (headers["ivvy-date"] === undefined && headers.date === undefined) missing.push("IVVY-Date or Date");
  return missing;
}

/** Why the emulator built no string to sign, in words: the headers it lacked, or the check it stopped at. */
function whyNoStringToSign(headers: Record<string, string>, reason: string): string {
  const missing = missingSigningHeaders(headers);
  if (missing.length === 0) return `No string to sign was built: the emulator stopped at an earlier check (${reason}).`;
  const names = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(", ")} and ${missing.at(-1)}`;
  return `No string to sign could be built: the request has no ${names} header${missing.length === 1 ? "" : "s"}.`;
}

export function requestDetail(entry: LoggedRequest) {
  const { method, path, authFailure, answerHeaders } = entry.request;
  const headers: Record<string, string> = {};
  entry.request.headers.forEach((value, name) => {
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
    answerHeaders,
    signature: authFailure
      ? {
          reason: authFailure.reason,
          stringToSign: authFailure.stringToSign,
          missingHeaders: authFailure.stringToSign === undefined ? missingSigningHeaders(headers) : [],
          notBuilt: authFailure.stringToSign === undefined ? whyNoStringToSign(headers, authFailure.reason) : undefined,
          // What the emulator built the string from, part by part, to find the one that differs.
          parts: {
            method: method.toLowerCase(),
            contentMd5: headers["content-md5"] ?? null,
            bodyMd5: complete ? md5Hex(entry.body!) : null,
            contentType: headers["content-type"] ?? null,
            date: headers["ivvy-date"] !== undefined ? "" : (headers.date ?? null),
            requestString: path,
            apiVersion: urlApiVersion(path) ?? API_VERSION,
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
