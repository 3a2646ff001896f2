// The answer's schema from a page's "Returns" table, for a page whose example does not
// parse. Each field is typed only from what the page gives, in this order: the table's Type
// column; a link in its description to a values table (an enum) or a property table (an
// object), when the example does not contradict it; the JSON type of a value the page's
// example shows for it (an example that does not parse as a whole still shows
// `"key": value` pairs); a description that calls it a date or a time (a string in iVvy's
// timestamp form, development-reference/timestamp-format.md). Anything else stays untyped
// (`{}`): a name and a sentence are not a type. Pure.
import { paramSchema, type Schema, type TableResolver, tableParams } from "./param-schema.js";
import type { PageFacts } from "./parse-page.js";

/**
 * The catalog's mark on a string that is an iVvy timestamp (`yyyy-mm-dd HH:mm:ss`, " UTC"
 * optional). An annotation, not a check: the emulator makes up values in that form.
 */
export const TIMESTAMP_MARK = "x-ivvy-format";
export const TIMESTAMP: Schema = { type: "string", [TIMESTAMP_MARK]: "timestamp" };

const VALUE_START = /"([A-Za-z_]\w*)"\s*:\s*("|-?\d|true\b|false\b|\[|\{)/g;

/** The JSON type of the first non-null value each key shows in the examples' text. */
export function exampleValueTypes(raws: readonly string[]): Map<string, Schema> {
  const types = new Map<string, Schema>();
  for (const raw of raws) {
    for (const m of raw.matchAll(VALUE_START)) {
      if (types.has(m[1]!)) continue;
      const start = m[2]!;
      types.set(m[1]!, { type: typeOfStart(start) });
    }
  }
  return types;
}

const DATE_WORDS = /\b(date|time|datetime|timestamp)\b(?!\s*zone)/i;
// A field named as one (startDateTime, createdDate, sessionAttendedTimestamp).
const DATE_NAME = /(Date|DateTime|Datetime|Timestamp)$/;
const describedAsDate = (name: string, description: string) => DATE_WORDS.test(description) || DATE_NAME.test(name);

/**
 * What other pages' examples show: the same object's page (getEventList's items are what
 * getEvent answers, and the other way round), and the JSON type of a field name wherever
 * iVvy's examples show it, kept only where every example agrees.
 */
export interface ExampleEvidence {
  /** The response examples of each action, by `namespace.action`. */
  byAction: ReadonlyMap<string, readonly string[]>;
  /** A field name's type across every example in the docs, when all agree. */
  unanimous: ReadonlyMap<string, Schema>;
}

/** The evidence of every page's response examples (see ExampleEvidence). */
export function exampleEvidence(pages: readonly PageFacts[], idOf: (page: PageFacts) => string): ExampleEvidence {
  const byAction = new Map<string, readonly string[]>();
  const seen = new Map<string, Set<string>>();
  for (const page of pages) {
    byAction.set(idOf(page), page.responseExamples);
    for (const raw of page.responseExamples) {
      for (const m of raw.matchAll(VALUE_START)) {
        const type = typeOfStart(m[2]!);
        let types = seen.get(m[1]!);
        if (!types) seen.set(m[1]!, (types = new Set()));
        types.add(type);
      }
    }
  }
  const unanimous = new Map<string, Schema>();
  for (const [name, types] of seen) if (types.size === 1) unanimous.set(name, { type: [...types][0]! });
  return { byAction, unanimous };
}

const typeOfStart = (start: string) =>
  start === '"' ? "string" : start === "[" ? "array" : start === "{" ? "object" : start === "true" || start === "false" ? "boolean" : "number";

/** The same object's other page: `getXList` for `getX`, and `getX` for `getXList`. */
const relatedAction = (id: string) => (id.endsWith("List") ? id.slice(0, -4) : `${id}List`);

/** The schema of the page's Returns table (an object, or an array of them), and the fields it could type. */
export function returnsSchema(page: PageFacts, id: string, resolve: TableResolver, evidence?: ExampleEvidence): { schema: Schema; typed: string[] } {
  const table = page.returnsTable;
  if (!table) return { schema: { type: "object" }, typed: [] };
  const own = exampleValueTypes(page.responseExamples);
  const related = exampleValueTypes(evidence?.byAction.get(relatedAction(id)) ?? []);
  const shownFor = (name: string) => own.get(name) ?? related.get(name) ?? evidence?.unanimous.get(name);
  const ctx = { file: page.file, resolve };
  const properties: Record<string, Schema> = {};
  const typed: string[] = [];
  for (const row of tableParams(table)) {
    const example = shownFor(row.name);
    let schema: Schema = {};
    if (row.docType) {
      schema = paramSchema(row.docType, row.description, ctx).schema;
    } else {
      // "array of [Sessions](...)", "An array of ...": the description is the type.
      const arrayWords = /^(an?\s+)?array\b/i.test(row.description) ? row.description.replace(/^an?\s+/i, "") : undefined;
      const linked = paramSchema(arrayWords, row.description, ctx);
      const agrees = !example || linked.schema.type === example.type || (linked.schema.type === "integer" && example.type === "number");
      if (linked.typed && agrees) schema = linked.schema;
      else if (example) schema = example;
      else if (describedAsDate(row.name, row.description)) schema = TIMESTAMP;
    }
    if (schema.type === "string" && describedAsDate(row.name, row.description) && !schema.enum && !schema[TIMESTAMP_MARK])
      schema = { ...schema, [TIMESTAMP_MARK]: "timestamp" };
    properties[row.name] = schema;
    if (schema.type !== undefined) typed.push(row.name);
  }
  const item: Schema = { type: "object", properties };
  return { schema: ARRAY_OF_OBJECTS.test(page.returnsIntro ?? "") ? { type: "array", items: item } : item, typed };
}

/**
 * A Returns section that opens "An array of objects with the following properties"
 * (contact/add-contacts-to-subscription-group.md, remove-contacts-from-subscription-group.md,
 * get-custom-field-definition.md, get-company-custom-field-definition.md): the answer is a
 * top-level array of the table's objects, as the one parsed example among them shows.
 * Collections say "A collection object … in the results" and are not matched.
 */
export const ARRAY_OF_OBJECTS = /^an array of objects with the following properties\b/i;
