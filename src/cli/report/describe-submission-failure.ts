import type { FailedChunk, IvvySubmissionError } from "../../workflow/errors/ivvy-submission-error.js";

const why = (cause: unknown) => (cause instanceof Error ? cause.message : String(cause));

/** Job ranges as a reader wants them: adjacent ranges merged, "jobs 0-199, 400-599". */
export function describeRanges(ranges: { start: number; end: number }[]): string {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const r of sorted) {
    const last = merged.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return `job${merged.length === 1 && merged[0]!.end - merged[0]!.start === 1 ? "" : "s"} ${merged.map((r) => (r.end - r.start === 1 ? `${r.start}` : `${r.start}-${r.end - 1}`)).join(", ")}`;
}

/**
 * What went wrong while submitting, in the CLI's words: which batch, whether it may be
 * running, and exactly which jobs were stored, may be stored, and were never sent (the
 * library's own message speaks of error.handle and allowResubmit, which a CLI user has
 * no use for).
 */
export function describeSubmissionFailure(error: IvvySubmissionError, total: number): string {
  const failed = error.failedChunks;
  const possiblyStored = failed.filter((c) => c.mayHaveRun);
  const neverSent: { start: number; end: number }[] = failed.filter((c) => !c.mayHaveRun).map(rangeOf);
  if (error.notSubmittedFrom < total) neverSent.push({ start: error.notSubmittedFrom, end: total });
  const first = failed.find((c) => c.reason !== "aborted") ?? error.chunk;
  const name = (c: FailedChunk) => `batch ${c.index + 1} (jobs ${c.start}-${c.end - 1})`;
  const lead: Record<FailedChunk["reason"], string> = {
    ambiguous: `the run of ${name(first)} got no answer (${why(first.cause)}); it may be running at iVvy, so it was not sent again`,
    rejected: `iVvy refused the run of ${name(first)}: ${why(first.cause)}; nothing was stored for it`,
    unsent: `the run of ${name(first)} could not be sent (${why(first.cause)}); nothing reached iVvy`,
    invalid: `${name(first)} is invalid: ${why(first.cause)}`,
    "already-submitted": `${name(first)} was not sent again: an earlier run sent it and never read the answer, so it may be running at iVvy`,
    aborted: "stopped before every batch was sent",
  };
  const others = failed.filter((c) => c !== first && c.reason !== "aborted" && c.reason !== "already-submitted").length;
  const submitted = error.handle.chunks.length;
  const parts = [
    lead[first.reason] + (others > 0 ? ` (${others} other batch${others === 1 ? "" : "es"} in flight failed too)` : ""),
    submitted === 0
      ? "no batch was submitted"
      : `${submitted} batch${submitted === 1 ? " was" : "es were"} submitted (${error.handle.total} job${error.handle.total === 1 ? "" : "s"})`,
  ];
  if (possiblyStored.length > 0) parts.push(`possibly stored (sent, no answer read): ${describeRanges(possiblyStored.map(rangeOf))}`);
  if (neverSent.length > 0) parts.push(`never sent: ${describeRanges(neverSent)}`);
  return parts.join(". ");
}

const rangeOf = (c: { start: number; end: number }) => ({ start: c.start, end: c.end });
