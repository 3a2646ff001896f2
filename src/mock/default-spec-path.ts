import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The package's own openapi.yaml. Found by walking up from this module to the first
 * directory that holds both package.json and openapi.yaml, because this file runs at
 * different depths: `src/mock/` in development and tests, `dist/src/mock/` when built.
 */
export function defaultSpecPath(moduleUrl: string = import.meta.url): string {
  const start = dirname(fileURLToPath(moduleUrl));
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, "openapi.yaml");
    if (existsSync(candidate) && existsSync(join(dir, "package.json"))) return candidate;
    if (dirname(dir) === dir) {
      throw new Error(`No openapi.yaml found in ${start} or any directory above it; pass specPath to startMock`);
    }
  }
}

/** The package's generated/catalog.yaml (every catalogued iVvy action), next to its openapi.yaml. */
export function defaultCatalogPath(moduleUrl: string = import.meta.url): string {
  return join(dirname(defaultSpecPath(moduleUrl)), "generated", "catalog.yaml");
}
