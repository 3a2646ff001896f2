// Default memory budgets, sized from what this process can hold: V8's heap limit
// (`--max-old-space-size`, or Node's default from the machine's memory), not the machine's
// memory, which a container or a second process may not let this one use.
import { getHeapStatistics } from "node:v8";

/** V8's heap limit of this process, in bytes. */
export const heapSizeLimit = (): number => getHeapStatistics().heap_size_limit;

/** `share` (0..1) of this process's heap limit, in whole bytes, never below `floor`. */
export function heapShare(share: number, floor = 0): number {
  return Math.max(floor, Math.floor(heapSizeLimit() * share));
}
