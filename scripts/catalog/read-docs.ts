// Reads a checkout of iVvy's documentation: every Markdown file's text, and the facts of
// each page that documents an action.
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { type PageFacts, parsePage } from "./parse-page.js";

export async function readDocs(dir: string): Promise<{ pages: PageFacts[]; texts: Map<string, string> }> {
  const texts = new Map<string, string>();
  const walk = async (d: string): Promise<void> => {
    for (const entry of (await readdir(d, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.endsWith(".md")) texts.set(relative(dir, path).split(sep).join("/"), await readFile(path, "utf8"));
    }
  };
  await walk(dir);
  const pages: PageFacts[] = [];
  for (const [file, text] of texts) {
    const page = parsePage(file, text);
    if (page) pages.push(page);
  }
  return { pages, texts };
}
