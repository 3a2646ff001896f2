import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Writable } from "node:stream";

export interface JsonArrayWriter {
  push(item: unknown): Promise<void>;
  end(): Promise<void>;
}

/** Writes a JSON array item by item to a file or stdout, so large results are never held whole. */
export function openJsonArray(out: string | undefined, stdout: NodeJS.WriteStream): JsonArrayWriter {
  const stream: Writable = out === undefined ? stdout : createWriteStream(out);
  let first = true;
  const write = async (text: string) => {
    if (!stream.write(text)) await once(stream, "drain");
  };
  return {
    async push(item) {
      await write((first ? "[\n  " : ",\n  ") + JSON.stringify(item));
      first = false;
    },
    async end() {
      await write(first ? "[]\n" : "\n]\n");
      if (stream !== stdout) {
        stream.end();
        await once(stream, "finish");
      }
    },
  };
}

/** Writes one JSON value to a file or stdout. */
export async function writeJson(value: unknown, out: string | undefined, stdout: NodeJS.WriteStream): Promise<void> {
  const text = JSON.stringify(value, null, 2) + "\n";
  if (out === undefined) {
    if (!stdout.write(text)) await once(stdout, "drain");
    return;
  }
  const { writeFile } = await import("node:fs/promises");
  await writeFile(out, text);
}
