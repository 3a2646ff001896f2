// The bound on a wait in a test: the test fails with a message saying what never happened,
// instead of hanging until vitest's own timeout. Real time here is only a safety net; no
// test asserts on what happened within it.

/** Settles as `promise` does, or rejects with `what` after `ms` of real time. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not within ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, bound]).finally(() => clearTimeout(timer));
}

/** A promise and the function that resolves it: an event a test waits for. */
export function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
