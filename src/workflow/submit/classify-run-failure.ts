import { SpecificCode } from "../../contract/specific-codes.js";
import { isIvvyApiError, isIvvyNetworkError, isIvvyResponseError, isIvvyValidationError } from "../../errors/type-guards.js";
import type { ChunkFailureReason } from "../errors/ivvy-submission-error.js";

export interface RunFailure {
  reason: ChunkFailureReason;
  /** True when the run may have been stored at iVvy. */
  mayHaveRun: boolean;
  /** True when iVvy said it stored nothing and the same run may succeed later (429; 500 with 24091 "not saved"). */
  retryable: boolean;
}

// Gateways answer these when the upstream did not answer in time or at all; the
// request may have been processed behind them, so the answer proves nothing.
const GATEWAY_STATUSES = new Set([502, 504]);

/**
 * What a failed `run` means for the chunk. An answer from iVvy means nothing was stored
 * (openapi.yaml: "Whether it was is unknown to the client only if no response arrived
 * at all"); no answer, or a gateway's, means it may have been. Sending the same run
 * again is safe, and worth it, only when iVvy said both that nothing was stored and that
 * the failure is passing: 429 (turned away before being looked at) and 500 with 24091
 * ("The information was not saved").
 */
export function classifyRunFailure(error: unknown): RunFailure {
  if (isIvvyValidationError(error)) return { reason: "invalid", mayHaveRun: false, retryable: false };
  if (isIvvyApiError(error)) {
    if (GATEWAY_STATUSES.has(error.status)) return { reason: "ambiguous", mayHaveRun: true, retryable: false };
    const passing = error.status === 429 || (error.status === 500 && error.specificCode === SpecificCode.NotSaved);
    return { reason: "rejected", mayHaveRun: false, retryable: passing };
  }
  if (isIvvyResponseError(error)) {
    // A redirect the client did not follow went nowhere: the server that sent it did not
    // take the run (RFC 9110: the resource is elsewhere). Any other answer it would not
    // take (a 2xx without a valid asyncId, too large, or reached through a redirect a
    // custom fetch followed) may well mean a batch was stored.
    return error.problem === "redirect" && !error.followed
      ? { reason: "rejected", mayHaveRun: false, retryable: false }
      : { reason: "ambiguous", mayHaveRun: true, retryable: false };
  }
  if (isIvvyNetworkError(error)) {
    return error.mayHaveReachedServer ? { reason: "ambiguous", mayHaveRun: true, retryable: false } : { reason: "unsent", mayHaveRun: false, retryable: false };
  }
  // An abort while the run was in flight (the request may already have been received),
  // or anything else (a bug in a custom fetch, ...): neither proves the request was not sent.
  return { reason: "ambiguous", mayHaveRun: true, retryable: false };
}
