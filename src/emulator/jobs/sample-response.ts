// A value that fits a catalogued schema, made up deterministically from a seed: the quick
// sampler the tests use to make up params. The emulator's made-up answers come from
// made-up-answer.ts (json-schema-faker, values that look like iVvy's). Pure: the same schema
// and seed give the same value.

type Schema = Record<string, unknown>;

export { seededRandom } from "../../util/seeded-random.js";

/** FNV-1a of a string, to seed per job. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function sampleFromSchema(schema: Schema, random: () => number, name = "value", depth = 0): unknown {
  const int = (max: number) => 1 + Math.floor(random() * max);
  if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum[Math.floor(random() * schema.enum.length)];
  switch (schema.type) {
    case "object": {
      const out: Record<string, unknown> = {};
      if (depth > 6) return out;
      for (const [key, sub] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) out[key] = sampleFromSchema(sub, random, key, depth + 1);
      return out;
    }
    case "array": {
      const items = schema.items as Schema | undefined;
      if (!items || depth > 6) return [];
      return Array.from({ length: int(3) }, () => sampleFromSchema(items, random, name, depth + 1));
    }
    case "string":
      return `${name}-${int(9999)}`;
    case "integer":
      return int(10_000);
    case "number":
      return int(10_000);
    case "boolean":
      return random() < 0.5;
    default:
      // `{}`: the docs show null or nothing that types it.
      return null;
  }
}
