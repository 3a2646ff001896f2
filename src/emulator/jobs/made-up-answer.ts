// The emulator's made-up answer for an action whose page shows no example: json-schema-faker
// (a well-kept generator from JSON Schema) on the catalogued response schema, made to look
// like iVvy's (docs/emulator.md, "Made-up answers"): iVvy timestamps for dates and times
// (development-reference/timestamp-format.md), positive whole ids, emails, URLs, enum members,
// non-empty strings, and every property present. Deterministic: the same schema and seed give
// the same answer. Loaded by the emulator only, never by the light client entries.
import { generateSync, type JsonSchema, type Random } from "json-schema-faker";

type Schema = Record<string, unknown>;

const pad = (n: number) => String(n).padStart(2, "0");
const WORDS = ["Harbour", "Room", "Summit", "Annual", "Gala", "North", "Wing", "Garden", "Terrace", "Dinner", "Conference", "Board", "Plenary", "Lounge"];
const NAMES = ["alex", "sam", "jordan", "kim", "lee", "morgan", "robin", "casey"];

/** Named formats the answers use, each made from the generator's seeded random. */
const FORMATS: Record<string, (random: Random) => string> = {
  // yyyy-mm-dd HH:mm:ss, the form iVvy answers in (" UTC" is optional and left off).
  "ivvy-timestamp": (r) => `${r.int(2018, 2026)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))} ${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}`,
  "ivvy-email": (r) => `${r.pick(NAMES)}${r.int(1, 999)}@example.com`,
  "ivvy-url": (r) => `https://example.com/${r.pick(WORDS).toLowerCase()}/${r.int(1, 9999)}`,
  "ivvy-text": (r) => `${r.pick(WORDS)} ${r.pick(WORDS)}`,
};

const isTimestampName = (name: string) => /(^date|Date$|DateTime$|Datetime$|Timestamp$|^time$|Time$)/.test(name);
const isIdName = (name: string) => /(^id$|Id$|^num[A-Z]|Count$|^count$|Number$)/.test(name);

/** A string's format from the catalog's mark and the field's name. */
function stringFormat(schema: Schema, name: string): string {
  if (schema["x-ivvy-format"] === "timestamp" || isTimestampName(name)) return "ivvy-timestamp";
  if (/email/i.test(name)) return "ivvy-email";
  if (/(url|Url|website|Website|link|Link)$/.test(name)) return "ivvy-url";
  return "ivvy-text";
}

/**
 * The schema as the generator should see it: every property asked for, strings in a named
 * format, numbers positive (an id is whole), arrays of one to three items. An untyped field
 * (`{}`: the page gives no type) gets a value its name suggests (an id, a flag, a timestamp)
 * or a short text, never null. Enums keep their members.
 */
function realistic(schema: Schema, name: string): Schema {
  if (Array.isArray(schema.enum) && schema.enum.length) return { enum: schema.enum.filter((v) => v !== null) };
  switch (schema.type) {
    case "object": {
      const properties = Object.fromEntries(
        Object.entries((schema.properties ?? {}) as Record<string, Schema>).map(([key, sub]) => [key, realistic(sub, key)]),
      );
      return { type: "object", properties, required: Object.keys(properties), additionalProperties: false };
    }
    case "array":
      return { type: "array", minItems: 1, maxItems: 3, items: realistic((schema.items as Schema | undefined) ?? {}, name.replace(/s$/, "")) };
    case "string":
      return { type: "string", format: stringFormat(schema, name) };
    case "integer":
      return { type: "integer", minimum: 1, maximum: 99_999 };
    case "number":
      return isIdName(name) ? { type: "integer", minimum: 1, maximum: 99_999 } : { type: "number", minimum: 1, maximum: 10_000, multipleOf: 0.01 };
    case "boolean":
      return { type: "boolean" };
    default:
      if (isIdName(name)) return { type: "integer", minimum: 1, maximum: 99_999 };
      if (/^(is|has|can)[A-Z]/.test(name)) return { type: "boolean" };
      return { type: "string", format: isTimestampName(name) ? "ivvy-timestamp" : "ivvy-text" };
  }
}

const prepared = new WeakMap<object, Schema>();

/** A value that fits `schema` and looks like iVvy's, the same for the same schema and seed. */
export function makeUpAnswer(schema: Readonly<Schema>, seed: number, name = "value"): unknown {
  let ready = prepared.get(schema);
  if (!ready) prepared.set(schema, (ready = realistic(schema as Schema, name)));
  return generateSync(ready as JsonSchema, { seed, formats: FORMATS, alwaysFakeOptionals: true, maxDepth: 8 });
}
