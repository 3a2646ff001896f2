// The error envelopes the emulator answers with, in one place so messages stay
// consistent: the operations' own (unknown batch, not completed) and the HTTP edge's
// refusals (size, content type, rate limits, unknown paths).
import { envelope } from "../../contract/error-envelope.js";
import { SpecificCode } from "../../contract/specific-codes.js";

export const refusals = {
  notFound: (code: number, asyncId: string) =>
    envelope(404, "Could not find batch", code, [`No batch '${asyncId}': unknown, or expired (batches are kept for two days after they are created)`]),
  notCompleted: () => envelope(400, "Batch job not completed", SpecificCode.BatchNotCompleted),
  invalidBody: (why: string) => envelope(400, "The request body does not validate", SpecificCode.InvalidParameter, [why]),
  tooLarge: (limit: number) => envelope(413, "Request body too large", SpecificCode.Unspecified, [`The limit is ${limit} bytes`]),
  unsupportedMediaType: (got: string | null) =>
    envelope(415, "Unsupported content type", SpecificCode.Unspecified, [`Send Content-Type: application/json${got ? ` (got '${got}')` : ""}`]),
  tooManyRequests: (why?: string) => envelope(429, "Too Many Requests", SpecificCode.Unspecified, why ? [why] : undefined),
  // 429, not 503: iVvy documents 429 and no 503 (exceptions page), every operation of the
  // contract has it with Retry-After, and a client reads it truthfully as "turned away
  // before it was looked at; send it again later" (openapi.yaml, x-decision on limits).
  overloaded: (why: string) => envelope(429, "Too Many Requests", SpecificCode.Unspecified, [why]),
  serverError: (why?: string) => envelope(500, "Internal Server Error", SpecificCode.Unspecified, why ? [why] : undefined),
  notSaved: (why?: string) => envelope(500, "The information was not saved", SpecificCode.NotSaved, why ? [why] : undefined),
  unknownPath: (path: string) =>
    envelope(404, "Not Found", SpecificCode.Unspecified, [
      `No iVvy action at '${path}'; batch actions are POST /api/1.0/batch?action=run|progress|results|restart|repost, POST /api/1.0/test?action=ping, and any other action at POST /api/1.0/{namespace}?action={action}`,
    ]),
  methodNotAllowed: (method: string) => envelope(405, "Method Not Allowed", SpecificCode.Unspecified, [`Use POST, not ${method}`]),
};
