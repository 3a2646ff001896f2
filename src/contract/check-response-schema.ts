// The client's check of a success answer against its schema in openapi.yaml, without ajv:
// generated/response-validators.ts holds the schemas as data (only the keywords below;
// `npm run generate` refuses a response schema that uses any other), and this walks them
// with ajv's verdicts and its first-error reports (same keyword order, instancePath,
// message and params), so a client bundle does not carry ajv's generated code for every
// schema (docs/performance.md, bundle size). test/unit/response-schema-parity.test.ts
// compares both on generated answers.

/** A response schema as generated/response-validators.ts keeps it. */
export interface ResponseSchema {
  $ref?: string;
  type?: "object" | "array" | "string" | "number" | "integer" | "boolean";
  required?: readonly string[];
  properties?: Readonly<Record<string, ResponseSchema>>;
  additionalProperties?: boolean;
  items?: ResponseSchema;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  anyOf?: readonly ResponseSchema[];
}

/** One violation, as ajv reports it. */
export interface ResponseViolation {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** Whether a value is valid; the first violation is left in `errors` (ajv's shape: for anyOf, each branch's and then its own). */
export interface ResponseValidator {
  (data: unknown): boolean;
  errors?: ResponseViolation[] | null;
}

const isObject = (data: unknown): data is Record<string, unknown> => typeof data === "object" && data !== null && !Array.isArray(data);

const TYPE_CHECKS: Record<NonNullable<ResponseSchema["type"]>, (data: unknown) => boolean> = {
  object: isObject,
  array: Array.isArray,
  string: (data) => typeof data === "string",
  number: (data) => typeof data === "number" && Number.isFinite(data),
  integer: (data) => typeof data === "number" && Number.isInteger(data),
  boolean: (data) => typeof data === "boolean",
};

const patterns = new Map<string, RegExp>();
const pattern = (source: string): RegExp => {
  let compiled = patterns.get(source);
  if (!compiled) {
    compiled = new RegExp(source, "u");
    patterns.set(source, compiled);
  }
  return compiled;
};

const pointer = (key: string): string => key.replace(/~/g, "~0").replace(/\//g, "~1");

type Components = Readonly<Record<string, ResponseSchema>>;

/** The violations of `data` against `schema`: empty when valid, else what ajv (first error only) would report. */
function violations(schema: ResponseSchema, data: unknown, path: string, components: Components): ResponseViolation[] {
  const fail = (keyword: string, message: string, params: Record<string, unknown>): ResponseViolation[] => [{ instancePath: path, keyword, message, params }];
  if (schema.$ref !== undefined) return violations(components[schema.$ref]!, data, path, components);
  if (schema.type !== undefined && !TYPE_CHECKS[schema.type](data)) return fail("type", `must be ${schema.type}`, { type: schema.type });
  if (typeof data === "number") {
    if (schema.maximum !== undefined && !(data <= schema.maximum))
      return fail("maximum", `must be <= ${schema.maximum}`, { comparison: "<=", limit: schema.maximum });
    if (schema.minimum !== undefined && !(data >= schema.minimum))
      return fail("minimum", `must be >= ${schema.minimum}`, { comparison: ">=", limit: schema.minimum });
  }
  if (typeof data === "string" && schema.pattern !== undefined && !pattern(schema.pattern).test(data)) {
    return fail("pattern", `must match pattern "${schema.pattern}"`, { pattern: schema.pattern });
  }
  if (Array.isArray(data) && schema.items !== undefined) {
    for (let i = 0; i < data.length; i++) {
      const found = violations(schema.items, data[i], `${path}/${i}`, components);
      if (found.length) return found;
    }
  }
  if (isObject(data)) {
    for (const name of schema.required ?? []) {
      if (data[name] === undefined) return fail("required", `must have required property '${name}'`, { missingProperty: name });
    }
    const properties = schema.properties ?? {};
    if (schema.additionalProperties === false) {
      for (const key in data) {
        if (!Object.hasOwn(properties, key)) return fail("additionalProperties", "must NOT have additional properties", { additionalProperty: key });
      }
    }
    for (const name in properties) {
      if (data[name] === undefined) continue;
      const found = violations(properties[name]!, data[name], `${path}/${pointer(name)}`, components);
      if (found.length) return found;
    }
  }
  if (schema.anyOf !== undefined) {
    const branches: ResponseViolation[] = [];
    for (const branch of schema.anyOf) {
      const found = violations(branch, data, path, components);
      if (!found.length) return [];
      branches.push(...found);
    }
    return [...branches, { instancePath: path, keyword: "anyOf", message: "must match a schema in anyOf", params: {} }];
  }
  return [];
}

/** A validator of the component schema `name`, in ajv's calling convention. */
export function responseValidator(name: string, components: Components): ResponseValidator {
  const validate: ResponseValidator = (data) => {
    const found = violations({ $ref: name }, data, "", components);
    validate.errors = found.length ? found : null;
    return found.length === 0;
  };
  return validate;
}
