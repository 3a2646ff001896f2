/** Outcome of checking a request body against the rules the iVvy server applies. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; specificCode: number; message: string; additionalMessages: string[] };

export const invalid = (specificCode: number, message: string, ...additionalMessages: string[]) =>
  ({ ok: false, specificCode, message, additionalMessages }) as const;
