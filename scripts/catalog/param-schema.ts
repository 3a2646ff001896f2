// Turns what a page says about one parameter (its type as spelled, its description, the
// sub-tables its links point to) into a JSON schema (OpenAPI 3.0 subset). Pure.
import type { TableFact } from "./parse-page.js";

export type Schema = Record<string, unknown>;

/** How the converter resolves a link `[x](page.md#anchor)` to a table. */
export type TableResolver = (fromFile: string, target: string) => TableFact | undefined;

export interface ParamSchema {
  schema: Schema;
  /** False when the page gave no type this converter can read (the schema is then `{}`). */
  typed: boolean;
}

/** The 13-plus spellings of scalar types on iVvy's pages. */
const SCALARS: Record<string, Schema> = {
  integer: { type: "integer" },
  int: { type: "integer" },
  number: { type: "number" },
  double: { type: "number" },
  float: { type: "number" },
  decimal: { type: "number" },
  string: { type: "string" },
  strings: { type: "string" },
  text: { type: "string" },
  bool: { type: "boolean" },
  boolean: { type: "boolean" },
  // iVvy sends and takes dates and times as strings in its own formats
  // (development-reference/timestamp-format.md, date-format.md, time-format.md); the pages
  // do not say that other spellings are refused, so no pattern is imposed.
  date: { type: "string" },
  sqldate: { type: "string" },
  datetime: { type: "string" },
  timestamp: { type: "string" },
  time: { type: "string" },
  timezone: { type: "string" },
  object: { type: "object" },
  array: { type: "array" },
  // "mixed" is documented as any JSON value.
  mixed: {},
};

/** Links in a piece of Markdown: `[text](target)`. */
export function linksIn(text: string): { text: string; target: string }[] {
  return [...text.matchAll(/\[([^\]]*)\]\(([^)\s]+)\)/g)].map((m) => ({ text: m[1]!, target: m[2]! }));
}

// Named formats the pages link to instead of naming a type.
const FORMAT_PAGES: [RegExp, Schema][] = [
  [/timestamp-format|date-format|time-format|timezone-list/, { type: "string" }],
  [/address-format/, { type: "object" }],
];

/** Is a table a list of properties (nested object) rather than a list of values (enum)? */
const isPropertyTable = (t: TableFact) => /^property$/i.test(t.columns[0] ?? "");

function enumValues(table: TableFact): (number | string)[] | undefined {
  const values = table.rows.map((r) => (r[0] ?? "").replace(/[`*\\]/g, "").trim()).filter((v) => v !== "");
  if (!values.length) return undefined;
  if (values.every((v) => /^-?\d+$/.test(v))) return [...new Set(values.map(Number))];
  if (values.every((v) => /^[A-Za-z][\w-]*$/.test(v))) return [...new Set(values)];
  return undefined;
}

export interface SchemaContext {
  file: string;
  resolve: TableResolver;
  /** Tables already being expanded (guards against a table that links to itself). */
  seen?: ReadonlySet<TableFact>;
}

/** The object schema of a property table (Property | Type | Required? | Description). */
export function objectFromTable(table: TableFact, ctx: SchemaContext): { schema: Schema; props: TableParam[] } {
  const props = tableParams(table);
  const seen = new Set(ctx.seen ?? []);
  seen.add(table);
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  for (const p of props) {
    properties[p.name] = paramSchema(p.docType, p.description, { ...ctx, seen }).schema;
    if (p.required === true) required.push(p.name);
  }
  return { schema: { type: "object", properties, ...(required.length ? { required } : {}) }, props };
}

export interface TableParam {
  name: string;
  docType?: string;
  required?: boolean;
  /** The Required column says "required on add", "required when ...": not always required. */
  conditional?: boolean;
  description: string;
}

/** The rows of a property table as parameters. */
export function tableParams(table: TableFact): TableParam[] {
  const col = (re: RegExp) => table.columns.findIndex((c) => re.test(c));
  const typeCol = col(/type/i);
  const requiredCol = col(/required/i);
  const descriptionCol = col(/description/i);
  const out: TableParam[] = [];
  for (const row of table.rows) {
    const name = (row[0] ?? "").replace(/[`*\\]/g, "").trim();
    if (!/^[A-Za-z_][\w]*$/.test(name)) continue;
    const param: TableParam = { name, description: descriptionCol >= 0 ? (row[descriptionCol] ?? "") : "" };
    if (typeCol >= 0 && row[typeCol]) param.docType = row[typeCol]!.trim();
    if (requiredCol >= 0) {
      const r = (row[requiredCol] ?? "").replace(/[*\\]/g, "").trim().toLowerCase();
      if (r === "required" || r === "true" || r === "yes") param.required = true;
      else if (r === "optional" || r === "false" || r === "no") param.required = false;
      else if (/^(required|optional)\b/.test(r)) {
        param.required = false;
        param.conditional = true;
      }
    }
    out.push(param);
  }
  return out;
}

/** The schema of one parameter from its type as spelled and its description. */
export function paramSchema(docType: string | undefined, description: string, ctx: SchemaContext): ParamSchema {
  const raw = (docType ?? "").trim();
  // The type's own words, without the text of its links ("[Booking Type](...)" has none).
  const words = raw
    .replace(/\[[^\]]*\]\([^)]*\)/g, " ")
    .toLowerCase()
    .replace(/[()]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const links = [...linksIn(raw), ...linksIn(description)];
  const mentionsNull = /\bnull\b/i.test(description);
  const result = (schema: Schema, typed: boolean): ParamSchema => ({
    // OpenAPI 3.0's nullable only means something next to a type.
    schema: mentionsNull && typeof schema.type === "string" ? { ...schema, nullable: true } : schema,
    typed,
  });

  const linked = (): { table?: TableFact; format?: Schema } => {
    for (const link of links) {
      for (const [re, schema] of FORMAT_PAGES) if (re.test(link.target)) return { format: schema };
      if (!link.target.includes("#")) continue;
      const table = ctx.resolve(ctx.file, link.target);
      if (table && !(ctx.seen?.has(table) ?? false)) return { table };
    }
    return {};
  };
  const fromTable = (table: TableFact): Schema | undefined => {
    if (isPropertyTable(table)) return objectFromTable(table, ctx).schema;
    const values = enumValues(table);
    if (!values) return undefined;
    return { type: typeof values[0] === "number" ? "integer" : "string", enum: values };
  };

  const head = /^[a-z]+/.exec(words)?.[0] ?? "";
  if (head === "array" || /^must be an array/.test(words)) {
    const of = /^array\s+(?:of\s+)?([a-z]+)/.exec(words)?.[1];
    const { table } = linked();
    let items: Schema | undefined;
    // Only a link in the type itself names the items ("array of [Day Rates](...)"); a link
    // in the description may point at anything.
    if (table && linksIn(raw).length) items = fromTable(table);
    else if (of && SCALARS[of.replace(/s$/, "")]) items = SCALARS[of.replace(/s$/, "")];
    return result({ type: "array", ...(items ? { items } : {}) }, true);
  }
  if (head === "enum" || (head === "" && links.length) || head === "object" || SCALARS[head]) {
    const { table, format } = linked();
    if (format && (head === "" || head === "object")) return result(format, true);
    if (table) {
      const fromLink = fromTable(table);
      if (fromLink) {
        const wantsObject = head === "" || head === "object";
        const isObject = fromLink.type === "object";
        // A scalar type with a link to a values table is an enum; an object type (or no
        // type) with a link to a property table is a nested object. Anything else keeps
        // the page's own type and ignores the link.
        if (head === "" || wantsObject === isObject || head === "enum") return result(fromLink, true);
        if (head === "integer" || head === "int" || head === "string") {
          const base = SCALARS[head]!;
          if (fromLink.type === base.type) return result(fromLink, true);
        }
      }
    }
    if (head === "enum") return result({}, false);
    if (SCALARS[head]) return result(SCALARS[head], true);
    return result({}, false);
  }
  return result({}, false);
}
