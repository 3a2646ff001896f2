// Reading a web Request's body with a size limit, shared by the emulator and the callback
// receiver: counted as it streams, so a missing or lying Content-Length cannot get a body
// past the limit, and an oversized one is never held whole. Optionally with a deadline
// for the whole body and a budget shared by every request in flight.
import type { ByteLease } from "./byte-budget.js";

export type BodyRead =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: "too-large" }
  | { ok: false; reason: "unreadable" | "timeout" | "overloaded"; message: string };

export interface BodyReadLimits {
  /** The whole body must arrive within this many ms. */
  timeoutMs?: number;
  /** Every chunk read is taken from it; the caller releases it when done with the body. */
  budget?: Pick<ByteLease, "take">;
}

export const timedOut = (timeoutMs: number): BodyRead => ({ ok: false, reason: "timeout", message: `the body was not complete within ${timeoutMs} ms` });
export const overloaded: BodyRead = { ok: false, reason: "overloaded", message: "the server holds as many request bodies in flight as it buffers" };

export async function readLimitedBody(request: Request, maxBytes: number, limits: BodyReadLimits = {}): Promise<BodyRead> {
  if (!request.body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let timer: NodeJS.Timeout | undefined;
  const deadline =
    limits.timeoutMs === undefined
      ? undefined
      : new Promise<"timeout">((resolve) => {
          timer = setTimeout(() => resolve("timeout"), limits.timeoutMs);
        });
  try {
    for (;;) {
      const next = deadline ? await Promise.race([reader.read(), deadline]) : await reader.read();
      if (next === "timeout") {
        await reader.cancel().catch(() => undefined);
        return timedOut(limits.timeoutMs!);
      }
      const { done, value } = next;
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, reason: "too-large" };
      }
      if (limits.budget && !limits.budget.take(value.byteLength)) {
        await reader.cancel().catch(() => undefined);
        return overloaded;
      }
      chunks.push(value);
    }
  } catch (error) {
    return { ok: false, reason: "unreadable", message: (error as Error).message };
  } finally {
    clearTimeout(timer);
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
