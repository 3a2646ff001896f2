import type { ErrorEnvelope } from "../contract/types.js";
import type { ReceiverAnswer } from "./incoming-callback.js";

const JSON_HEADERS = { "content-type": "application/json; charset=utf-8" } as const;

// Hundreds of broken results would otherwise make a response as big as the request.
const MAX_REASONS = 20;

/**
 * A rejection, in the shape of iVvy's own error envelope (which the spec defines), so
 * clients and the hardening tests can check every error body against one schema.
 */
export function rejection(status: number, message: string, reasons: string[] = [], headers: Record<string, string> = {}): ReceiverAnswer {
  const shown = reasons.length > MAX_REASONS ? [...reasons.slice(0, MAX_REASONS), `... and ${reasons.length - MAX_REASONS} more`] : reasons;
  const envelope: ErrorEnvelope = { errorCode: status, message, specificCode: 0, additionalMessages: shown };
  return { status, headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify(envelope) };
}

export const accepted = (duplicate: boolean): ReceiverAnswer => ({
  status: 200,
  headers: { ...JSON_HEADERS },
  body: duplicate ? '{"received":true,"duplicate":true}' : '{"received":true,"duplicate":false}',
});
