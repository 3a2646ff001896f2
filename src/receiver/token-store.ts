/**
 * What the receiver remembers about an issued callback token. `asyncId` is null while
 * the token is pending: issued for a chunk whose run has not answered yet.
 */
export interface TokenRecord {
  asyncId: string | null;
  /** Epoch milliseconds when the token was issued. */
  issuedAt: number;
}

/**
 * Where issued callback tokens live. Implement it over Redis, a database, etc. when
 * several receivers (or a receiver and a separate submitting process) must agree.
 *
 * Keys are SHA-256 digests of the tokens (base64url), never the tokens themselves: a
 * dump of the store does not hand out usable callback URLs, and lookup timing says
 * nothing about a token's characters.
 */
export interface TokenStore {
  get(key: string): Promise<TokenRecord | undefined>;
  /** Stores `record` under `key`, replacing any previous one, for `ttlMs` milliseconds. */
  set(key: string, record: TokenRecord, ttlMs: number): Promise<void>;
}
