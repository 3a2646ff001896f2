// Benchmark 4: many jobs through submitAll, waitForAll and iterateResults against the
// emulator, in-process and over HTTP, each in fresh processes whose peak RSS is read
// from outside (/proc/<pid>/status). Two job counts show whether the consumer's memory
// grows with the job count; the emulator's must (it keeps every result, as iVvy does).
import { type BenchResult, fmt, fmtInt, type RatioRow, row } from "./lib/bench-result.js";
import { benchFile, spawnTsChild } from "./lib/child-process.js";
import { sampleRss } from "./lib/rss-sampler.js";

export type BulkMode = "in-process" | "http";

export interface BulkOptions {
  /** Job counts: the smaller and the larger (default 20,000 and 100,000). */
  jobs?: [number, number];
  modes?: BulkMode[];
}

/** The consumer's old-space cap over HTTP, in MiB. */
export const CONSUMER_HEAP_MIB = 48;

/** What the emulator's process held once every job was done (bench/lib/emulator-child.ts). */
export interface EmulatorStats {
  jobs: number;
  batches: number;
  /** Bytes counted against maxStoredBytes. */
  storedBytes: number;
  maxStoredBytes: number;
  /** Heap grown since start, after a full GC. */
  heapBytes: number;
}

export interface BulkRun {
  seconds: number;
  jobsPerSecond: number;
  /** The process running the workflow (and, in-process, the emulator). */
  workerPeakMiB: number;
  /** The emulator's own process, over HTTP. */
  emulatorPeakMiB?: number;
  detail: string;
  /** Over HTTP: what the emulator held at the end. */
  emulator?: EmulatorStats;
}

export async function runBulk(mode: BulkMode, jobs: number): Promise<BulkRun> {
  const emulator = mode === "http" ? spawnTsChild(benchFile("lib/emulator-child.ts"), [], ["--expose-gc"]) : undefined;
  try {
    const url = emulator ? (await emulator.line(/^http:/)).trim() : undefined;
    const emulatorRss = emulator ? sampleRss(emulator.child.pid!) : undefined;
    // Over HTTP the consumer's heap is capped: finishing 100,000 jobs in it proves the
    // live set does not grow with the job count, whatever the GC lets RSS drift to.
    const worker = spawnTsChild(
      benchFile("bulk-worker.ts"),
      ["--jobs", String(jobs), ...(url ? ["--url", url] : [])],
      url ? [`--max-old-space-size=${CONSUMER_HEAP_MIB}`] : [],
    );
    const workerRss = sampleRss(worker.child.pid!);
    try {
      // About 0.6 ms a job at most, over 2 minutes: a million jobs get 10 minutes.
      const line = await worker.line(/^\{/, Math.max(120_000, jobs * 0.6));
      const workerPeak = workerRss.stop();
      const emulatorPeak = emulatorRss?.stop();
      let stats: EmulatorStats | undefined;
      if (emulator) {
        emulator.child.stdin!.write("stats\n");
        stats = JSON.parse(await emulator.line(/^\{"stats"/, 60_000)) as EmulatorStats;
      }
      const result = JSON.parse(line) as { seconds: number; submitSeconds: number; waitSeconds: number; collectSeconds: number; failures: number };
      if (result.failures > 0) throw new Error(`${result.failures} of ${jobs} jobs failed`);
      return {
        seconds: result.seconds,
        jobsPerSecond: jobs / result.seconds,
        workerPeakMiB: workerPeak.peakMiB,
        ...(emulatorPeak ? { emulatorPeakMiB: emulatorPeak.peakMiB } : {}),
        ...(stats ? { emulator: stats } : {}),
        detail: `submit ${fmt(result.submitSeconds, 1)} s, wait ${fmt(result.waitSeconds, 1)} s, collect ${fmt(result.collectSeconds, 1)} s`,
      };
    } finally {
      await worker.stop();
    }
  } finally {
    await emulator?.stop();
  }
}

export async function benchBulk(options: BulkOptions = {}): Promise<BenchResult> {
  const [small, large] = options.jobs ?? [20_000, 100_000];
  const modes = options.modes ?? ["in-process", "http"];
  const rows: RatioRow[] = [];
  const notes: string[] = [];
  for (const mode of modes) {
    const big = await runBulk(mode, large);
    const little = await runBulk(mode, small);
    const label = `${fmtInt(large)} jobs ${mode}`;
    rows.push(
      row({
        benchmark: "bulk",
        ratio: `${label}: time / 30 s budget`,
        value: big.seconds / 30,
        absolute: `${fmt(big.seconds, 1)} s, ${fmtInt(big.jobsPerSecond)} jobs/s (${big.detail})`,
        atMost: 1,
      }),
      row({
        benchmark: "bulk",
        ratio: `${label}: peak RSS / 300 MB budget${mode === "http" ? " (consumer process)" : " (one process: workflow + emulator)"}`,
        value: big.workerPeakMiB / 300,
        absolute: `${fmt(big.workerPeakMiB, 0)} MiB`,
        atMost: 1,
      }),
    );
    if (mode === "http") {
      rows.push(
        row({
          benchmark: "bulk",
          ratio: `streaming: consumer peak RSS ${fmtInt(large)} / ${fmtInt(small)} jobs`,
          value: big.workerPeakMiB / little.workerPeakMiB,
          absolute: `${fmt(big.workerPeakMiB, 0)} MiB vs ${fmt(little.workerPeakMiB, 0)} MiB`,
          atMost: 1.25,
          target: "<= 1.25 (~1: does not grow)",
        }),
        row({
          benchmark: "bulk",
          ratio: `emulator process peak RSS ${fmtInt(large)} / ${fmtInt(small)} jobs (holds every result)`,
          value: (big.emulatorPeakMiB ?? NaN) / (little.emulatorPeakMiB ?? NaN),
          absolute: `${fmt(big.emulatorPeakMiB ?? NaN, 0)} MiB vs ${fmt(little.emulatorPeakMiB ?? NaN, 0)} MiB`,
        }),
      );
    } else {
      rows.push(
        row({
          benchmark: "bulk",
          ratio: `in-process peak RSS ${fmtInt(large)} / ${fmtInt(small)} jobs (the emulator's store grows)`,
          value: big.workerPeakMiB / little.workerPeakMiB,
          absolute: `${fmt(big.workerPeakMiB, 0)} MiB vs ${fmt(little.workerPeakMiB, 0)} MiB`,
        }),
      );
    }
    notes.push(`${mode}: ${fmtInt(small)} jobs took ${fmt(little.seconds, 1)} s (${fmtInt(little.jobsPerSecond)} jobs/s)`);
  }
  notes.push(`over HTTP the consumer runs with --max-old-space-size=${CONSUMER_HEAP_MIB}: it would crash if its live memory grew with the job count`);
  notes.push(
    "jobs are test.ping, read from a generator (the consumer never holds them), chunks of 200, 8 runs in flight, results consumed with iterateResults; RSS is VmHWM/VmRSS of each process read from /proc by the parent; one run per size (tens of seconds each)",
  );
  return { rows, notes };
}
