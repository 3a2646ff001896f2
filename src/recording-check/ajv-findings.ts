// ajv's violations as findings: one per violation, named by kind, at its JSON pointer, with
// the value the recording holds there.
import type { Finding, FindingKind } from "./finding.js";

export interface Violation {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** The value at a JSON pointer (RFC 6901), or undefined. */
export function valueAt(root: unknown, pointer: string): unknown {
  if (pointer === "") return root;
  let value: unknown = root;
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

export const escapePointer = (key: string | number) => String(key).replaceAll("~", "~0").replaceAll("/", "~1");

const NUMERIC = /^-?[0-9]+(\.[0-9]+)?$/;

/** The kind of a type mismatch: a numeric string, a null, or another type. */
export function typeKind(observed: unknown, expected: readonly string[]): FindingKind {
  if (observed === null) return "null";
  if (typeof observed === "string" && NUMERIC.test(observed) && expected.some((t) => t === "integer" || t === "number")) return "numeric-string";
  return "type";
}

type Base = Pick<Finding, "exchange" | "operation" | "part">;

export function findingsOf(violations: readonly Violation[] | null | undefined, data: unknown, base: Base): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const v of violations ?? []) {
    // anyOf / oneOf add a summary line after their branches' own violations: those say more.
    if (v.keyword === "anyOf" || v.keyword === "oneOf" || v.keyword === "if") continue;
    let pointer = v.instancePath;
    let kind: FindingKind;
    let expected: string;
    let observed = valueAt(data, pointer);
    switch (v.keyword) {
      case "additionalProperties": {
        const name = String(v.params.additionalProperty);
        pointer = `${pointer}/${escapePointer(name)}`;
        observed = valueAt(data, pointer);
        kind = "unknown-field";
        expected = "no such field";
        break;
      }
      case "required": {
        pointer = `${pointer}/${escapePointer(String(v.params.missingProperty))}`;
        kind = "missing-field";
        expected = "a required field";
        observed = undefined;
        break;
      }
      case "type": {
        const types = ([] as string[]).concat(v.params.type as string | string[]);
        kind = typeKind(observed, types);
        expected = types.join(" or ");
        break;
      }
      case "format":
        kind = "format";
        expected = `format ${String(v.params.format)}`;
        break;
      case "pattern":
        kind = "format";
        expected = `a string matching ${String(v.params.pattern)}`;
        break;
      default:
        kind = "value";
        expected = v.message ?? `${v.keyword} ${JSON.stringify(v.params)}`;
    }
    const key = `${pointer}\u0000${kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...base, pointer, kind, expected, observed });
  }
  return out;
}
