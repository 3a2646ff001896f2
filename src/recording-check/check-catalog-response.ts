// A catalogued action's recorded response against its schema in generated/catalog.yaml. The
// catalog's schemas are read off single doc examples: they list fields but say neither which
// are required nor that others are forbidden. So what counts as a difference here is what
// the docs show otherwise: a field the schema does not list, a type other than the listed
// one (a numeric string, a null), a date written in another shape than the docs' example,
// and a collection (`meta` and `results`) without its `meta` or `results`.

import { escapePointer, typeKind } from "./ajv-findings.js";
import type { Finding } from "./finding.js";

type Schema = { type?: string | string[]; properties?: Record<string, Schema>; items?: Schema; nullable?: boolean };
type Base = Pick<Finding, "exchange" | "operation" | "part">;

const DATE = /^\d{4}-\d{2}-\d{2}/;
/** A date's shape: every digit a 9 (`2017-12-18 12:23:53` → `9999-99-99 99:99:99`). */
const shapeOf = (value: string) => value.replace(/[0-9]/g, "9");

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

const fits = (value: unknown, types: readonly string[]) => {
  const t = typeOf(value);
  return types.includes(t) || (t === "integer" && types.includes("number"));
};

export function checkCatalogResponse(schema: Schema, example: unknown, response: unknown, base: Base): Finding[] {
  const out: Finding[] = [];
  const add = (pointer: string, kind: Finding["kind"], expected: string, observed: unknown) => out.push({ ...base, pointer, kind, expected, observed });
  const isCollection = schema.properties?.meta !== undefined && schema.properties?.results !== undefined;
  if (isCollection && typeof response === "object" && response !== null && !Array.isArray(response)) {
    for (const part of ["meta", "results"]) if (!(part in response)) add(`/${part}`, "envelope", "a collection's meta and results", undefined);
  }
  const walk = (s: Schema, ex: unknown, value: unknown, pointer: string) => {
    const types = s.type === undefined ? [] : ([] as string[]).concat(s.type);
    if (types.length > 0 && !fits(value, types)) {
      if (!(value === null && s.nullable)) add(pointer, typeKind(value, types), types.join(" or "), value);
      return;
    }
    if (typeof value === "string" && typeof ex === "string" && DATE.test(ex) && shapeOf(value) !== shapeOf(ex)) {
      add(pointer, "format", `a date like the docs' ${JSON.stringify(ex)}`, value);
    }
    if (Array.isArray(value) && s.items) {
      const exItem = Array.isArray(ex) ? ex[0] : undefined;
      for (const [i, item] of value.entries()) walk(s.items as Schema, exItem, item, `${pointer}/${i}`);
      return;
    }
    if (typeof value === "object" && value !== null && !Array.isArray(value) && s.properties && Object.keys(s.properties).length > 0) {
      const exObject = typeof ex === "object" && ex !== null ? (ex as Record<string, unknown>) : {};
      for (const [key, inner] of Object.entries(value)) {
        const at = `${pointer}/${escapePointer(key)}`;
        const innerSchema = s.properties[key];
        if (innerSchema === undefined) add(at, "unknown-field", "no such field in the catalog", inner);
        else walk(innerSchema, exObject[key], inner, at);
      }
    }
  };
  walk(schema, example, response, "");
  return out;
}
