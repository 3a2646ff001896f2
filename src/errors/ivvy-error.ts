/** Base of every error this package throws. Catch it to catch them all. */
export abstract class IvvyError extends Error {
  abstract override readonly name: string;
  /** The operation (`run`, `progress`, ...) that failed, when there is one. */
  readonly action: string | undefined;

  constructor(message: string, options: { action?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.action = options.action;
  }
}
