// When and how long to wait before retrying a safe call (progress, results, ping).
// Pure: randomness is passed in.

export interface RetryOptions {
  /** Retries after the first attempt (default 3; 0 turns retrying off). */
  retries?: number;
  /** First backoff delay in ms (default 200); doubles each retry. */
  baseDelayMs?: number;
  /** Longest single wait in ms, Retry-After included (default 10000). */
  maxDelayMs?: number;
}

export type ResolvedRetryOptions = Required<RetryOptions>;

export const defaultRetryOptions: ResolvedRetryOptions = { retries: 3, baseDelayMs: 200, maxDelayMs: 10_000 };

/** 429 and 5xx are worth retrying; other statuses will answer the same again. */
export const isRetryableStatus = (status: number): boolean => status === 429 || status >= 500;

/**
 * Delay before retry number `attempt` (0-based): `Retry-After` when the server gave one,
 * else exponential backoff with equal jitter (half fixed, half random), capped at maxDelayMs.
 */
export function retryDelayMs(attempt: number, options: ResolvedRetryOptions, random: () => number, retryAfterSeconds?: number): number {
  if (retryAfterSeconds !== undefined) return Math.min(retryAfterSeconds * 1000, options.maxDelayMs);
  const ceiling = Math.min(options.baseDelayMs * 2 ** attempt, options.maxDelayMs);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Seconds from a Retry-After header (delta-seconds or HTTP date); undefined if absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}
