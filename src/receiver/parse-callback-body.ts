import { isUtf8 } from "node:buffer";
import type { BatchCallback } from "../contract/types.js";
import { componentValidator, describeErrors } from "../contract/validators.js";

export type ParsedCallback = { ok: true; payload: BatchCallback } | { ok: false; message: string; reasons: string[] };

// Compiled once, on the first callback (not when this module loads, so importing the
// receiver stays cheap): per-request compilation would cost far more than the JSON.parse
// it sits beside (docs/performance.md: at most 2x JSON.parse).
const validateBatchCallback = componentValidator("BatchCallback");

/**
 * Decodes, parses and validates a callback body against `BatchCallback` from
 * openapi.yaml. The bytes are decoded once and parsed once; nothing is re-serialised.
 */
export function parseCallbackBody(bytes: Uint8Array): ParsedCallback {
  // isUtf8 is a SIMD check; Buffer#toString alone would turn bad bytes into U+FFFD silently.
  if (!isUtf8(bytes)) return { ok: false, message: "body is not valid UTF-8", reasons: [] };
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: "body is not JSON", reasons: [(error as Error).message] };
  }
  if (!validateBatchCallback(value)) {
    return {
      ok: false,
      message: "body is not a BatchCallback (openapi.yaml #/components/schemas/BatchCallback)",
      reasons: describeErrors(validateBatchCallback.errors),
    };
  }
  return { ok: true, payload: value as BatchCallback };
}
