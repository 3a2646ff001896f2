import { type BatchHandle, chunkSize } from "./batch-handle.js";

export interface ChunkProgress {
  index: number;
  asyncId: string;
  /** iVvy's percentage for this chunk, fractions kept (0 until first read). */
  progress: number;
  done: boolean;
}

export interface BatchProgress {
  /** Percentage of all the handle's jobs that have run, weighted by chunk size, floored to an integer (100 only when every chunk is done). */
  percent: number;
  chunks: ChunkProgress[];
}

/**
 * Overall progress from each chunk's last known percentage. Chunks are weighted by
 * their job count, so a short last chunk does not count as much as a full one. A chunk
 * is done at 100 (or when its callback arrived, which `done` records).
 */
export function aggregateProgress(
  handle: BatchHandle,
  progressByIndex: ReadonlyMap<number, number>,
  doneByIndex: ReadonlySet<number> = new Set(),
): BatchProgress {
  let weighted = 0;
  const chunks = handle.chunks.map((chunk): ChunkProgress => {
    const done = doneByIndex.has(chunk.index) || (progressByIndex.get(chunk.index) ?? 0) >= 100;
    const progress = done ? 100 : Math.max(0, Math.min(100, progressByIndex.get(chunk.index) ?? 0));
    weighted += progress * chunkSize(chunk);
    return { index: chunk.index, asyncId: chunk.asyncId, progress, done };
  });
  const percent = handle.total === 0 ? 100 : Math.floor(weighted / handle.total);
  return { percent, chunks };
}
