/**
 * What the receiver remembers about an issued callback token. `asyncId` is null while
 * the token is pending: issued for a chunk whose run has not answered yet.
 */
export interface TokenRecord {
  asyncId: string | null;
  /** Epoch milliseconds when the token was issued. */
  issuedAt: number;
}

/** What bindIfPending did. */
export type BindOutcome = "bound" | "unknown" | "conflict";

/**
 * Where issued callback tokens live. Implement it over Redis, a database, etc. when
 * several receivers (or a receiver and a separate submitting process) must agree.
 *
 * Keys are SHA-256 digests of the tokens (base64url), never the tokens themselves: a
 * dump of the store does not hand out usable callback URLs, and lookup timing says
 * nothing about a token's characters.
 *
 * Binding goes through `bindIfPending` only: with get-then-set, two callbacks arriving
 * together on one pending token could each bind it to their own batch (docs/receiver.md,
 * "Several receivers: shared stores").
 */
export interface TokenStore {
  get(key: string): Promise<TokenRecord | undefined>;
  /** Stores `record` under `key`, replacing any previous one, for `ttlMs` milliseconds. */
  set(key: string, record: TokenRecord, ttlMs: number): Promise<void>;
  /**
   * Atomically binds a pending token to `asyncId`: when the live record under `key` has
   * `asyncId: null` or already this asyncId, sets it to `asyncId`, refreshes its expiry to
   * `ttlMs` from now and resolves "bound"; resolves "unknown" when no live record exists and
   * "conflict" when it is bound to another asyncId. One compare-and-set (SQL: UPDATE … WHERE
   * key = $1 AND (async_id IS NULL OR async_id = $2) AND expires_at > now() RETURNING …).
   */
  bindIfPending(key: string, asyncId: string, ttlMs: number): Promise<BindOutcome>;
}
