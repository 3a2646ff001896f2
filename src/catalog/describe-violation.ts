// iVvy's words for why a value does not validate (the exceptions page shows "Value must be
// a whole number" for an integer), from an ajv error of the catalog's validators.
import type { ValidatorError } from "./catalog-validator-module.js";

// The numeric-string patterns of scripts/catalog/validation-view.mjs.
const INTEGER_STRING = "^-?[0-9]+$";

const TYPE_WORDS: Record<string, string> = {
  integer: "Value must be a whole number",
  number: "Value must be a number",
  string: "Value must be a string",
  boolean: "Value must be true or false",
  array: "Value must be an array",
  object: "Value must be an object",
};

/** `/parts/0/name` under param `parts` → `parts[0].name`. */
function where(instancePath: string): string {
  const [, ...rest] = instancePath.split("/").slice(1);
  return rest.map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s.replace(/~1/g, "/").replace(/~0/g, "~")}`)).join("");
}

/** One reason, e.g. "Value must be a whole number" or "[0].name: Value must be a string". */
export function describeViolation(error: ValidatorError): string {
  const at = where(error.instancePath);
  const prefix = at ? `${at.replace(/^\./, "")}: ` : "";
  const p = error.params;
  let text: string;
  switch (error.keyword) {
    case "type": {
      const types = ([] as unknown[]).concat(p.type).map(String);
      const main = types.find((t) => t !== "string" && t !== "null") ?? types[0] ?? "";
      text = TYPE_WORDS[main] ?? `Value must be ${types.join(" or ")}`;
      break;
    }
    case "pattern":
      text = p.pattern === INTEGER_STRING ? TYPE_WORDS.integer! : TYPE_WORDS.number!;
      break;
    case "enum": {
      const values = [...new Set(([] as unknown[]).concat(p.allowedValues ?? []).map((v) => String(v)))];
      text = `Value must be one of: ${values.join(", ")}`;
      break;
    }
    case "required":
      text = `'${String(p.missingProperty)}' is required`;
      break;
    case "additionalProperties":
      text = `'${String(p.additionalProperty)}' is not a documented parameter`;
      break;
    default:
      text = `Value does not validate (${error.keyword})`;
  }
  return prefix + text;
}
