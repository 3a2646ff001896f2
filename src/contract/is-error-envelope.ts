import { isPlainObject } from "./is-plain-object.js";
import type { ErrorEnvelope } from "./types.js";

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
    (value.additionalMessages === undefined || (Array.isArray(value.additionalMessages) && value.additionalMessages.every((m) => typeof m === "string")))
  );
}

const NUMERIC = /^\s*\d+\s*$/;

/**
 * An integer code from a JSON number or a numeric string; undefined for anything else.
 * iVvy's examples send errorCode and specificCode as integers, but ivvy-sdk-net types
 * both as strings (the x-decision on ErrorEnvelope in openapi.yaml), so both are read.
 */
export function readCode(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  if (typeof value === "string" && NUMERIC.test(value)) {
    const code = Number(value);
    return Number.isSafeInteger(code) ? code : undefined;
  }
  return undefined;
}

/**
 * A job's response read as an error envelope, with numeric-string codes made numbers;
 * undefined when it is not one (the same shape rules as isErrorEnvelope otherwise).
 */
export function readJobErrorEnvelope(value: unknown): ErrorEnvelope | undefined {
  if (isErrorEnvelope(value)) return value;
  if (!isPlainObject(value)) return undefined;
  const errorCode = readCode(value.errorCode);
  const specificCode = readCode(value.specificCode);
  if (errorCode === undefined || errorCode < 400 || errorCode > 599 || specificCode === undefined || typeof value.message !== "string") return undefined;
  const { additionalMessages } = value;
  if (additionalMessages !== undefined && !(Array.isArray(additionalMessages) && additionalMessages.every((m) => typeof m === "string"))) return undefined;
  return {
    errorCode,
    message: value.message,
    specificCode,
    ...(additionalMessages === undefined ? {} : { additionalMessages: additionalMessages as string[] }),
  };
}
