import { cpus, loadavg } from "node:os";
import type { Environment } from "./report.js";

/** The machine and its load right now (loadAfter is filled in at the end of a run). */
export function environment(): Environment {
  return {
    date: new Date().toISOString(),
    node: process.version,
    nproc: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? "unknown",
    loadBefore: loadavg()[0]!,
    loadAfter: Number.NaN,
  };
}
