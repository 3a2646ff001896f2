// A response schema read off a documented example: the example's shape, typed by its
// values, with no property required (a page's example shows one answer, not which
// fields every answer has) and `null` read as "may be null". Pure.
import type { Schema } from "./param-schema.js";

export function inferSchema(value: unknown): Schema {
  if (value === null) return {};
  if (Array.isArray(value)) {
    const items = value.map(inferSchema).reduce<Schema | undefined>((a, b) => (a === undefined ? b : mergeSchemas(a, b)), undefined);
    return { type: "array", ...(items && Object.keys(items).length ? { items } : {}) };
  }
  if (typeof value === "object") {
    const properties: Record<string, Schema> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) properties[k] = inferSchema(v);
    return { type: "object", properties };
  }
  // A number in an example says "a number"; whether a field is always whole is not
  // something one example shows (a price of 100 in the example is 99.5 elsewhere).
  if (typeof value === "number") return { type: "number" };
  return { type: typeof value };
}

/** The loosest schema both fit: same type merges, different types give up (`{}`). */
export function mergeSchemas(a: Schema, b: Schema): Schema {
  if (!Object.keys(a).length || !Object.keys(b).length) return {};
  if (a.type !== b.type) return {};
  if (a.type === "object") {
    const pa = (a.properties ?? {}) as Record<string, Schema>;
    const pb = (b.properties ?? {}) as Record<string, Schema>;
    const properties: Record<string, Schema> = { ...pa };
    for (const [k, v] of Object.entries(pb)) properties[k] = k in pa ? mergeSchemas(pa[k]!, v) : v;
    return { type: "object", properties };
  }
  if (a.type === "array") {
    const ia = a.items as Schema | undefined;
    const ib = b.items as Schema | undefined;
    const items = ia && ib ? mergeSchemas(ia, ib) : undefined;
    return { type: "array", ...(items && Object.keys(items).length ? { items } : {}) };
  }
  return { type: a.type };
}
