// One HAR file shared by every recorder of this process that writes it: entries are appended
// in memory and the whole document is written to a temporary file in the same folder, then
// renamed over the old one. A rename is atomic, so a crash mid-write leaves the previous,
// valid file (and a stray temporary file), never half a document. Writes are serialised per
// file, and appends that arrive while one is being written go out together in the next one.
import { existsSync, readFileSync } from "node:fs";
import { rename, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { emptyHar, type Har, type HarEntry, parseHar } from "./har.js";

export interface HarFile {
  readonly path: string;
  readonly har: Har;
  append(entry: HarEntry): void;
  /** Resolves once every entry appended so far is on disk. */
  flush(): Promise<void>;
}

const open = new Map<string, HarFile>();

/** The shared writer of `path`: an existing recording is continued, a new one started. */
export function harFile(path: string, maskedFields: readonly string[]): HarFile {
  const full = resolve(path);
  const known = open.get(full);
  if (known) {
    mergeMaskedFields(known.har, maskedFields);
    return known;
  }
  const har = existsSync(full) ? parseHar(readFileSync(full, "utf8"), `recording file '${path}'`) : emptyHar(maskedFields);
  mergeMaskedFields(har, maskedFields);
  let written = Promise.resolve();
  let dirty = false;
  let serial = 0;
  const write = async () => {
    if (!dirty) return;
    dirty = false;
    const temp = `${full}.${process.pid}.${serial++}.tmp`;
    await writeFile(temp, `${JSON.stringify(har, null, 2)}\n`);
    await rename(temp, full);
  };
  const file: HarFile = {
    path: full,
    har,
    append(entry) {
      har.log.entries.push(entry);
      dirty = true;
      written = written.then(write, write);
    },
    flush: () => written,
  };
  open.set(full, file);
  return file;
}

function mergeMaskedFields(har: Har, fields: readonly string[]): void {
  if (fields.length === 0) return;
  const merged = new Set([...(har.log._ivvyMaskedFields ?? []), ...fields]);
  har.log._ivvyMaskedFields = [...merged].sort();
}
