// asyncIds are 32 lowercase hex characters from a CSPRNG: unguessable, as a real one
// should be. The random bytes are drawn 4 KiB at a time (as crypto.randomUUID does
// internally): one randomBytes(16) call per `run` cost ~5 µs, a visible share of
// run+callback in bench/; a slice of the pool costs ~0.1 µs.
import { randomFillSync } from "node:crypto";

const ID_BYTES = 16;
const pool = Buffer.alloc(256 * ID_BYTES);
let offset = pool.length;

export function newAsyncId(): string {
  if (offset + ID_BYTES > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const id = pool.toString("hex", offset, offset + ID_BYTES);
  // Each id's bytes are used once: wipe them, so the pool never holds an id already issued.
  pool.fill(0, offset, offset + ID_BYTES);
  offset += ID_BYTES;
  return id;
}
