// JSON-schema validators compiled from the contract itself (generated/spec.ts is
// openapi.yaml as an object), so the receiver, the emulator's tests and the contract
// hooks check payloads against exactly what the spec says. Nothing is compiled when this
// module loads: each validator is compiled the first time it is called, so a
// module that holds one costs its importers nothing until it is used.
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { openapiDocument } from "../../generated/spec.js";
import { describeErrors } from "./describe-errors.js";
import type { OperationId } from "./types.js";

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const SPEC_ID = "openapi.yaml";

let shared: Ajv | undefined;
function ajv(): Ajv {
  if (!shared) {
    // OpenAPI 3.0 schemas are JSON Schema plus a few annotations (example, x-*);
    // strict mode would reject those, so they are declared as known annotations.
    shared = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, validateFormats: true });
    addFormats(shared);
    shared.addKeyword({ keyword: "example" });
    shared.addVocabulary(["x-decision", "xml", "externalDocs", "components"]);
    shared.addSchema({ $id: SPEC_ID, components: (openapiDocument as { components: unknown }).components }, SPEC_ID, undefined, false);
  }
  return shared;
}

/** Whether a value is valid; the violations of the last call are left in `errors`. */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

const compiled = new Map<string, ValidateFunction>();
const cache = new Map<string, SchemaValidator>();

function compile(pointer: string): ValidateFunction {
  let validate = compiled.get(pointer);
  if (!validate) {
    validate = ajv().compile({ $ref: `${SPEC_ID}${pointer}` });
    compiled.set(pointer, validate);
  }
  return validate;
}

/**
 * A validator for a JSON pointer into openapi.yaml, e.g. `#/components/schemas/BatchCallback`.
 * It is compiled on its first call, not here.
 */
export function schemaValidator(pointer: string): SchemaValidator {
  let validate = cache.get(pointer);
  if (!validate) {
    let inner: ValidateFunction | undefined;
    const lazy: SchemaValidator = (data) => {
      inner ??= compile(pointer);
      const valid = inner(data) as boolean;
      lazy.errors = inner.errors;
      return valid;
    };
    validate = lazy;
    cache.set(pointer, validate);
  }
  return validate;
}

/** A validator for a named schema under `components/schemas` (compiled on its first call). */
export const componentValidator = (name: string): SchemaValidator => schemaValidator(`#/components/schemas/${name}`);

export interface SchemaCheck {
  valid: boolean;
  /** One line per violation, e.g. `/progress must be <= 100`. */
  errors: string[];
}

export { describeErrors };

/** Checks `value` against a named component schema. */
export function checkComponent(name: string, value: unknown): SchemaCheck {
  const validate = componentValidator(name);
  const valid = validate(value);
  return { valid, errors: valid ? [] : describeErrors(validate.errors) };
}

type OperationObject = { responses?: Record<string, { $ref?: string; content?: Record<string, { schema?: unknown }> }> };

function operationObject(operationId: OperationId): { path: string; operation: OperationObject } {
  const paths = (openapiDocument as { paths: Record<string, { post?: OperationObject & { operationId?: string } }> }).paths;
  for (const [path, item] of Object.entries(paths)) {
    if (item.post?.operationId === operationId) return { path, operation: item.post };
  }
  throw new Error(`openapi.yaml has no operation '${operationId}'`);
}

/** The statuses the contract documents for an operation, e.g. ["200", "400", ...]. */
export function documentedStatuses(operationId: OperationId): string[] {
  return Object.keys(operationObject(operationId).operation.responses ?? {});
}

/**
 * Checks a response against the contract: the status must be documented for the
 * operation, the content type JSON, and the body valid against that status's schema.
 */
export function checkResponse(operationId: OperationId, status: number, contentType: string | null, body: unknown): SchemaCheck {
  const { path, operation } = operationObject(operationId);
  const response = operation.responses?.[String(status)];
  if (!response) {
    return { valid: false, errors: [`status ${status} is not documented for ${operationId} (documented: ${documentedStatuses(operationId).join(", ")})`] };
  }
  if (!contentType || !/^application\/json\b/i.test(contentType)) {
    return { valid: false, errors: [`content type is ${contentType ?? "missing"}, not application/json`] };
  }
  const pointer = response.$ref
    ? response.$ref.replace(/^#/, "#") + "/content/application~1json/schema"
    : `#/paths/${path.replace(/~/g, "~0").replace(/\//g, "~1")}/post/responses/${status}/content/application~1json/schema`;
  const validate = pointer.startsWith("#/components/") ? schemaValidator(pointer) : pathSchemaValidator(pointer);
  const valid = validate(body) as boolean;
  return { valid, errors: valid ? [] : describeErrors(validate.errors) };
}

// Schemas inline under `paths` are all `$ref`s to components; resolve one level here.
function pathSchemaValidator(pointer: string): SchemaValidator {
  let validate = cache.get(pointer);
  if (!validate) {
    const segments = pointer
      .slice(2)
      .split("/")
      .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    let node: unknown = openapiDocument;
    for (const segment of segments) node = (node as Record<string, unknown>)[segment];
    const ref = (node as { $ref?: string }).$ref;
    if (!ref) throw new Error(`openapi.yaml: ${pointer} is not a $ref to a component schema`);
    validate = schemaValidator(ref);
    cache.set(pointer, validate);
  }
  return validate;
}
