// A count of bytes held across every request in flight, so many slow uploads at once
// cannot buffer more than a bound between them (maxBufferedBytes in docs/receiver.md and
// docs/emulator.md). Synchronous
// take-or-refuse: no await between the check and the count. Each request reads through
// a lease, and releasing the lease gives back all it took.
export interface ByteBudget {
  /** A per-request view: what it takes counts against the shared limit until `release`. */
  lease(): ByteLease;
  /** Bytes held now, by every lease together. */
  readonly held: number;
  readonly limit: number;
}

export interface ByteLease {
  /** Counts `bytes` as held and returns true, or returns false (counting nothing) when they would pass the limit. */
  take(bytes: number): boolean;
  /** Gives back everything this lease took; idempotent. */
  release(): void;
}

export function createByteBudget(limit: number): ByteBudget {
  let held = 0;
  return {
    lease() {
      let mine = 0;
      return {
        take(bytes) {
          if (held + bytes > limit) return false;
          held += bytes;
          mine += bytes;
          return true;
        },
        release() {
          held -= mine;
          mine = 0;
        },
      };
    },
    get held() {
      return held;
    },
    limit,
  };
}
