import { IvvyError } from "../../errors/ivvy-error.js";
import type { BatchProgress } from "../model/aggregate-progress.js";
import type { BatchHandle } from "../model/batch-handle.js";

/**
 * waitForAll's deadline passed before every chunk was complete. Nothing was cancelled:
 * the batch goes on at iVvy, and `handle` (plain data) can be stored and awaited later.
 */
export class IvvyDeadlineError extends IvvyError {
  override readonly name = "IvvyDeadlineError" as const;
  /** The batch being waited for; pass it (or its JSON) to waitForAll again to resume. */
  readonly handle: BatchHandle;
  /** The last progress seen before the deadline, when any poll succeeded. */
  readonly lastProgress: BatchProgress | undefined;
  /** When the deadline was, as an ISO 8601 string. */
  readonly deadline: string;

  constructor(init: { handle: BatchHandle; lastProgress: BatchProgress | undefined; deadline: number }) {
    const progress = init.lastProgress;
    const state = progress
      ? `at ${progress.percent}% (${progress.chunks.filter((c) => c.done).length} of ${progress.chunks.length} chunks complete)`
      : "before any progress was read";
    super(
      `waitForAll: the deadline ${new Date(init.deadline).toISOString()} passed ${state}. ` +
        `The batch goes on at iVvy: store error.handle and call waitForAll with it later ` +
        `(its results are kept until ${init.handle.expiresAt})`,
      { action: "waitForAll" },
    );
    this.handle = init.handle;
    this.lastProgress = progress;
    this.deadline = new Date(init.deadline).toISOString();
  }
}
