// Peak memory of another process, measured from outside it: VmHWM (the kernel's own
// high-water mark of resident memory) and VmRSS sampled every few ms from /proc.
import { readFileSync } from "node:fs";

export interface RssSampler {
  /** Stops sampling; returns the peak in MiB (VmHWM when readable, else the highest VmRSS sample). */
  stop(): { peakMiB: number; samples: number };
}

function statusKiB(pid: number, field: "VmRSS" | "VmHWM"): number | undefined {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined; // the process has exited
  }
}

export function sampleRss(pid: number, everyMs = 20): RssSampler {
  let peakKiB = 0;
  let hwmKiB = 0;
  let samples = 0;
  const take = () => {
    const rss = statusKiB(pid, "VmRSS");
    const hwm = statusKiB(pid, "VmHWM");
    if (rss !== undefined) {
      samples++;
      peakKiB = Math.max(peakKiB, rss);
    }
    if (hwm !== undefined) hwmKiB = Math.max(hwmKiB, hwm);
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop() {
      take();
      clearInterval(timer);
      return { peakMiB: Math.max(peakKiB, hwmKiB) / 1024, samples };
    },
  };
}
