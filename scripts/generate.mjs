#!/usr/bin/env node
// Generates generated/ from openapi.yaml: the TypeScript types (openapi-typescript),
// the parsed document as a module (for the ajv validators of the emulator, the callback
// receiver and the contract hooks), and each operation's success schema as data (for the
// client's small checker: its light entry must not load the ajv runtime, nor carry ajv's code per schema).
// The same for the catalog (generated/catalog.yaml, written by `npm run catalog`): its
// types, and ajv standalone validators of each action's params (no ajv runtime needed).
// `--check` writes nothing and exits 1 when generated/ does not match (the CI drift check).
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import standaloneCodeModule from "ajv/dist/standalone/index.js";
import openapiTS, { astToString } from "openapi-typescript";
import { parse } from "yaml";
import { arrayAnswersModule, collectionsModule } from "./catalog/collections-module.mjs";
import { validationSchemas } from "./catalog/validation-view.mjs";

// ajv's standalone entry is CommonJS with a default export.
const standaloneCode = standaloneCodeModule.default ?? standaloneCodeModule;

const root = fileURLToPath(new URL("..", import.meta.url));
const specPath = `${root}openapi.yaml`;
const header = (what) => `/**\n * ${what}\n * Generated from openapi.yaml by \`npm run generate\`. DO NOT EDIT: edit openapi.yaml and regenerate.\n */\n`;

const source = await readFile(specPath, "utf8");
const ast = await openapiTS(source, { exportType: false, alphabetize: false });
const document = parse(source);
const files = {
  "schema.ts": header("TypeScript types of the iVvy batch API contract.") + "\n" + astToString(ast),
  "spec.ts":
    header("The iVvy batch API contract (openapi.yaml) as a JavaScript object.") +
    "\nexport const openapiDocument: Record<string, unknown> = " +
    JSON.stringify(document, null, 2) +
    ";\n",
  "response-validators.ts":
    header("The schemas of each operation's success (200) answer, as data for src/contract/check-response-schema.ts (no ajv at run time).") +
    responseValidators(document),
  ...(await catalogFiles()),
};

/**
 * The 200 schema of every operation, as data for src/contract/check-response-schema.ts:
 * the components they reach, with only the keywords that checker implements. A schema with
 * any other keyword (or anyOf or $ref beside other keywords, whose order against them the
 * checker does not follow) is refused here, so no keyword can go unchecked.
 */
function responseValidators(doc) {
  const operations = {};
  for (const [path, item] of Object.entries(doc.paths)) {
    const operation = item.post;
    if (!operation?.operationId) continue;
    const success = Object.keys(operation.responses).filter((status) => /^2/.test(status));
    const ref = operation.responses["200"]?.content?.["application/json"]?.schema?.$ref;
    if (success.join() !== "200" || !ref?.startsWith("#/components/schemas/")) {
      throw new Error(`openapi.yaml ${path}: the client expects one success answer, 200, whose JSON schema is a $ref to a component`);
    }
    operations[operation.operationId] = ref.slice("#/components/schemas/".length);
  }
  const CHECKED = new Set(["$ref", "type", "required", "properties", "additionalProperties", "items", "minimum", "maximum", "pattern", "anyOf"]);
  const ANNOTATIONS = new Set(["description", "example", "title"]);
  const TYPES = new Set(["object", "array", "string", "number", "integer", "boolean"]);
  const components = {};
  const strip = (schema, where) => {
    const out = {};
    for (const [key, value] of Object.entries(schema)) {
      if (ANNOTATIONS.has(key) || key.startsWith("x-")) continue;
      if (!CHECKED.has(key)) throw new Error(`openapi.yaml ${where}: '${key}' is not a keyword src/contract/check-response-schema.ts checks`);
      out[key] = value;
    }
    const keys = Object.keys(out);
    if ((out.anyOf || out.$ref) && keys.length > 1) throw new Error(`openapi.yaml ${where}: anyOf and $ref must stand alone in a response schema`);
    if (out.type !== undefined && !TYPES.has(out.type)) throw new Error(`openapi.yaml ${where}: type must be one of ${[...TYPES].join(", ")}`);
    if (out.additionalProperties !== undefined && typeof out.additionalProperties !== "boolean")
      throw new Error(`openapi.yaml ${where}: additionalProperties must be true or false`);
    if (out.$ref !== undefined) {
      if (!out.$ref.startsWith("#/components/schemas/")) throw new Error(`openapi.yaml ${where}: $ref must point under #/components/schemas/`);
      out.$ref = out.$ref.slice("#/components/schemas/".length);
      add(out.$ref);
    }
    if (out.properties)
      out.properties = Object.fromEntries(Object.entries(out.properties).map(([name, sub]) => [name, strip(sub, `${where}/properties/${name}`)]));
    if (out.items) out.items = strip(out.items, `${where}/items`);
    if (out.anyOf) out.anyOf = out.anyOf.map((sub, i) => strip(sub, `${where}/anyOf/${i}`));
    return out;
  };
  const add = (name) => {
    if (name in components) return;
    const schema = doc.components.schemas[name];
    if (!schema) throw new Error(`openapi.yaml: no component schema '${name}'`);
    components[name] = {};
    components[name] = strip(schema, `#/components/schemas/${name}`);
  };
  for (const name of Object.values(operations)) add(name);
  return (
    'import type { operations } from "./schema.js";\n\n' +
    "/** The component schemas the success answers reach, keeping only what is checked. */\n" +
    `export const responseComponents: Readonly<Record<string, unknown>> = ${JSON.stringify(components)};\n\n` +
    "/** The component schema of each operation's 200 answer body. */\n" +
    `export const successSchemas: { readonly [Operation in keyof operations]: string } = ${JSON.stringify(operations)};\n`
  );
}

async function catalogFiles() {
  const source = await readFile(`${root}generated/catalog.yaml`, "utf8");
  const catalogHeader = (what) =>
    `/**\n * ${what}\n * Generated from generated/catalog.yaml by \`npm run generate\`. DO NOT EDIT: change catalog/overrides.yaml, run \`npm run catalog\`, then regenerate.\n */\n`;
  const ast = await openapiTS(source, { exportType: false, alphabetize: false });
  const schemas = validationSchemas(parse(source));
  const ids = Object.keys(schemas);
  // messages: false: the callers word the reasons themselves (src/catalog/describe-violations.ts).
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    allowUnionTypes: true,
    messages: false,
    code: { source: true, esm: true, optimize: true },
    schemas: ids.map((id, i) => ({ $id: `v${i}`, ...schemas[id] })),
  });
  const code = standaloneCode(ajv, Object.fromEntries(ids.map((_, i) => [`v${i}`, `v${i}`])));
  const responses = {};
  for (const item of Object.values(parse(source).paths)) {
    const media = item.post.responses["200"].content["application/json"];
    responses[item.post.operationId] = { schema: media.schema, ...(media.example === undefined ? {} : { example: media.example }) };
  }
  return {
    "catalog-array-answers.ts": arrayAnswersModule(parse(source), catalogHeader("The catalog's actions that answer a top-level JSON array.")),
    "catalog-collections.ts": collectionsModule(parse(source), catalogHeader("The catalog's collections: the actions marked `x-ivvy.collection: true`.")),
    "catalog-responses.ts":
      catalogHeader("Each catalogued action's success response: its schema, and the docs' example where one parses (for the emulator).") +
      "\nexport const catalogResponses: Record<string, { schema: Record<string, unknown>; example?: unknown }> = " +
      JSON.stringify(responses) +
      ";\n",
    "catalog-schema.ts": catalogHeader("TypeScript types of every catalogued iVvy action.") + "\n" + astToString(ast),
    "catalog-validators.ts":
      catalogHeader("ajv standalone validators of each catalogued action's params (see scripts/catalog/validation-view.mjs).") +
      "// @ts-nocheck\n/* eslint-disable */\n" +
      code.replace(/^"use strict";/, "") +
      "\n\n/** The validator of each action's params, by 'namespace.action'. */\nexport const catalogValidators = {\n" +
      ids.map((id, i) => `  ${JSON.stringify(id)}: v${i},`).join("\n") +
      "\n};\n",
    "catalog-actions.ts":
      catalogHeader("Every catalogued action and its parameters, in the order its page lists them (iVvy reports the first that fails).") +
      "\nexport const catalogParams: Readonly<Record<string, readonly string[]>> = {\n" +
      ids.map((id) => `  ${JSON.stringify(id)}: ${JSON.stringify(Object.keys(schemas[id].properties ?? {}))},`).join("\n") +
      "\n};\n",
  };
}

const check = process.argv.includes("--check");
const drift = [];
for (const [name, content] of Object.entries(files)) {
  const target = `${root}generated/${name}`;
  if (check) {
    const current = await readFile(target, "utf8").catch(() => "");
    if (current !== content) drift.push(`generated/${name}`);
  } else {
    await mkdir(`${root}generated`, { recursive: true });
    await writeFile(target, content);
  }
}
if (check) {
  if (drift.length) {
    console.error(`generated/ does not match openapi.yaml: ${drift.join(", ")}. Run \`npm run generate\` and commit the result.`);
    process.exit(1);
  }
  console.log("generated/ matches openapi.yaml");
} else {
  console.log(
    `wrote ${Object.keys(files)
      .map((f) => `generated/${f}`)
      .join(", ")}`,
  );
}
