import { once } from "node:events";
import { createWriteStream, statSync } from "node:fs";
import { unlink, writeFile } from "node:fs/promises";
import type { Writable } from "node:stream";
import { commitTemporary, removeOnExit, temporaryPathFor, writeDurably } from "../io/durable-file.js";

export interface JsonArrayWriter {
  push(item: unknown): Promise<void>;
  end(): Promise<void>;
  /** Stops writing and removes the partial file (the target is left as it was). */
  abandon(): Promise<void>;
}

/** A file a run writes into directly: devices and pipes (`/dev/stdout`), which cannot be renamed over. */
const isSpecialFile = (path: string): boolean => {
  try {
    return !statSync(path).isFile();
  } catch {
    return false;
  }
};

/** Resolves when `stream` has room again (or is closed), rejects on its error; leaves no listeners behind. */
function settle(stream: Writable, event: "drain" | "finish"): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      stream.off(event, onEvent);
      stream.off("close", onEvent);
      stream.off("error", onError);
      if (error) reject(error);
      else resolve();
    };
    const onEvent = () => done();
    const onError = (error: Error) => done(error);
    stream.on(event, onEvent);
    stream.on("close", onEvent);
    stream.on("error", onError);
  });
}

/**
 * Writes a JSON array item by item to a file or stdout, so large results are never held
 * whole. A regular file is written under a temporary name, flushed and renamed when
 * complete (durable-file.ts), so neither a failure half-way nor a signal at any moment
 * leaves a truncated file that looks like results, or a temporary file behind. Write
 * errors (a full disk) reject the next push or end instead of crashing the process.
 */
export function openJsonArray(out: string | undefined, stdout: NodeJS.WriteStream): JsonArrayWriter {
  const direct = out === undefined || isSpecialFile(out);
  const temporary = out !== undefined && !direct ? temporaryPathFor(out) : undefined;
  const release = temporary ? removeOnExit(temporary) : () => {};
  const stream: Writable = out === undefined ? stdout : createWriteStream(temporary ?? out);
  let failure: Error | undefined;
  if (stream !== stdout) stream.on("error", (error) => (failure ??= error));
  let first = true;
  const write = async (text: string) => {
    if (failure) throw failure;
    if (!stream.write(text)) await settle(stream, "drain");
    if (failure) throw failure;
  };
  return {
    async push(item) {
      await write((first ? "[\n  " : ",\n  ") + JSON.stringify(item));
      first = false;
    },
    async end() {
      await write(first ? "[]\n" : "\n]\n");
      if (stream === stdout) return;
      if (!stream.destroyed) {
        stream.end();
        await settle(stream, "finish");
      }
      if (failure) throw failure;
      if (temporary && out) {
        await commitTemporary(temporary, out);
        release();
      }
    },
    async abandon() {
      if (stream === stdout) return;
      stream.destroy();
      if (temporary) await unlink(temporary).catch(() => {});
      release();
    },
  };
}

/** Writes one JSON value to a file (atomically, unless it is a device or pipe) or stdout. */
export async function writeJson(value: unknown, out: string | undefined, stdout: NodeJS.WriteStream): Promise<void> {
  const text = JSON.stringify(value, null, 2) + "\n";
  if (out === undefined) {
    if (!stdout.write(text)) await once(stdout, "drain");
    return;
  }
  if (isSpecialFile(out)) {
    await writeFile(out, text);
    return;
  }
  await writeDurably(out, text);
}
