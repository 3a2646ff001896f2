import { validateRunRequest } from "../../contract/validate-run-request.js";
import { IvvyValidationError } from "../../errors/ivvy-validation-error.js";
import type { PendingChunk } from "../model/chunk-jobs.js";

/**
 * Checks a chunk with the same rules run applies (and the emulator enforces), before it
 * is sent. The shared validator names jobs by their place in the chunk (`jobs[3]`); the
 * message is rewritten to their place in the caller's whole list, which is what they
 * can find and fix.
 */
export function validateChunk(chunk: PendingChunk, callbackUrl?: string): IvvyValidationError | undefined {
  const body = callbackUrl === undefined ? { jobs: chunk.jobs } : { jobs: chunk.jobs, callbackUrl };
  const checked = validateRunRequest(body);
  if (checked.ok) return undefined;
  const absolute = (text: string) =>
    text.replace(/\bjobs\[(\d+)\]/g, (_match, i: string) => `jobs[${chunk.positions?.[Number(i)] ?? chunk.start + Number(i)}]`);
  return new IvvyValidationError({
    action: "run",
    specificCode: checked.specificCode,
    message: `chunk ${chunk.index}: ${checked.message}`,
    additionalMessages: checked.additionalMessages.map(absolute),
  });
}
