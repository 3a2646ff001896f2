// What never reaches a recording: the signature of every request, most of the API key, and
// the values of the JSON fields a user names (emails, names, phone numbers). A masked value
// becomes a placeholder derived from the value itself, so the same value masks to the same
// placeholder in every file and a replay (which masks incoming params the same way) still
// matches.
import { createHash } from "node:crypto";

export const AUTHORIZATION_HEADER = "x-api-authorization";

/**
 * `IWS <key>:<signature>` keeps the key's first four characters and drops the signature, so
 * a reader can tell which key was used and nothing more: `IWS ab12…:[signature removed]`.
 */
export function maskAuthorization(value: string): string {
  const match = /^IWS\s+([^:\s]*)/i.exec(value);
  const key = match?.[1] ?? "";
  return `IWS ${key.slice(0, 4)}…:[signature removed]`;
}

/** The stable placeholder of a masked value: `masked:` and 12 hex digits of its SHA-256. */
export function placeholder(value: unknown): string {
  return `masked:${createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 12)}`;
}

/** A copy of a JSON value with every property named in `fields` (any case, any depth) replaced by its placeholder. */
export function maskFields(value: unknown, fields: ReadonlySet<string>): unknown {
  if (fields.size === 0) return value;
  if (Array.isArray(value)) return value.map((item) => maskFields(item, fields));
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = fields.has(key.toLowerCase()) && inner !== null && inner !== "" ? placeholder(inner) : maskFields(inner, fields);
  }
  return out;
}

/** The masked text of a body: JSON bodies field by field; other text as is (only JSON carries iVvy's data). */
export function maskBodyText(text: string, fields: ReadonlySet<string>): string {
  if (fields.size === 0 || text === "") return text;
  try {
    return JSON.stringify(maskFields(JSON.parse(text), fields));
  } catch {
    return text;
  }
}

/** Normalised field names: lower case, for a case-insensitive match. */
export const fieldSet = (fields: readonly string[]): ReadonlySet<string> => new Set(fields.map((f) => f.toLowerCase()));
