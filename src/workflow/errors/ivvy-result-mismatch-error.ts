import { IvvyError } from "../../errors/ivvy-error.js";

/**
 * A batch's results do not line up with the jobs they should answer. iVvy has no
 * per-job id, so results are matched to jobs by position and checked by content
 * (namespace, action, request); a mismatch means the jobs given are not the ones that
 * were submitted, or the results are not in submission order.
 */
export class IvvyResultMismatchError extends IvvyError {
  override readonly name = "IvvyResultMismatchError" as const;
  /** Position of the job in the original job list (undefined when a whole chunk is wrong). */
  readonly position: number | undefined;
  /** The chunk whose results (or jobs) disagree. */
  readonly chunkIndex: number;
  readonly asyncId: string;
  /** What disagrees, in words. */
  readonly reason: string;

  constructor(init: { chunkIndex: number; asyncId: string; position?: number; reason: string }) {
    const where = init.position === undefined ? "" : ` at job ${init.position}`;
    super(
      `iVvy results of chunk ${init.chunkIndex} (asyncId ${init.asyncId})${where} do not match the jobs: ${init.reason}. ` +
        `Pass the same jobs, in the same order, that were submitted`,
      { action: "results" },
    );
    this.position = init.position;
    this.chunkIndex = init.chunkIndex;
    this.asyncId = init.asyncId;
    this.reason = init.reason;
  }
}
