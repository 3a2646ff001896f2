// Files the CLI writes so that no moment of the process leaves a half-written one behind:
// every write goes to a temporary file in the same folder, is flushed to disk (fsync) and
// renamed over the target. A temporary file still open when the process exits (a third
// Ctrl-C exits at once; an uncaught error) is removed by the exit hook below; only a
// SIGKILL can leave one, and it is hidden (a leading dot) and named for its process.
import { unlinkSync } from "node:fs";
import { open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** `.results.json.1234.tmp` beside `results.json`: same folder, so the rename is atomic. */
export const temporaryPathFor = (path: string): string => join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);

const openTemporaries = new Set<string>();
let exitHookInstalled = false;

/** Removes `path` if the process exits before `release()` is called; release once it is renamed or removed. */
export function removeOnExit(path: string): () => void {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on("exit", () => {
      for (const temporary of openTemporaries) {
        try {
          unlinkSync(temporary);
        } catch {
          // Already renamed or removed.
        }
      }
    });
  }
  openTemporaries.add(path);
  return () => void openTemporaries.delete(path);
}

/** Flushes a written temporary file to disk and renames it over `path`. */
export async function commitTemporary(temporary: string, path: string): Promise<void> {
  const file = await open(temporary, "r+");
  try {
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temporary, path);
}

/** Writes through a temporary file, fsync and rename: a crash at any point leaves the old file or the new one, whole. */
export async function writeDurably(path: string, text: string): Promise<void> {
  const temporary = temporaryPathFor(path);
  const release = removeOnExit(temporary);
  try {
    const file = await open(temporary, "w");
    try {
      await file.writeFile(text);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    throw error;
  } finally {
    release();
  }
}
