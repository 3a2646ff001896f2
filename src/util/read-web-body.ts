// The one reader of a web body (a `Request`'s, or any ReadableStream of bytes), shared by
// the emulator and the callback receiver: counted as it streams, so a missing or lying
// Content-Length cannot get a body past the limit, and an oversized one is never held
// whole. Optionally with a deadline for the whole body on the injected clock, a signal
// that stops it, and a budget shared by every request in flight (util/byte-budget.ts).
import type { ByteLease } from "./byte-budget.js";
import { type Clock, systemClock } from "./clock.js";

export type BodyRead =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: "too-large" }
  | { ok: false; reason: "unreadable" | "timeout" | "overloaded" | "aborted"; message: string };

export interface BodyReadLimits {
  /** The whole body must arrive within this many ms (on `clock`); later, the read ends with `timeout`. */
  timeoutMs?: number;
  /** The clock `timeoutMs` runs on. Default: the system clock. */
  clock?: Clock;
  /** Every chunk read is taken from it; the caller releases it when done with the body. */
  budget?: Pick<ByteLease, "take">;
  /** Stops the read (ending with `aborted`) when it aborts: for a deadline the caller owns. */
  signal?: AbortSignal;
}

export const timedOut = (timeoutMs: number): BodyRead => ({ ok: false, reason: "timeout", message: `the body was not complete within ${timeoutMs} ms` });
export const overloaded: BodyRead = { ok: false, reason: "overloaded", message: "the server holds as many request bodies in flight as it buffers" };
export const aborted = (signal: AbortSignal): BodyRead => ({
  ok: false,
  reason: "aborted",
  message: `the read was stopped: ${signal.reason instanceof Error ? signal.reason.message : String(signal.reason)}`,
});

/**
 * Calls `stop` with why the read must end, once: when `timeoutMs` passes on the clock or
 * `signal` aborts. The returned function frees the timer and the listener.
 */
export function watchBodyRead(limits: BodyReadLimits, stop: (why: BodyRead) => void): () => void {
  const { timeoutMs, signal } = limits;
  const timer = timeoutMs === undefined ? undefined : (limits.clock ?? systemClock).setTimeout(() => stop(timedOut(timeoutMs)), timeoutMs);
  const onAbort = () => stop(aborted(signal as AbortSignal));
  signal?.addEventListener("abort", onAbort, { once: true });
  return () => {
    timer?.cancel();
    signal?.removeEventListener("abort", onAbort);
  };
}

/** Reads a web body up to `maxBytes`; a null body is empty. */
export async function readWebBody(source: Request | ReadableStream<Uint8Array> | null, maxBytes: number, limits: BodyReadLimits = {}): Promise<BodyRead> {
  const stream = source instanceof Request ? source.body : source;
  if (!stream) return { ok: true, bytes: new Uint8Array(0) };
  if (limits.signal?.aborted) return aborted(limits.signal);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let stop!: (why: BodyRead) => void;
  const stopped = new Promise<BodyRead>((resolve) => (stop = resolve));
  const unwatch = watchBodyRead(limits, stop);
  // Cancelling settles a pending read(), and tells the sender's side nobody is listening.
  const end = async (result: BodyRead) => {
    await reader.cancel().catch(() => undefined);
    return result;
  };
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), stopped]);
      if (!("done" in next)) return await end(next);
      const { done, value } = next;
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) return await end({ ok: false, reason: "too-large" });
      if (limits.budget && !limits.budget.take(value.byteLength)) return await end(overloaded);
      chunks.push(value);
    }
  } catch (error) {
    return { ok: false, reason: "unreadable", message: (error as Error).message };
  } finally {
    unwatch();
  }
  return { ok: true, bytes: concatChunks(chunks, total) };
}

export function concatChunks(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
