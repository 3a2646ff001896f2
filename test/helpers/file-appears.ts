import { readdirSync, watch } from "node:fs";

/**
 * Resolves with the folder's file names once one of them matches (an fs.watch event, not a
 * poll); rejects after `timeoutMs` with a message naming what was awaited.
 */
export function fileAppears(dir: string, match: (name: string) => boolean, timeoutMs = 10_000): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const names = readdirSync(dir);
      if (!names.some(match)) return false;
      finish();
      resolve(names);
      return true;
    };
    const watcher = watch(dir, () => void check());
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`no matching file appeared in ${dir} within ${timeoutMs} ms (it holds ${JSON.stringify(readdirSync(dir))})`));
    }, timeoutMs);
    const finish = () => {
      clearTimeout(timer);
      watcher.close();
    };
    check();
  });
}
