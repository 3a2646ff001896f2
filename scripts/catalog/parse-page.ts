// Reads one iVvy documentation page (GitBook Markdown) into facts: the action it
// documents, its parameters, its example request and response, the property names it
// returns and the specific codes it lists. Pure: text in, facts out. Descriptions are
// kept only so the converter can read markers out of them (enum links, "null"); they
// never reach the catalog.

export type PageFormat = "swagger" | "api-method";

export interface ParamFact {
  name: string;
  /** The type as the page spells it ("integer", "bool", "strings", ...), if it gives one. */
  docType?: string;
  /** true/false when the page says so; undefined when it does not. */
  required?: boolean;
  description: string;
}

export interface TableFact {
  /** The heading above the table (for sub-table links: its GitBook anchor). */
  heading: string;
  anchor: string;
  /** The text between the heading and the table, trimmed (empty when there is none). */
  intro: string;
  columns: string[];
  rows: string[][];
}

export interface PageFacts {
  file: string;
  format: PageFormat;
  namespace: string;
  action: string;
  /** Parameters from `{% swagger-parameter %}` / `{% api-method-parameter %}` blocks. */
  blockParams: ParamFact[];
  tables: TableFact[];
  /** Code blocks under an "Example Request" heading, raw. */
  requestExamples: string[];
  /** Code blocks of the 200 response blocks, raw. */
  responseExamples: string[];
  /** Property names of the "Returns" table. */
  returns: string[];
  /** The "Returns" table itself (its Type column, when it has one, types the answer). */
  returnsTable?: TableFact;
  /** The paragraph between the "Returns" heading and its table ("An array of objects with the following properties"). */
  returnsIntro?: string;
  /** Specific codes the page lists. */
  codes: number[];
  /** The page says the call takes the pagination (`perPage`, `start`) or filter (`filter`) properties. */
  pagination: boolean;
  filter: boolean;
}

const ATTR = /(\w+)=(?:"((?:[^"\\]|\\.)*)"|([^\s%"]+))/g;

/** The attributes of a `{% tag a="b" c=d %}` opening, last one winning for repeats. */
export function tagAttributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(ATTR)) out[m[1]!] = (m[2] ?? m[3] ?? "").replace(/\\(.)/g, "$1");
  return out;
}

/** GitBook's anchor for a heading: lowercase, spaces to dashes, punctuation dropped. */
export function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .trim()
    .replace(/\s+/g, "-");
}

const ACTION_PATH = /(?:^|\/)([a-z]+)\?action=([A-Za-z0-9]+)/;

/** `namespace` and `action` from the `path` attributes of the page's opening tag. */
function actionOf(text: string): { format: PageFormat; namespace: string; action: string } | undefined {
  const open = /\{%\s*(swagger|api-method)\s([^%]*)%\}/.exec(text);
  if (!open) return undefined;
  // Some pages give `path` twice (`path="/api/1.0/" path="venue?action=x"`): scan every one.
  for (const m of open[2]!.matchAll(/(?:path|baseUrl)="([^"]*)"/g)) {
    const hit = ACTION_PATH.exec(m[1]!);
    if (hit) return { format: open[1] as PageFormat, namespace: hit[1]!, action: hit[2]! };
  }
  return undefined;
}

function parseRequired(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (v === "true" || v.startsWith("true")) return true;
  if (v === "false") return false;
  return undefined;
}

function blockParams(text: string): ParamFact[] {
  const params: ParamFact[] = [];
  const re = /\{%\s*(swagger-parameter|api-method-parameter)\s([^%]*)%\}([\s\S]*?)\{%\s*end(?:swagger-parameter|api-method-parameter)\s*%\}/g;
  for (const m of text.matchAll(re)) {
    const raw = m[2]!;
    const attrs = tagAttributes(raw);
    if (!attrs.name) continue;
    // `required=truein="body"` (a missing space) is still a required marker.
    const required = parseRequired(attrs.required ?? (/required=true/.test(raw) ? "true" : undefined));
    params.push({
      name: attrs.name.trim(),
      ...(attrs.type ? { docType: attrs.type.trim() } : {}),
      ...(required === undefined ? {} : { required }),
      description: m[3]!.trim(),
    });
  }
  return params;
}

function splitRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/, "").replace(/\|$/, "");
  return inner.split(/(?<!\\)\|/).map((c) => c.trim());
}

// A separator cell is dashes, one or more ("| - | --- |" under a "#" column).
const SEPARATOR = /^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

/** Every Markdown table with the heading it sits under. */
export function parseTables(text: string): TableFact[] {
  const lines = text.split(/\r?\n/);
  const tables: TableFact[] = [];
  let heading = "";
  let intro: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const h = /^#{1,6}\s+(.*)$/.exec(line);
    if (h) {
      heading = h[1]!.replace(/\*\*/g, "").trim();
      intro = [];
      continue;
    }
    if (line.trim().startsWith("|") && SEPARATOR.test(lines[i + 1]?.trim() ?? "")) {
      let columns = splitRow(line).map((c) => c.replace(/\*\*/g, "").trim());
      const rows: string[][] = [];
      let j = i + 2;
      for (; j < lines.length && lines[j]!.trim().startsWith("|"); j++) rows.push(splitRow(lines[j]!));
      // Tables with an empty header row and the real header in bold as their first row.
      if (columns.every((c) => c === "") && rows.length) columns = rows.shift()!.map((c) => c.replace(/\*\*/g, "").trim());
      tables.push({ heading, anchor: anchorOf(heading), intro: intro.join(" ").replace(/\s+/g, " ").trim(), columns, rows });
      intro = [];
      i = j - 1;
      continue;
    }
    intro.push(line);
  }
  return tables;
}

/** Code blocks (```...```) in a piece of Markdown. */
function codeBlocks(text: string): string[] {
  return [...text.matchAll(/```[^\n]*\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

function requestExamples(text: string): string[] {
  const out: string[] = [];
  const sections = text.split(/^(?=#{1,6}\s)/m);
  for (const section of sections) {
    if (/^#{1,6}\s+Example Request/i.test(section)) out.push(...codeBlocks(section));
  }
  return out;
}

function responseExamples(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\{%\s*swagger-response\s([^%]*)%\}([\s\S]*?)\{%\s*endswagger-response\s*%\}/g)) {
    if (tagAttributes(m[1]!).status === "200") out.push(...codeBlocks(m[2]!));
  }
  for (const m of text.matchAll(/\{%\s*api-method-response-example\s([^%]*)%\}([\s\S]*?)\{%\s*endapi-method-response-example\s*%\}/g)) {
    if (tagAttributes(m[1]!).httpCode === "200") out.push(...codeBlocks(m[2]!));
  }
  return out;
}

const returnsTableOf = (tables: TableFact[]) => tables.find((t) => /^returns?$/i.test(t.heading) && /property/i.test(t.columns[0] ?? ""));

function returnsOf(tables: TableFact[]): string[] {
  const table = returnsTableOf(tables);
  return table ? table.rows.map((r) => r[0]!.replace(/`/g, "").trim()).filter((n) => /^[A-Za-z_][\w.]*$/.test(n)) : [];
}

function codesOf(text: string): number[] {
  const codes = new Set<number>();
  for (const m of text.matchAll(/Specific\s+Code:?\s*\**\s*(\d{4,5})/gi)) codes.add(Number(m[1]));
  return [...codes].sort((a, b) => a - b);
}

/** The facts of one page, or undefined when it documents no `namespace?action=` call. */
export function parsePage(file: string, text: string): PageFacts | undefined {
  const id = actionOf(text);
  if (!id) return undefined;
  const tables = parseTables(text);
  const returnsTable = returnsTableOf(tables);
  return {
    file,
    ...id,
    blockParams: blockParams(text),
    tables,
    requestExamples: requestExamples(text),
    responseExamples: responseExamples(text),
    returns: returnsOf(tables),
    ...(returnsTable ? { returnsTable, ...(returnsTable.intro ? { returnsIntro: returnsTable.intro } : {}) } : {}),
    codes: codesOf(text),
    pagination: takesLinked(text, "pagination.md"),
    filter: takesLinked(text, "filtering.md"),
  };
}

/**
 * Whether the page links `target` as something the call takes. "it does not accept
 * [pagination](…) or [filter](…) properties" (venues/venuedata/get-room-rate-list.md,
 * venues/accommodation/get-booking-accommodation-list.md) is the page saying it does not.
 */
export function takesLinked(text: string, target: string): boolean {
  for (const link of text.matchAll(/\]\(([^)]*)\)/g)) {
    if (!link[1]!.includes(target)) continue;
    const sentence =
      text
        .slice(0, link.index)
        .split(/\.\s|\n/)
        .pop() ?? "";
    if (!/\bnot accept\b/i.test(sentence)) return true;
  }
  return false;
}
