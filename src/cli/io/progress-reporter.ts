import cliProgress from "cli-progress";
import type { BatchProgress } from "../../workflow/model/aggregate-progress.js";

export interface ProgressReporter {
  update(progress: BatchProgress): void;
  stop(): void;
}

/**
 * A progress bar on a terminal; plain `progress N%` lines (one per change) otherwise,
 * so logs and CI output stay readable.
 */
export function createProgressReporter(stream: NodeJS.WriteStream, totalJobs: number): ProgressReporter {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: "  {bar} {percentage}% | {chunksDone}/{chunks} batches | {jobs} jobs", stream, hideCursor: true, clearOnComplete: false },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(progress) {
        const payload = { chunksDone: progress.chunks.filter((c) => c.done).length, chunks: progress.chunks.length, jobs: totalJobs };
        if (!started) {
          bar.start(100, progress.percent, payload);
          started = true;
        } else bar.update(progress.percent, payload);
      },
      stop: () => started && bar.stop(),
    };
  }
  let last = -1;
  return {
    update(progress) {
      if (progress.percent === last) return;
      last = progress.percent;
      const done = progress.chunks.filter((c) => c.done).length;
      stream.write(`progress ${progress.percent}% (${done}/${progress.chunks.length} batches done)\n`);
    },
    stop() {},
  };
}
