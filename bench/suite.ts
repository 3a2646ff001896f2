// The benchmarks of `npm run bench`, each with its full settings and a "smoke" setting
// (tiny rounds and durations) that the test suite runs so none of them can rot.

import { benchBulk } from "./bulk.js";
import { benchClientOverhead } from "./client-overhead.js";
import { benchDashboardOverhead } from "./dashboard-overhead.js";
import type { BenchResult } from "./lib/bench-result.js";
import { benchMillionJobs } from "./million-jobs.js";
import { benchPackageWeight } from "./package-weight.js";
import { benchPostgres } from "./postgres-inbox.js";
import { benchReceiver } from "./receiver.js";
import { benchServerThroughput } from "./server-throughput.js";
import { benchStartup } from "./startup.js";

export type Mode = "full" | "smoke";

export const benchmarks: Record<string, (mode: Mode) => Promise<BenchResult>> = {
  client: (mode) => benchClientOverhead(mode === "full" ? {} : { rounds: 2, callsPerRound: 50 }),
  server: (mode) => benchServerThroughput(mode === "full" ? {} : { rounds: 1, durationSeconds: 1 }),
  dashboard: (mode) => benchDashboardOverhead(mode === "full" ? {} : { rounds: 1, durationSeconds: 1 }),
  receiver: (mode) => benchReceiver(mode === "full" ? {} : { rounds: 2, iterations: 20 }),
  bulk: (mode) => benchBulk(mode === "full" ? {} : { jobs: [2_000, 4_000], modes: ["in-process", "http"] }),
  million: (mode) => benchMillionJobs(mode === "full" ? {} : { jobs: [1_000, 10_000] }),
  startup: (mode) => benchStartup(mode === "full" ? {} : { rounds: 1 }),
  weight: (mode) => benchPackageWeight(mode === "full" ? {} : { rounds: 1 }),
  postgres: (mode) => benchPostgres(mode === "full" ? {} : { rounds: 1, callbacks: 40, concurrency: 4, claims: 20 }),
};
