// Reading a web Request's body with a size limit, shared by the emulator and the callback
// receiver: counted as it streams, so a missing or lying Content-Length cannot get a body
// past the limit, and an oversized one is never held whole.

export type BodyRead = { ok: true; bytes: Uint8Array } | { ok: false; reason: "too-large" } | { ok: false; reason: "unreadable"; message: string };

export async function readLimitedBody(request: Request, maxBytes: number): Promise<BodyRead> {
  if (!request.body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, reason: "too-large" };
      }
      chunks.push(value);
    }
  } catch (error) {
    return { ok: false, reason: "unreadable", message: (error as Error).message };
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
