// The iVvy error envelope (`ErrorEnvelope` in openapi.yaml) as a value: the HTTP status
// again as errorCode, a message, a specific code (0 where iVvy documents none), and the
// additional messages only when there are some.
import { SpecificCode } from "./specific-codes.js";
import type { ErrorEnvelope } from "./types.js";

export function envelope(
  errorCode: number,
  message: string,
  specificCode: number = SpecificCode.Unspecified,
  additionalMessages?: readonly string[],
): ErrorEnvelope {
  return additionalMessages?.length ? { errorCode, message, specificCode, additionalMessages: [...additionalMessages] } : { errorCode, message, specificCode };
}
