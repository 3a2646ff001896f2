import type { ErrorEnvelope } from "../spec/types.js";
import { isPlainObject } from "../validation/validation-result.js";

/**
 * Whether a job's response is iVvy's error envelope. A result has no status field: a
 * failed job is known only by the shape of its response (openapi.yaml, `JobResponse`
 * is "the call's own response body on success, or an iVvy error envelope"). errorCode
 * must be an error status so that a success body that happens to carry a `message`
 * and codes is not taken for a failure.
 */
export function isErrorEnvelope(value: unknown): value is ErrorEnvelope {
  return (
    isPlainObject(value) &&
    Number.isInteger(value.errorCode) &&
    (value.errorCode as number) >= 400 &&
    (value.errorCode as number) <= 599 &&
    typeof value.message === "string" &&
    Number.isInteger(value.specificCode) &&
    (value.specificCode as number) >= 0 &&
    (value.additionalMessages === undefined ||
      (Array.isArray(value.additionalMessages) && value.additionalMessages.every((m) => typeof m === "string")))
  );
}
