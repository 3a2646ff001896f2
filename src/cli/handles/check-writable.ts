import { constants } from "node:fs";
import { access, open, stat, unlink } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { CliError } from "../io/cli-error.js";
import { ExitCode } from "../io/exit-codes.js";

/**
 * Fails (exit 2) unless `path` can be written: checked before the first request, so an
 * unwritable --out is found before the batch runs, not after. The directory is probed by
 * creating and removing a file in it, which also catches read-only mounts (permission bits
 * alone say nothing when running as root). An existing file is left untouched. Results
 * and handles are written through a temporary file in the same directory (json-output.ts).
 */
export async function checkWritable(path: string, what: string): Promise<void> {
  const fail = (why: string) => new CliError(`${what} ${path} cannot be written: ${why}; nothing was sent`, ExitCode.Usage);
  const full = resolve(path);
  const existing = await stat(full).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw fail(error.code === "ENOTDIR" ? "a part of the path is a file, not a directory" : error.message);
  });
  if (existing?.isDirectory()) throw fail("it is a directory");
  if (existing) {
    await access(full, constants.W_OK).catch((error: Error) => {
      throw fail(error.message);
    });
    // A device or pipe (/dev/stdout) is written in place; a regular file through a
    // temporary file beside it, so its directory must take new files.
    if (!existing.isFile()) return;
  }
  const dir = dirname(full);
  const probe = join(dir, `.${basename(full)}.${process.pid}.${Date.now()}.probe`);
  try {
    const handle = await open(probe, "wx");
    await handle.close();
    await unlink(probe);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw fail(
      code === "ENOENT"
        ? `the directory ${dir} does not exist`
        : code === "ENOTDIR"
          ? "a part of the path is a file, not a directory"
          : code === "EACCES" || code === "EPERM" || code === "EROFS"
            ? `the directory ${dir} is not writable (${code})`
            : (error as Error).message,
    );
  }
}
