// What a direct call's handler remembers (event.inviteContacts' invitations) lives as long as
// a batch's would: `retentionMs` after the call (docs/emulator.md, Limits: batches are kept for
// two days after they are created). Each direct call gets a key of its own, told to its
// handler as the job's asyncId; the keys whose handler kept something wait here, oldest
// first, and are forgotten once their time is up, on each direct call and on the emulator's
// purge timer (as expired batches are).

export interface DirectCallMemoryOptions {
  now: () => number;
  retentionMs: number;
  /** Whether the handlers keep anything under this key. */
  holds: (key: string) => boolean;
  /** Forgets what the handlers keep under this key. */
  forget: (key: string) => void;
}

export interface DirectCallMemory {
  /** A key for the next direct call: `direct-1`, `direct-2`, … (never a batch's asyncId, which is 32 hex digits). */
  nextKey(): string;
  /** The call under this key has been answered: what its handler kept expires `retentionMs` from now. */
  answered(key: string): void;
  /** Forgets what expired; returns the keys forgotten. */
  purge(): string[];
  /** How many calls' state is kept. */
  readonly size: number;
}

export function createDirectCallMemory(options: DirectCallMemoryOptions): DirectCallMemory {
  let count = 0;
  // In answer order, so the oldest is first and expires first (the retention is one for all).
  const kept: { key: string; expiresAt: number }[] = [];
  let head = 0;
  return {
    nextKey: () => `direct-${++count}`,
    answered(key) {
      if (options.holds(key)) kept.push({ key, expiresAt: options.now() + options.retentionMs });
    },
    purge() {
      const now = options.now();
      const gone: string[] = [];
      while (head < kept.length && kept[head]!.expiresAt <= now) {
        const { key } = kept[head++]!;
        options.forget(key);
        gone.push(key);
      }
      // Drop the forgotten entries once they are half the array, so it never holds them for long.
      if (head > 0 && head * 2 >= kept.length) {
        kept.splice(0, head);
        head = 0;
      }
      return gone;
    },
    get size() {
      return kept.length - head;
    },
  };
}
