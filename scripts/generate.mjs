#!/usr/bin/env node
// Generates generated/ from openapi.yaml: the TypeScript types (openapi-typescript),
// the parsed document as a module (for the ajv validators of the emulator, the callback
// receiver and the contract hooks), and ajv standalone code checking each operation's
// success answer (for the client, whose light entry must not load the ajv runtime).
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
    header("Checks of each operation's success (200) answer, compiled by ajv from openapi.yaml (standalone code: no ajv at run time).") +
    responseValidators(document),
  ...(await catalogFiles()),
};

/** ajv standalone code for the 200 schema of every operation, exported as `successValidators`. */
function responseValidators(doc) {
  const SPEC_ID = "openapi.yaml";
  // The options of src/contract/validators.ts, but stopping at the first violation: the
  // client reports one, and a large invalid answer does not build a large error list.
  const ajv = new Ajv({ allErrors: false, strict: true, strictRequired: false, allowUnionTypes: true, code: { source: true, esm: true, lines: true } });
  ajv.addKeyword({ keyword: "example" });
  ajv.addVocabulary(["x-decision", "xml", "externalDocs", "components"]);
  ajv.addSchema({ $id: SPEC_ID, components: doc.components }, SPEC_ID, undefined, false);
  const refs = {};
  for (const [path, item] of Object.entries(doc.paths)) {
    const operation = item.post;
    if (!operation?.operationId) continue;
    const success = Object.keys(operation.responses).filter((status) => /^2/.test(status));
    const ref = operation.responses["200"]?.content?.["application/json"]?.schema?.$ref;
    if (success.join() !== "200" || !ref?.startsWith("#/components/schemas/")) {
      throw new Error(`openapi.yaml ${path}: the client expects one success answer, 200, whose JSON schema is a $ref to a component`);
    }
    refs[operation.operationId] = `${SPEC_ID}${ref}`;
  }
  let code = standaloneCode(ajv, refs);
  // A standalone module that still needs ajv's runtime (ucs2length for minLength, formats,
  // ...) would pull ajv back into the client.
  if (/\brequire\(|^import /m.test(code)) throw new Error("ajv standalone code for the response schemas imports a runtime module");
  const exported = {};
  code = code.replace(/^"use strict";\n/, "").replace(/^export const (\w+) = (validate\d+);\n/gm, (_line, name, fn) => {
    exported[name] = fn;
    return "";
  });
  const entries = Object.keys(refs).map((name) => `  ${name}: ${exported[name]},`);
  return (
    "// @ts-nocheck: ajv's generated JavaScript; its one typed export is at the end.\n" +
    'import type { operations } from "./schema.js";\n\n' +
    code.trim() +
    "\n\n/** One violation, as ajv reports it. */\n" +
    "export interface ResponseViolation {\n  instancePath: string;\n  keyword: string;\n  message?: string;\n  params: Record<string, unknown>;\n}\n\n" +
    "/** Whether a value is valid; the first violation is left in `errors`. */\n" +
    "export interface ResponseValidator {\n  (data: unknown): boolean;\n  errors?: ResponseViolation[] | null;\n}\n\n" +
    "/** The check of each operation's 200 answer body. */\n" +
    "export const successValidators: { readonly [Operation in keyof operations]: ResponseValidator } = {\n" +
    entries.join("\n") +
    "\n};\n"
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
