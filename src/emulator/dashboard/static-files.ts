// The page itself: plain files in the package's `dashboard-ui/` folder (no build step,
// no framework), found from this module's place whether it runs from src/ (tsx) or
// dist/src/ (the package), read once on first use.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export interface StaticFile {
  contentType: string;
  body: Uint8Array;
}

const FILES: Record<string, string> = {
  "index.html": "text/html; charset=utf-8",
  "app.js": "text/javascript; charset=utf-8",
  "style.css": "text/css; charset=utf-8",
};

let root: string | undefined;

function uiRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, "dashboard-ui", "index.html"))) return (root = join(dir, "dashboard-ui"));
    dir = dirname(dir);
  }
  throw new Error("The dashboard's files (dashboard-ui/) are missing from the package");
}

const cache = new Map<string, StaticFile>();

/** The file by name (`index.html`, `app.js`, `style.css`), or undefined for any other name. */
export function staticFile(name: string): StaticFile | undefined {
  const contentType = FILES[name];
  if (!contentType) return undefined;
  let file = cache.get(name);
  if (!file) cache.set(name, (file = { contentType, body: readFileSync(join(uiRoot(), name)) }));
  return file;
}
