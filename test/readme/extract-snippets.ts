// Reading TypeScript snippets out of Markdown, as written (docs-snippets.test.ts runs them).

export interface Snippet {
  /** The page, relative to the repository. */
  page: string;
  /** Line of the opening fence (1-based). */
  line: number;
  code: string;
  /**
   * The file name after the language (```` ```ts src/ivvy/client.ts ````): the block is one
   * file of a multi-file example, which that page's own project test builds and runs.
   */
  name?: string;
}

/** Every ```ts / ```typescript block of a Markdown text, named or not. */
export function extractSnippets(page: string, markdown: string): Snippet[] {
  const snippets: Snippet[] = [];
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const fence = /^```(?:ts|typescript)(?:\s+(\S+))?\s*$/.exec(lines[i]!);
    if (!fence) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
    snippets.push({ page, line: start + 1, code: body.join("\n") + "\n", ...(fence[1] ? { name: fence[1] } : {}) });
  }
  return snippets;
}

/** What a snippet's `console.log(...); // value` lines say it prints, in order. */
export const promisedOutput = (code: string): string[] =>
  code
    .split("\n")
    .map((line) => /console\.log\(.*\)\)?;?\s*\/\/\s*(.+?)\s*$/.exec(line)?.[1])
    .filter((value): value is string => value !== undefined);
