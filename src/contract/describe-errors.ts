/** The fields of an ajv error this package reports (ajv's ErrorObject, or standalone code's). */
export interface SchemaViolation {
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** One line per violation, e.g. `/progress must be <= 100`. Free of ajv, for the client. */
export function describeErrors(errors: readonly SchemaViolation[] | null | undefined): string[] {
  return (errors ?? []).map(
    (e) =>
      `${e.instancePath || "(root)"} ${e.message ?? "is invalid"}${e.params && "additionalProperty" in e.params ? ` ('${String(e.params.additionalProperty)}')` : ""}`,
  );
}
