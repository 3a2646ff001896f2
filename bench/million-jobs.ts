// A million jobs over HTTP: submitAll → waitForAll → iterateResults against the emulator
// with its defaults, in its own process, beside a run of a tenth the size in the same
// bench run. The consumer's peak RSS must not grow with the job count, its wall time must
// grow no faster than the job count, and the emulator's bytes per stored job are
// reported (what maxStoredBytes counts, and what the heap holds after a full GC).
import { runBulk } from "./bulk.js";
import { type BenchResult, fmt, fmtInt, row } from "./lib/bench-result.js";

export interface MillionJobsOptions {
  /** The smaller and the larger job count (default 100,000 and 1,000,000): the larger is ten times the smaller. */
  jobs?: [number, number];
}

export async function benchMillionJobs(options: MillionJobsOptions = {}): Promise<BenchResult> {
  const [small, large] = options.jobs ?? [100_000, 1_000_000];
  const little = await runBulk("http", small);
  const big = await runBulk("http", large);
  const scale = large / small;
  const stats = big.emulator;
  const rows = [
    row({
      benchmark: "million",
      ratio: `consumer peak RSS ${fmtInt(large)} / ${fmtInt(small)} jobs`,
      value: big.workerPeakMiB / little.workerPeakMiB,
      absolute: `${fmt(big.workerPeakMiB, 0)} MiB vs ${fmt(little.workerPeakMiB, 0)} MiB`,
      atMost: 1.1,
    }),
    row({
      benchmark: "million",
      ratio: `wall time ${fmtInt(large)} / (${scale} × ${fmtInt(small)}) jobs`,
      value: big.seconds / (scale * little.seconds),
      absolute: `${fmt(big.seconds, 1)} s (${big.detail}) vs ${fmt(little.seconds, 1)} s`,
      atMost: 1.2,
    }),
    row({
      benchmark: "million",
      ratio: `emulator bytes per stored job, heap / counted (${fmtInt(large)} jobs)`,
      value: stats ? stats.heapBytes / stats.storedBytes : Number.NaN,
      absolute: stats
        ? `${fmt(stats.heapBytes / stats.jobs, 0)} B heap vs ${fmt(stats.storedBytes / stats.jobs, 0)} B counted per job; ${fmtInt(stats.batches)} batches; ${fmt((100 * stats.storedBytes) / stats.maxStoredBytes, 1)}% of maxStoredBytes (${fmt(stats.maxStoredBytes / 1024 ** 2, 0)} MiB)`
        : "no stats",
    }),
    row({
      benchmark: "million",
      ratio: `emulator process peak RSS ${fmtInt(large)} / ${fmtInt(small)} jobs (holds every result)`,
      value: (big.emulatorPeakMiB ?? Number.NaN) / (little.emulatorPeakMiB ?? Number.NaN),
      absolute: `${fmt(big.emulatorPeakMiB ?? Number.NaN, 0)} MiB vs ${fmt(little.emulatorPeakMiB ?? Number.NaN, 0)} MiB`,
    }),
  ];
  return {
    rows,
    notes: [
      `the emulator runs with its defaults (no option set) in its own process; ${fmtInt(large)} jobs took ${fmt(big.seconds, 1)} s (${fmtInt(big.jobsPerSecond)} jobs/s), ${fmtInt(small)} took ${fmt(little.seconds, 1)} s`,
      "heap bytes are the emulator's heap growth after a full GC (--expose-gc) divided by the jobs it holds; counted bytes are what maxStoredBytes counts (jobs as sent and responses, as JSON)",
    ],
  };
}
