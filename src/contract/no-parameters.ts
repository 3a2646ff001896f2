// openapi.yaml, "Decisions": an empty JSON array is no parameters. iVvy's PHP SDK encodes
// with json_encode, so an empty parameter array goes out as `[]` (its ping's body, its jobs'
// `"params":[]`), and PHP's json_decode($body, true) reads `[]` and `{}` alike.

/** `{}` for an empty JSON array, the value itself otherwise. */
export function readNoParameters(value: unknown): unknown {
  return Array.isArray(value) && value.length === 0 ? {} : value;
}
