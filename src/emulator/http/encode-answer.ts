// One answer of the core as the bytes both edges send: JSON text with its content type.

import { refusals } from "../operations/refusals.js";
import type { EmulatorAnswer } from "./emulator-request.js";

export interface EncodedAnswer {
  status: number;
  headers: Record<string, string>;
  json: string;
}

export function encodeAnswer(answer: EmulatorAnswer): EncodedAnswer {
  let json: string;
  try {
    json = JSON.stringify(answer.body);
  } catch (error) {
    // Stored results are copied through JSON when a job ends, so only a bug of ours gets here.
    const body = refusals.serverError(`Unexpected emulator error: ${(error as Error).message}`);
    return { status: 500, headers: { "content-type": "application/json" }, json: JSON.stringify(body) };
  }
  return { status: answer.status, headers: { "content-type": "application/json", ...answer.headers }, json };
}
