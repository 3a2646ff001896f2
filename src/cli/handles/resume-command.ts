import { isAbsolute, relative } from "node:path";
import type { ConnectionFlags } from "../connection/connection.js";

/**
 * The command that picks a batch up again, as the user can paste it: the connection
 * flags they gave (never a secret: a secret given as a flag is left as a placeholder;
 * the IVVY_* variables carry over by themselves) and the output file.
 */
export function resumeCommand(verb: "wait" | "results", handlePath: string, flags: ConnectionFlags & { out?: string }, cwd: string): string {
  const words = ["ivvy-batch", verb, shellWord(displayPath(handlePath, cwd))];
  if (flags.region !== undefined) words.push("--region", shellWord(flags.region));
  if (flags.baseUrl !== undefined) words.push("--base-url", shellWord(flags.baseUrl));
  if (flags.key !== undefined) words.push("--key", shellWord(flags.key), "--secret", "<secret>");
  if (flags.out !== undefined) words.push("--out", shellWord(displayPath(flags.out, cwd)));
  return words.join(" ");
}

/** A path as the user should type it: relative to the working directory when inside it. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

/** Quotes a shell word only when it needs it. */
export const shellWord = (word: string): string => (/^[\w./:@%+=,-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`);
