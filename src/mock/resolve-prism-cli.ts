import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The Prism release installed by this package's own dev setup (CI also tests 5.16 on Node 24; the peer range is ^5.14.2). */
export const PRISM_CLI_VERSION = "5.14.2";

const installHint = `npm install --save-dev @stoplight/prism-cli@${PRISM_CLI_VERSION}`;

/**
 * The absolute path of Prism's CLI script (`@stoplight/prism-cli/dist/index.js`).
 * Prism is an optional peer of this package: library users who never start the
 * mock need not install it, so its absence is reported here, with the fix, rather
 * than when the package is imported.
 *
 * `resolve` is injectable so the "not installed" path can be tested; by default it
 * resolves from this module, which works from `src/` and from `dist/` alike.
 */
export function resolvePrismCli(resolve: (request: string) => string = createRequire(import.meta.url).resolve): string {
  let manifestPath: string;
  try {
    manifestPath = resolve("@stoplight/prism-cli/package.json");
  } catch (error) {
    throw new Error(`The Prism mock needs @stoplight/prism-cli, which is not installed. Run: ${installHint}`, { cause: error });
  }
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { version?: string; bin?: string | Record<string, string> };
  const bin = typeof manifest.bin === "string" ? manifest.bin : manifest.bin?.prism;
  if (!bin) {
    throw new Error(`${manifestPath} declares no 'prism' binary (version ${manifest.version ?? "unknown"}). Run: ${installHint}`);
  }
  return join(dirname(manifestPath), bin);
}
