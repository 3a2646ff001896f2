// A batch handle is plain JSON: it is meant to be stored (a file, a database row) and
// used by another process to wait for and collect the batch. Nothing in it is secret.

import { isPlainObject } from "../../contract/is-plain-object.js";
import { BATCH_LIFETIME_MS } from "../../contract/lifetime.js";
import { ASYNC_ID_PATTERN } from "../../contract/validate-async-ref.js";

export const BATCH_HANDLE_VERSION = 1;

/** iVvy keeps a batch and its results for two days after it was created (openapi.yaml, "Batches"). */
export const RESULTS_TTL_MS = BATCH_LIFETIME_MS;

/** One submitted chunk: one iVvy batch of at most 200 jobs. */
export interface ChunkRef {
  /** Position of the chunk in submission order (0-based). */
  index: number;
  asyncId: string;
  /** First job of the chunk, as a position in the list it was submitted from (inclusive). */
  start: number;
  /** End of the chunk's job range (exclusive, as in `Array.prototype.slice`). */
  end: number;
  /** sha256 (hex) of the canonical JSON of the chunk's jobs. */
  jobsHash: string;
  /**
   * Original position of each of the chunk's jobs, when it differs from `start + i`:
   * set by retryFailed, so its results merge back into the original outcomes.
   */
  positions?: number[];
}

export interface BatchHandle {
  version: typeof BATCH_HANDLE_VERSION;
  /** When submission started (ISO 8601). Every chunk was created at or after this. */
  createdAt: string;
  /** createdAt + two days: the earliest any chunk's results can expire (ISO 8601). */
  expiresAt: string;
  /** Number of jobs the handle's chunks hold. */
  total: number;
  /** The submitted chunks, by index. */
  chunks: ChunkRef[];
}

/** Builds a handle from the chunks submitted so far (sorted by index; the input is not changed). */
export function buildBatchHandle(createdAtMs: number, chunks: readonly ChunkRef[]): BatchHandle {
  const sorted = [...chunks].sort((a, b) => a.index - b.index);
  return {
    version: BATCH_HANDLE_VERSION,
    createdAt: new Date(createdAtMs).toISOString(),
    expiresAt: new Date(createdAtMs + RESULTS_TTL_MS).toISOString(),
    total: sorted.reduce((sum, chunk) => sum + (chunk.end - chunk.start), 0),
    chunks: sorted,
  };
}

/** Number of jobs in a chunk. */
export const chunkSize = (chunk: Pick<ChunkRef, "start" | "end">): number => chunk.end - chunk.start;

/** Original position of the chunk's i-th job. */
export const positionOf = (chunk: ChunkRef, i: number): number => chunk.positions?.[i] ?? chunk.start + i;

/**
 * Checks that a value (typically `JSON.parse` of a stored handle) is a batch handle, and
 * returns it typed. Throws a TypeError that names the first problem.
 */
export function parseBatchHandle(value: unknown, caller = "parseBatchHandle"): BatchHandle {
  const problem = (why: string) => new TypeError(`${caller}: not a batch handle: ${why}`);
  if (!isPlainObject(value)) throw problem("expected an object, as returned by submitAll");
  if (value.version !== BATCH_HANDLE_VERSION) throw problem(`version must be ${BATCH_HANDLE_VERSION}, not ${String(value.version)}`);
  for (const key of ["createdAt", "expiresAt"] as const) {
    if (typeof value[key] !== "string" || Number.isNaN(Date.parse(value[key] as string))) throw problem(`${key} must be an ISO date`);
  }
  if (!Array.isArray(value.chunks)) throw problem("chunks must be an array");
  let total = 0;
  const seen = new Set<number>();
  value.chunks.forEach((chunk: unknown, i) => {
    const at = `chunks[${i}]`;
    if (!isPlainObject(chunk)) throw problem(`${at} must be an object`);
    const { index, asyncId, start, end, jobsHash, positions } = chunk;
    if (!isCount(index) || seen.has(index)) throw problem(`${at}.index must be a unique non-negative integer`);
    seen.add(index);
    if (typeof asyncId !== "string" || !ASYNC_ID_PATTERN.test(asyncId)) throw problem(`${at}.asyncId must be 32 hex characters`);
    if (!isCount(start) || !isCount(end) || end <= start) throw problem(`${at} must have integer start < end`);
    if (typeof jobsHash !== "string" || !/^[0-9a-f]{64}$/.test(jobsHash)) throw problem(`${at}.jobsHash must be a sha256 hex digest`);
    if (positions !== undefined && (!Array.isArray(positions) || positions.length !== end - start || !positions.every(isCount))) {
      throw problem(`${at}.positions must be ${end - start} non-negative integers`);
    }
    total += end - start;
  });
  if (value.total !== total) throw problem(`total is ${String(value.total)} but the chunks hold ${total} jobs`);
  return value as unknown as BatchHandle;
}

const isCount = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value) && value >= 0;
