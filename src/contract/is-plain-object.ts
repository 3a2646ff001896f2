/** A JSON object: what every iVvy request body, job's params and job response is. */
export const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
