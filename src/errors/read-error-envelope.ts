// The error envelope of a failed response, as the client reports it. iVvy's examples
// send errorCode and specificCode as integers, but ivvy-sdk-net types both as strings
// (see the x-decision on ErrorEnvelope in openapi.yaml), so a numeric string is read as
// its number (readCode): the specific code is never lost because of its JSON type.
import { readCode } from "../contract/is-error-envelope.js";
import { isPlainObject } from "../contract/is-plain-object.js";
import { SpecificCode } from "../contract/specific-codes.js";
import type { ErrorEnvelope } from "../contract/types.js";

const EXCERPT_CHARS = 300;

/** What the body said instead (a proxy's or gateway's page names the real failure), cut to EXCERPT_CHARS. */
function bodyExcerpt(body: unknown): string[] {
  if (body === undefined || body === null || body === "") return [];
  const text = typeof body === "string" ? body : JSON.stringify(body);
  if (!text) return [];
  const flat = text.replace(/\s+/g, " ").trim();
  return [`It said: ${flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS)}…` : flat}`];
}

/** The body's envelope with numeric codes, or one rebuilt from the status when the body is not an envelope. */
export function readErrorEnvelope(body: unknown, status: number, statusText = ""): ErrorEnvelope {
  const fields = isPlainObject(body) ? body : {};
  const specificCode = readCode(fields.specificCode);
  const message = typeof fields.message === "string" ? fields.message : undefined;
  const additional = Array.isArray(fields.additionalMessages) ? fields.additionalMessages.map(String) : undefined;
  if (message === undefined && specificCode === undefined) {
    return {
      errorCode: status,
      message: statusText || `HTTP ${status}`,
      specificCode: SpecificCode.Unspecified,
      additionalMessages: ["The response body was not an iVvy error envelope", ...bodyExcerpt(body)],
    };
  }
  return {
    errorCode: readCode(fields.errorCode) ?? status,
    message: message ?? (statusText || `HTTP ${status}`),
    specificCode: specificCode ?? SpecificCode.Unspecified,
    ...(additional ? { additionalMessages: additional } : {}),
  };
}
