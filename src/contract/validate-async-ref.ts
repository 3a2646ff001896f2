// The body of progress, results, restart and repost: `{ "async": "<32 hex>" }`.

import { isPlainObject } from "./is-plain-object.js";
import { SpecificCode } from "./specific-codes.js";
import type { AsyncRef } from "./types.js";
import { invalid, type ValidationResult } from "./validation-result.js";

export const ASYNC_ID_PATTERN = /^[0-9a-f]{32}$/;

export function validateAsyncRef(body: unknown): ValidationResult<AsyncRef> {
  if (!isPlainObject(body)) return invalid(SpecificCode.InvalidParameter, "The request body must be a JSON object");
  if (body.async === undefined) return invalid(SpecificCode.MissingParameter, "'async' is required");
  if (typeof body.async !== "string" || !ASYNC_ID_PATTERN.test(body.async)) {
    return invalid(SpecificCode.InvalidParameter, "'async' does not validate", "Value must be a 32 character hexadecimal batch id");
  }
  const extra = Object.keys(body).find((k) => k !== "async");
  if (extra !== undefined) return invalid(SpecificCode.InvalidParameter, `'${extra}' is not a parameter of this action`, "Send only async");
  return { ok: true, value: { async: body.async } };
}
