#!/usr/bin/env tsx
// `npm run catalog -- [--docs <dir>] [--out <file>] [--overrides <file>] [--check]`:
// reads iVvy's documentation pages and writes the catalog (generated/catalog.yaml).
// --check writes nothing and exits 1 when the file differs from what the docs give.
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { buildCatalog } from "./build-catalog.js";
import { checkOverrides } from "./overrides.js";
import { readDocs } from "./read-docs.js";
import { renderCatalog } from "./render-catalog.js";

const root = resolve(fileURLToPath(new URL("../..", import.meta.url)));

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const value = process.argv[i + 1];
  if (value === undefined || value.startsWith("--")) {
    console.error(`catalog: --${name} needs a value`);
    process.exit(2);
  }
  return value;
}

/** `../shared/reference/ivvy-apidocs` from the project root (or from its parent, for a git worktree one level down). */
function defaultDocsDir(): string {
  const candidates = [resolve(root, "../shared/reference/ivvy-apidocs"), resolve(root, "../../shared/reference/ivvy-apidocs")];
  const found = candidates.find((c) => existsSync(resolve(c, "SUMMARY.md")));
  if (!found) {
    console.error(`catalog: no docs at ${candidates.join(" or ")}; pass --docs <dir> (a checkout of iVvy's apidocs)`);
    process.exit(2);
  }
  return found;
}

const docsDir = resolve(flag("docs") ?? defaultDocsDir());
const outFile = resolve(flag("out") ?? resolve(root, "generated/catalog.yaml"));
const overridesFile = resolve(flag("overrides") ?? resolve(root, "catalog/overrides.yaml"));
const check = process.argv.includes("--check");

try {
  if (!existsSync(docsDir)) throw new Error(`docs directory ${docsDir} does not exist`);
  const contract = parse(await readFile(resolve(root, "openapi.yaml"), "utf8")) as {
    components: { securitySchemes: { IWS: Record<string, unknown> } };
  };
  const iws = contract.components.securitySchemes.IWS;
  const overrides = checkOverrides(existsSync(overridesFile) ? parse(await readFile(overridesFile, "utf8")) : {});
  const { pages, texts } = await readDocs(docsDir);
  const { document, uses } = buildCatalog({
    pages,
    texts,
    overrides,
    securityScheme: { type: iws.type, in: iws.in, name: iws.name, description: "iVvy's request signature; see openapi.yaml." },
  });
  const text = renderCatalog(document);
  const operations = Object.keys(document.paths as object).length;
  if (check) {
    const current = await readFile(outFile, "utf8").catch(() => "");
    if (current !== text) {
      console.error(`${outFile} does not match the docs in ${docsDir}: run \`npm run catalog\` and commit the result`);
      process.exit(1);
    }
    console.log(`${outFile} matches the docs (${operations} actions)`);
  } else {
    await mkdir(dirname(outFile), { recursive: true });
    await writeFile(outFile, text);
    console.log(`wrote ${outFile}: ${operations} actions from ${pages.length} pages, ${uses.length} overrides used`);
  }
} catch (error) {
  console.error(`catalog: ${(error as Error).message}`);
  process.exit(1);
}
