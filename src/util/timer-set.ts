// Every wait the emulator makes goes through one of these, so close() can end them all at
// once: pending sleeps resolve `false` and the loops waiting on them stop.
export interface TimerSet {
  /** Resolves true after `ms`, or false as soon as the set is cleared. */
  sleep(ms: number): Promise<boolean>;
  /** Lets I/O run (setImmediate); false when the set was cleared meanwhile. */
  yieldToEventLoop(): Promise<boolean>;
  /** Cancels every pending wait; later waits resolve false at once. */
  clear(): void;
  readonly cleared: boolean;
  /** Number of waits in flight. */
  readonly pending: number;
}

export function createTimerSet(): TimerSet {
  const pending = new Map<NodeJS.Timeout | NodeJS.Immediate, (slept: boolean) => void>();
  let cleared = false;
  const wait = (start: (done: () => void) => NodeJS.Timeout | NodeJS.Immediate) =>
    new Promise<boolean>((resolve) => {
      if (cleared) return resolve(false);
      const handle = start(() => {
        pending.delete(handle);
        resolve(!cleared);
      });
      pending.set(handle, resolve);
    });
  return {
    sleep: (ms) => (ms <= 0 ? wait((done) => setImmediate(done)) : wait((done) => setTimeout(done, ms))),
    yieldToEventLoop: () => wait((done) => setImmediate(done)),
    clear() {
      cleared = true;
      for (const [handle, resolve] of pending) {
        clearTimeout(handle as NodeJS.Timeout);
        clearImmediate(handle as NodeJS.Immediate);
        resolve(false);
      }
      pending.clear();
    },
    get cleared() {
      return cleared;
    },
    get pending() {
      return pending.size;
    },
  };
}
