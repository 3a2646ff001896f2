import type { IvvySubmissionError } from "../../workflow/errors/ivvy-submission-error.js";

const why = (cause: unknown) => (cause instanceof Error ? cause.message : String(cause));

/**
 * What went wrong while submitting, in the CLI's words: which batch, whether it may be
 * running, and which jobs were never sent. (The library's own message speaks of
 * error.handle and allowResubmit, which a CLI user has no use for.)
 */
export function describeSubmissionFailure(error: IvvySubmissionError, total: number): string {
  const { chunk } = error;
  const name = `batch ${chunk.index + 1} (jobs ${chunk.start}-${chunk.end - 1})`;
  const first: Record<IvvySubmissionError["reason"], string> = {
    ambiguous: `the run of ${name} got no answer (${why(chunk.cause)}); it may be running at iVvy, so it was not sent again: check before submitting those jobs again`,
    rejected: `iVvy refused the run of ${name}: ${why(chunk.cause)}; nothing was stored for it`,
    unsent: `the run of ${name} could not be sent (${why(chunk.cause)}); nothing reached iVvy`,
    invalid: `${name} is invalid: ${why(chunk.cause)}`,
    "already-submitted": `${name} was not sent: an identical batch was already sent by this process`,
    aborted: `stopped before ${name} was sent`,
  };
  const others = error.failedChunks.length - 1;
  const submitted = error.handle.chunks.length;
  const notSent = total - error.notSubmittedFrom;
  return [
    first[error.reason] + (others > 0 ? ` (${others} other batch${others === 1 ? "" : "es"} in flight failed too)` : ""),
    `${submitted} batch${submitted === 1 ? " was" : "es were"} submitted (${error.handle.total} job${error.handle.total === 1 ? "" : "s"})` +
      (notSent > 0 ? `; jobs ${error.notSubmittedFrom}-${total - 1} were never sent` : ""),
  ].join(". ");
}
