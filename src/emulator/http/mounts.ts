// Side applications the emulator serves by path, as hono's `mount` attaches one: a path
// prefix and a fetch function. The dashboard is one; a request under its prefix never
// reaches the iVvy operations. Mounted apps see the request as sent (the full path).
import { optionError } from "../../util/options.js";

/** A side application: a web fetch function. */
export type MountedApp = (request: Request) => Response | Promise<Response>;

export interface Mounts {
  /** Serves `app` for every path under `prefix`; returns the unmount. */
  add(prefix: string, app: MountedApp): () => void;
  /** The app for a path and query, when one is mounted over it (the longest prefix wins). */
  match(target: string): MountedApp | undefined;
  readonly size: number;
}

const at = { owner: "emulator.port.mount", path: "prefix" };

function normalised(prefix: unknown): string {
  if (typeof prefix !== "string" || !/^\/[^\s?#]+$/.test(prefix)) throw optionError(at, `must be a path such as '/_emulator/', not ${JSON.stringify(prefix)}`);
  const bare = prefix.replace(/\/+$/, "");
  if (bare === "" || bare === "/api" || bare.startsWith("/api/")) throw optionError(at, `'${prefix}' would hide iVvy's API (every operation is under /api/)`);
  return bare;
}

export function createMounts(): Mounts {
  // Longest first, so a mount inside another's path wins for its own paths.
  let mounts: { prefix: string; app: MountedApp }[] = [];
  return {
    add(prefix, app) {
      const bare = normalised(prefix);
      if (typeof app !== "function") throw optionError({ owner: at.owner, path: "app" }, "must be a function (request: Request) => Response");
      if (mounts.some((m) => m.prefix === bare)) throw optionError(at, `'${prefix}' is mounted already`);
      const mount = { prefix: bare, app };
      mounts = [...mounts, mount].sort((a, b) => b.prefix.length - a.prefix.length);
      return () => {
        mounts = mounts.filter((m) => m !== mount);
      };
    },
    match(target) {
      for (const { prefix, app } of mounts) {
        if (!target.startsWith(prefix)) continue;
        const next = target.charAt(prefix.length);
        if (next === "" || next === "/" || next === "?") return app;
      }
      return undefined;
    },
    get size() {
      return mounts.length;
    },
  };
}
