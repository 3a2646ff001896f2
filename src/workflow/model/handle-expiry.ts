import { SpecificCode } from "../../contract/specific-codes.js";
import { IvvyValidationError } from "../../errors/ivvy-validation-error.js";
import type { BatchHandle } from "./batch-handle.js";
import type { WorkflowWarning } from "./workflow-warning.js";

/** Warn this long before a handle expires, unless told otherwise. */
export const DEFAULT_EXPIRY_WARNING_MS = 6 * 60 * 60 * 1000;

export type ExpiryStatus = { state: "ok" } | { state: "expiring"; remainingMs: number } | { state: "expired" };

/** Where a handle stands against iVvy's two-day retention, at time `now`. */
export function expiryStatus(handle: BatchHandle, now: number, warningMs: number): ExpiryStatus {
  const remainingMs = Date.parse(handle.expiresAt) - now;
  if (remainingMs <= 0) return { state: "expired" };
  if (remainingMs <= warningMs) return { state: "expiring", remainingMs };
  return { state: "ok" };
}

/**
 * Throws when the handle has expired: iVvy would answer "could not find batch" for every
 * chunk, so saying why here beats 404s. Returns a warning when it is close.
 */
export function checkExpiry(caller: string, handle: BatchHandle, now: number, warningMs: number): WorkflowWarning | undefined {
  const status = expiryStatus(handle, now, warningMs);
  if (status.state === "expired") {
    throw new IvvyValidationError({
      action: caller,
      specificCode: SpecificCode.BatchNotFound,
      message: `the batch handle expired at ${handle.expiresAt}: iVvy keeps batches and their results for two days after they are created`,
      additionalMessages: ["submit the jobs again to get a new handle"],
    });
  }
  if (status.state === "expiring") {
    const hours = (status.remainingMs / 3_600_000).toFixed(1);
    return {
      code: "handle-expiring",
      message: `${caller}: the batch's results expire at ${handle.expiresAt} (in ${hours} h); collect them before then`,
    };
  }
  return undefined;
}
