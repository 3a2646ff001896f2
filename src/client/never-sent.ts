// Whether a failed fetch provably sent nothing: the connection was never made, so not a
// byte of the request was written and a run cannot have been stored (docs/client.md, IvvyNetworkError's mayHaveReachedServer).
// Anything else (a reset, a hang-up, a timeout, an error from a custom fetch) may have
// come after the request reached the server.

/** Error codes of failures that happen before a connection exists: DNS, connect, refused. */
const BEFORE_CONNECTION = new Set([
  "ECONNREFUSED", // nothing listening
  "ENOTFOUND", // DNS: no such host
  "EAI_AGAIN", // DNS: resolver failed (temporarily)
  "EAI_FAIL",
  "EAI_NONAME",
  "EAI_NODATA",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENETDOWN",
  "EHOSTDOWN",
  "EADDRNOTAVAIL",
  "UND_ERR_CONNECT_TIMEOUT", // undici gave up connecting
]);

/**
 * True when `error` (fetch's TypeError, or anything a custom fetch threw) was caused
 * only by failures to connect. undici wraps the cause once (`TypeError: fetch failed`,
 * cause `connect ECONNREFUSED`), and an AggregateError when it tried several addresses:
 * every one of them must have been refused.
 */
export function isNeverSent(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (typeof current === "object" && current !== null && !seen.has(current)) {
    seen.add(current);
    const { code, errors, cause } = current as { code?: unknown; errors?: unknown; cause?: unknown };
    if (current instanceof AggregateError && Array.isArray(errors) && errors.length > 0) return errors.every(isNeverSent);
    if (typeof code === "string") return BEFORE_CONNECTION.has(code);
    current = cause;
  }
  return false;
}
