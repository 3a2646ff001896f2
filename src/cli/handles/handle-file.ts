import { rename, unlink, writeFile } from "node:fs/promises";
import { isAbsolute, join, relative } from "node:path";
import { type BatchHandle, buildBatchHandle, type ChunkRef } from "../../workflow/model/batch-handle.js";

/** Where a run's handle goes without --handle-out: the working directory, named for its first batch. */
export const defaultHandlePath = (cwd: string, firstAsyncId: string): string => join(cwd, `ivvy-batch-${firstAsyncId}.handle.json`);

/** Writes through a temporary file and a rename, so a crash mid-write leaves the previous version whole. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    throw error;
  }
}

export interface HandleSaver {
  /** Records a chunk as stored at iVvy and rewrites the file with every chunk so far. */
  add(chunk: ChunkRef): void;
  /** Rewrites the file with this handle (the final one, or the one a failure carried). */
  save(handle: BatchHandle): Promise<void>;
  /** Resolves when every write so far has finished. */
  flush(): Promise<void>;
  /** The file, once something was written to it. */
  readonly path: string | undefined;
  /** The last handle saved (or that failed to save). */
  readonly handle: BatchHandle | undefined;
  /** The last write error, when the file could not be written. */
  readonly error: Error | undefined;
}

/**
 * Keeps the handle file current while chunks are submitted: rewritten after every chunk,
 * so a signal, a crash or a network failure half-way leaves every submitted batch on disk.
 * `createdAt` is read when the first chunk arrives (submitAll's own clock reading).
 */
export function createHandleSaver(options: {
  path: string | undefined;
  cwd: string;
  createdAt: () => number;
  onFirstSave?: (path: string) => void;
}): HandleSaver {
  const chunks: ChunkRef[] = [];
  let path = options.path;
  let handle: BatchHandle | undefined;
  let error: Error | undefined;
  let announced = false;
  let queue: Promise<void> = Promise.resolve();

  const write = (next: BatchHandle) => {
    handle = next;
    const first = next.chunks[0];
    if (!first) return queue;
    path ??= defaultHandlePath(options.cwd, first.asyncId);
    const target = path;
    queue = queue.then(async () => {
      try {
        await writeFileAtomic(target, JSON.stringify(next, null, 2) + "\n");
        error = undefined;
        if (!announced) {
          announced = true;
          options.onFirstSave?.(target);
        }
      } catch (failure) {
        error = failure as Error;
      }
    });
    return queue;
  };

  return {
    add(chunk) {
      chunks.push(chunk);
      void write(buildBatchHandle(options.createdAt(), chunks));
    },
    save: (next) => write(next),
    flush: () => queue,
    get path() {
      return announced ? path : undefined;
    },
    get handle() {
      return handle;
    },
    get error() {
      return error;
    },
  };
}

/** A path as the user should type it: relative to the working directory when inside it. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

/** Quotes a shell word only when it needs it. */
export const shellWord = (word: string): string => (/^[\w./:@%+=,-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`);
