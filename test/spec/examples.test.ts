// Every example in openapi.yaml must be valid against the schema it illustrates:
// Prism serves these examples, the docs show them, and the emulator's tests compare
// against them. Checked with the same ajv validators the package uses at runtime.
import { describe, expect, it } from "vitest";
import { openapiDocument } from "../../generated/spec.js";
import { SpecificCode } from "../../src/contract/specific-codes.js";
import type { OperationId } from "../../src/contract/types.js";
import { checkComponent, checkResponse, describeErrors, type SchemaCheck, schemaValidator } from "../../src/contract/validators.js";

type Node = Record<string, unknown>;
const doc = openapiDocument as Node;

/** Follows a local `$ref` (`#/components/...`) to its target, any number of times. */
function deref(node: unknown): { node: Node; ref?: string } {
  let ref: string | undefined;
  let current = node as Node;
  while (typeof current.$ref === "string") {
    ref = current.$ref;
    current = ref
      .slice(2)
      .split("/")
      .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce<Node>((at, segment) => at[segment] as Node, doc);
    if (current === undefined) throw new Error(`openapi.yaml: dangling $ref ${ref}`);
  }
  return ref === undefined ? { node: current } : { node: current, ref };
}

/** The validator for a schema node that is a `$ref` to a component (all of this spec's are). */
function schemaCheck(schema: unknown, where: string): (value: unknown) => SchemaCheck {
  const ref = (schema as Node | undefined)?.$ref;
  if (typeof ref !== "string") throw new Error(`${where}: inline schema; make it a $ref to components/schemas (or teach this test inline schemas)`);
  const validate = schemaValidator(ref);
  return (value) => {
    const valid = validate(value) as boolean;
    return { valid, errors: valid ? [] : describeErrors(validate.errors) };
  };
}

interface ExampleCase {
  where: string;
  value: unknown;
  check: (value: unknown) => SchemaCheck;
}

const cases: ExampleCase[] = [];
/** Component examples reached through a $ref; each must be reached at least once. */
const usedComponentExamples = new Set<string>();

function collectMediaExamples(media: Node, where: string, check: (value: unknown) => SchemaCheck): void {
  const examples = (media.examples ?? {}) as Record<string, unknown>;
  for (const [name, raw] of Object.entries(examples)) {
    const { node, ref } = deref(raw);
    if (ref) usedComponentExamples.add(ref);
    cases.push({ where: `${where} example '${name}'${ref ? ` (${ref})` : ""}`, value: node.value, check });
  }
  if ("example" in media) cases.push({ where: `${where} example`, value: media.example, check });
}

function collectRequestBody(requestBody: unknown, where: string): void {
  if (!requestBody) return;
  const json = (deref(requestBody).node.content as Node | undefined)?.["application/json"] as Node | undefined;
  if (!json) throw new Error(`${where}: request body has no application/json content`);
  collectMediaExamples(json, `${where} request`, schemaCheck(json.schema, where));
}

const paths = doc.paths as Record<string, { post: Node }>;
for (const [path, item] of Object.entries(paths)) {
  const operation = item.post;
  const operationId = operation.operationId as OperationId;
  const where = `${operationId} (${path})`;
  collectRequestBody(operation.requestBody, where);
  for (const [status, rawResponse] of Object.entries(operation.responses as Node)) {
    const json = (deref(rawResponse).node.content as Node | undefined)?.["application/json"] as Node | undefined;
    if (!json) continue; // a response without a body has no example
    // checkResponse is what the consumer tests and contract hooks use: status documented,
    // JSON content type, body valid for that status's schema.
    collectMediaExamples(json, `${where} ${status}`, (value) => checkResponse(operationId, Number(status), "application/json", value));
  }
  for (const [name, callback] of Object.entries((operation.callbacks ?? {}) as Record<string, Record<string, { post: Node }>>)) {
    for (const [expression, callbackItem] of Object.entries(callback)) {
      collectRequestBody(callbackItem.post.requestBody, `${where} callback '${name}' ${expression}`);
    }
  }
}

const components = doc.components as Record<string, Record<string, Node>>;
for (const [name, scheme] of Object.entries(components.securitySchemes ?? {})) {
  const schema = scheme["x-schema"] as Node | undefined;
  if (schema && "example" in schema) {
    // A signing header's form is its scheme's x-schema (the mock checks it): validate through a pointer to it.
    cases.push({ where: `security scheme ${name} example`, value: schema.example, check: pointerCheck(`#/components/securitySchemes/${name}/x-schema`) });
  }
}
for (const [name, schema] of Object.entries(components.schemas ?? {})) {
  if ("example" in schema) cases.push({ where: `schema ${name} example`, value: schema.example, check: (v) => checkComponent(name, v) });
  for (const [property, propertySchema] of Object.entries((schema.properties ?? {}) as Record<string, Node>)) {
    if ("example" in propertySchema) {
      cases.push({
        where: `schema ${name}.${property} example`,
        value: propertySchema.example,
        check: pointerCheck(`#/components/schemas/${name}/properties/${property}`),
      });
    }
  }
}

function pointerCheck(pointer: string): (value: unknown) => SchemaCheck {
  const validate = schemaValidator(pointer);
  return (value) => {
    const valid = validate(value) as boolean;
    return { valid, errors: valid ? [] : describeErrors(validate.errors) };
  };
}

describe("the examples in openapi.yaml", () => {
  it("were all found (request bodies, every response, the callback, signing headers, schemas)", () => {
    // 6 operations: 6 request examples, 1 callback example, and their response examples.
    expect(cases.filter((c) => c.where.includes(" request example")).length).toBe(7);
    expect(cases.some((c) => c.where.includes("callback 'batchComplete'"))).toBe(true);
    expect(cases.length).toBeGreaterThan(60);
  });

  it.each(cases.map((c) => [c.where, c] as const))("%s is valid against its schema", (_where, example) => {
    expect(example.value, "example has no value").not.toBeUndefined();
    expect(example.check(example.value).errors).toEqual([]);
  });

  it("include every component example, so none goes unchecked", () => {
    const all = Object.keys(components.examples ?? {}).map((name) => `#/components/examples/${name}`);
    expect(all.filter((ref) => !usedComponentExamples.has(ref))).toEqual([]);
  });

  it("cover every documented specific code", () => {
    const codes = new Set<number>();
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === "object") {
        const record = value as Node;
        if (typeof record.specificCode === "number") codes.add(record.specificCode);
        Object.values(record).forEach(visit);
      }
    };
    for (const c of cases) visit(c.value);
    const documented = Object.values(SpecificCode).filter((code) => code !== SpecificCode.Unspecified);
    expect(documented.sort()).toEqual([23005, 23016, 23017, 24091, 24092, 24093, 24105, 24114, 24115, 24448]);
    expect(documented.filter((code) => !codes.has(code))).toEqual([]);
  });
});

describe("the example checks can fail", () => {
  // Without these, a validator that accepted everything would make the tests above pass.
  const find = (fragment: string) => {
    const found = cases.find((c) => c.where.includes(fragment));
    if (!found) throw new Error(`no example case matching '${fragment}'`);
    return found;
  };

  it("rejects a progress response over 100", () => {
    expect(find("progress (/api/1.0/batch?action=progress) 200").check({ progress: 101 }).valid).toBe(false);
  });

  it("rejects a run request with an empty action, and a 201st job", () => {
    const run = find("run (/api/1.0/batch?action=run) request");
    expect(run.check({ jobs: [{ namespace: "event", action: "", params: {} }] }).valid).toBe(false);
    const job = { namespace: "event", action: "inviteContacts", params: {} };
    expect(run.check({ jobs: Array.from({ length: 201 }, () => job) }).valid).toBe(false);
    expect(run.check({ jobs: Array.from({ length: 200 }, () => job) }).valid).toBe(true);
  });

  it("rejects an error envelope without specificCode, and an undocumented status", () => {
    expect(find("results (/api/1.0/batch?action=results) 404").check({ errorCode: 404, message: "gone" }).valid).toBe(false);
    expect(checkResponse("ping", 404, "application/json", { errorCode: 404, message: "x", specificCode: 0 }).valid).toBe(false);
  });

  it("rejects a callback whose asyncId is not 32 hex characters", () => {
    const callback = find("callback 'batchComplete'");
    expect(callback.check({ asyncId: "E35E", results: [] }).valid).toBe(false);
    expect(checkComponent("BatchCallback", { asyncId: "e35e06ee592d17a42dc9e6252a058617", results: [] }).valid).toBe(true);
  });

  it("rejects malformed signing header values", () => {
    expect(find("security scheme ContentMd5").check("not-an-md5").valid).toBe(false);
    expect(find("security scheme ApiVersion").check("2.0").valid).toBe(false);
    expect(find("security scheme IvvyDate").check("2026-11-28T16:23:24Z").valid).toBe(false);
  });
});
