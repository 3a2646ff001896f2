// The check of a direct call's answer against its action's catalogued response schema.
// Most of those schemas are inferred from one example on a doc page (x-ivvy.response:
// example), so the client reports a misfit as a warning unless told to be strict; the
// check compiles each action's schema with ajv on first use, and lives here, out of the
// light client entry, as checkJobParams does.
import { Ajv, type ValidateFunction } from "ajv";
import { describeViolation } from "./describe-violation.js";

let responses: Promise<Record<string, { schema: Record<string, unknown> }>> | undefined;
const loadResponses = () => (responses ??= import("../../generated/catalog-responses.js").then((m) => m.catalogResponses));

let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction | null>();

/**
 * Why an answer of `namespace.action` does not fit its catalogued schema (one reason per
 * violation, e.g. `/meta/totalResults: Value must be a number`), or undefined when it
 * fits or the catalog does not know the action. For BatchClientOptions.checkResponses.
 */
export async function checkActionResponse(namespace: string, action: string, response: unknown): Promise<string[] | undefined> {
  const key = `${namespace}.${action}`;
  let validate = compiled.get(key);
  if (validate === undefined) {
    const entry = Object.hasOwn(await loadResponses(), key) ? (await loadResponses())[key] : undefined;
    // strict: false: the schemas carry the catalog's own annotations, and open `{}` items.
    ajv ??= new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    validate = entry ? ajv.compile(entry.schema) : null;
    compiled.set(key, validate);
  }
  if (!validate || validate(response)) return undefined;
  return (validate.errors ?? []).map((e) => `${e.instancePath || "/"}: ${describeViolation({ ...e, instancePath: "" })}`);
}
