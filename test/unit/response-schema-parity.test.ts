// The client's small response checker against ajv, compiled here from openapi.yaml with
// the options the client's checks were generated with before (first error only, strict):
// on answers near each operation's schema and on arbitrary JSON, both give the same
// verdict and report the same violations (instancePath, keyword, message, params).
import { Ajv, type ErrorObject } from "ajv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { responseComponents, successSchemas } from "../../generated/response-validators.js";
import { openapiDocument } from "../../generated/spec.js";
import { type ResponseSchema, responseValidator } from "../../src/contract/check-response-schema.js";
import type { OperationId } from "../../src/contract/types.js";

const SPEC_ID = "openapi.yaml";
const ajv = new Ajv({ allErrors: false, strict: true, strictRequired: false, allowUnionTypes: true });
ajv.addKeyword({ keyword: "example" });
ajv.addVocabulary(["x-decision", "xml", "externalDocs", "components"]);
ajv.addSchema({ $id: SPEC_ID, components: (openapiDocument as { components: unknown }).components }, SPEC_ID, undefined, false);

const components = responseComponents as Record<string, ResponseSchema>;
const operations = Object.keys(successSchemas) as OperationId[];
const reference = Object.fromEntries(operations.map((op) => [op, ajv.compile({ $ref: `${SPEC_ID}#/components/schemas/${successSchemas[op]}` })]));
const compact = Object.fromEntries(operations.map((op) => [op, responseValidator(successSchemas[op], components)]));

const withoutSchemaPath = (errors: readonly ErrorObject[] | null | undefined) =>
  (errors ?? []).map(({ instancePath, keyword, message, params }) => ({ instancePath, keyword, message, params }));

function same(op: OperationId, value: unknown): void {
  const expected = reference[op]!(value);
  expect(compact[op]!(value), `${op} verdict on ${JSON.stringify(value)}`).toBe(expected);
  expect(compact[op]!.errors ?? [], `${op} violations on ${JSON.stringify(value)}`).toEqual(withoutSchemaPath(reference[op]!.errors));
}

const hex32 = fc.stringMatching(/^[0-9a-f]{32}$/);
const asyncId = fc.oneof(
  hex32,
  fc.string(),
  fc.integer(),
  hex32.map((s) => s.toUpperCase()),
);
const envelope = fc.record(
  {
    errorCode: fc.oneof(fc.integer({ min: 50, max: 700 }), fc.double(), fc.string()),
    message: fc.oneof(fc.string(), fc.integer()),
    specificCode: fc.oneof(fc.integer({ min: -5, max: 30000 }), fc.constant(1.5)),
    additionalMessages: fc.oneof(fc.array(fc.string()), fc.array(fc.oneof(fc.string(), fc.integer()))),
    extra: fc.string(),
  },
  { requiredKeys: [] },
);
const result = fc.record(
  {
    namespace: fc.oneof(fc.string(), fc.integer()),
    action: fc.oneof(fc.string(), fc.boolean()),
    request: fc.oneof(fc.dictionary(fc.string(), fc.jsonValue()), fc.array(fc.integer()), fc.constant(null)),
    response: fc.oneof(envelope, fc.dictionary(fc.string(), fc.jsonValue()), fc.jsonValue()),
    other: fc.integer(),
  },
  { requiredKeys: [] },
);
const near: Record<OperationId, fc.Arbitrary<unknown>> = {
  run: fc.record({ asyncId, redirect: fc.string() }, { requiredKeys: [] }),
  progress: fc.record(
    { progress: fc.oneof(fc.double({ min: -10, max: 110, noNaN: true }), fc.string(), fc.constant(null)), extra: fc.integer() },
    { requiredKeys: [] },
  ),
  results: fc.record({ asyncId, results: fc.oneof(fc.array(result, { maxLength: 4 }), fc.string()), more: fc.boolean() }, { requiredKeys: [] }),
  restart: fc.record({ restarted: fc.oneof(fc.boolean(), fc.string()), x: fc.integer() }, { requiredKeys: [] }),
  repost: fc.record({ reposted: fc.oneof(fc.boolean(), fc.constant(0)), x: fc.integer() }, { requiredKeys: [] }),
  ping: fc.record(
    { ack: fc.oneof(fc.constant("2026-11-28 16:23:24"), fc.constant("2026-11-28 16:23:24 UTC"), fc.string()), x: fc.jsonValue() },
    { requiredKeys: [] },
  ),
};

describe("the client's response checker gives ajv's verdicts and violations", () => {
  for (const op of operations) {
    it(`${op}: answers near its schema, and any JSON`, () => {
      fc.assert(
        fc.property(fc.oneof(near[op], fc.jsonValue()), (value) => same(op, value)),
        { numRuns: 1_500, seed: 20261207 },
      );
    });
  }

  it("sees the violations ajv sees deep inside results (anyOf reports each branch, then itself)", () => {
    const id = "0123456789abcdef0123456789abcdef";
    same("results", { asyncId: id, results: [{ namespace: "a", action: "b", request: {}, response: "not an object" }] });
    same("results", { asyncId: id, results: [{ namespace: "a", action: "b", request: {}, response: { errorCode: 99, message: "m", specificCode: 0 } }] });
    same("results", { asyncId: id, results: [{ namespace: "a", action: "b", request: [], response: {} }] });
    same("progress", { progress: 100.5 });
    same("run", { "a/b~c": 1, asyncId: id });
  });
});
