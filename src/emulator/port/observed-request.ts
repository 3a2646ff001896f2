// An answered request as the port tells it (emulator-port.ts): what the HTTP core served,
// with the reason of a refusal spelt out.
import type { ServedRequest } from "../http/handle-request.js";
import type { ObservedRequest } from "./emulator-port.js";

/** Why an error answer was given: the precise reason of a refused signature, else the envelope's message and first detail. */
function refusalOf(served: ServedRequest): string | undefined {
  const { entry, answer } = served;
  if (entry.status < 400) return undefined;
  if (entry.authFailure) return entry.authFailure.reason;
  const { message, additionalMessages } = answer.body as { message?: unknown; additionalMessages?: unknown };
  const first = Array.isArray(additionalMessages) && typeof additionalMessages[0] === "string" ? additionalMessages[0] : undefined;
  if (typeof message !== "string") return first;
  return first ? `${message}: ${first}` : message;
}

export function observedRequest(served: ServedRequest): ObservedRequest {
  const { entry, startedAt, request, answer } = served;
  return {
    at: startedAt,
    method: entry.method,
    path: entry.path,
    operation: entry.operation,
    status: entry.status,
    specificCode: entry.specificCode,
    durationMs: entry.durationMs,
    apiKey: answer.apiKey,
    headers: request.headers,
    body: answer.requestBody,
    answer: answer.body,
    answerHeaders: answer.headers,
    refusal: refusalOf(served),
    authFailure: entry.authFailure,
  };
}
