// Builds the catalog (an OpenAPI 3.0.3 document, one operation per documented action)
// from the facts of the pages and the hand-kept overrides. Pure: no files, no console.
import { Ajv } from "ajv";
import { inferSchema } from "./infer-schema.js";
import { applyParamOverride, checkAllUsed, type Overrides, type OverrideUse } from "./overrides.js";
import { linksIn, objectFromTable, paramSchema, type Schema, type TableParam, type TableResolver, tableParams } from "./param-schema.js";
import { type PageFacts, type ParamFact, parseTables, type TableFact } from "./parse-page.js";
import { type ExampleEvidence, exampleEvidence, returnsSchema } from "./returns-schema.js";

/** The namespaces that stay in the hand-written openapi.yaml. */
export const CONTRACT_NAMESPACES: ReadonlySet<string> = new Set(["batch", "test"]);

/**
 * iVvy's error body as getting-started/interpreting-the-response/exceptions.md shows it.
 * The catalog's own (openapi.yaml has the contract's, with its decisions), so that the
 * catalog stands alone and does not drift when the contract's copy changes.
 */
const ERROR_ENVELOPE: Schema = {
  type: "object",
  required: ["errorCode", "message", "specificCode"],
  properties: {
    errorCode: { type: "integer" },
    message: { type: "string" },
    specificCode: { type: "integer" },
    additionalMessages: { type: "array", items: { type: "string" } },
  },
};

/**
 * The request schemas leave parameters a page does not list open (no additionalProperties),
 * and every side accepts them: openapi.yaml's x-decision on Job.params gives the evidence.
 */
const UNLISTED_PARAMS_DECISION =
  "A parameter an action's page does not list is accepted, by the client's catalog check, the CLI's, the emulator and the Prism mock alike: " +
  "nine of iVvy's own example requests send parameters their pages do not list (listed by `npm run catalog:stats -- --verbose`), " +
  "and no page says iVvy refuses one (openapi.yaml, x-decision on Job.params; docs/catalog.md).";

export interface CatalogInput {
  pages: PageFacts[];
  /** Every page's text by its path relative to the docs root (for links across pages). */
  texts: ReadonlyMap<string, string>;
  overrides: Overrides;
  /** openapi.yaml's security scheme, copied for the same reason. */
  securityScheme: Schema;
}

/** What the converter knows about one operation, kept in the catalog as `x-ivvy`. */
export interface OperationFacts {
  page: string;
  format: string;
  params: number;
  typed: string[];
  untyped: string[];
  requiredKnown: string[];
  /** Where the response schema comes from. */
  response: "example" | "returns-table" | "override" | "none";
  requestExample: "valid" | "invalid" | "unparsed" | "none";
  /** Why a request example was left out (the validator's first reason). */
  requestExampleProblem?: string;
  overrides: string[];
  /** The Returns-table fields the page types (returns-schema.ts); the rest are untyped. */
  returnsTyped?: string[];
  /** The answer is a collection (getting-started/interpreting-the-response/collections.md). */
  collection?: boolean;
}

export function buildCatalog(input: CatalogInput): { document: Schema; uses: OverrideUse[] } {
  const uses: OverrideUse[] = [];
  const tableCache = new Map<string, TableFact[]>();
  const tablesOf = (file: string) => {
    let tables = tableCache.get(file);
    if (!tables) tableCache.set(file, (tables = parseTables(input.texts.get(file) ?? "")));
    return tables;
  };
  const resolve: TableResolver = (fromFile, target) => {
    const [path = "", anchor = ""] = target.split("#");
    if (/^https?:/.test(path)) {
      // A few pages link to their own file on GitHub: read the file name only.
      const name = path.split("/").pop()?.replace(/\.mb$/, ".md") ?? "";
      return tablesOf(fromFile).find((t) => t.anchor === anchor) ?? (name ? findByName(name, anchor) : undefined);
    }
    const file = path ? joinPath(fromFile, path.endsWith(".md") ? path : `${path}.md`) : fromFile;
    return tablesOf(file).find((t) => t.anchor === anchor) ?? tablesOf(fromFile).find((t) => t.anchor === anchor);
  };
  const findByName = (name: string, anchor: string) => {
    for (const file of input.texts.keys()) if (file.endsWith(`/${name}`)) return tablesOf(file).find((t) => t.anchor === anchor);
    return undefined;
  };

  const operations = new Map<string, { namespace: string; action: string; operation: Schema }>();
  const evidence = exampleEvidence(input.pages, (page) => input.overrides.pages?.[page.file]?.action ?? `${page.namespace}.${page.action}`);
  for (const page of input.pages) {
    const pageOverride = input.overrides.pages?.[page.file];
    if (pageOverride) uses.push({ kind: "pages", key: page.file, reason: pageOverride.reason });
    const id = pageOverride?.action ?? `${page.namespace}.${page.action}`;
    const [namespace, action] = id.split(".") as [string, string];
    if (CONTRACT_NAMESPACES.has(namespace)) continue;
    if (operations.has(id)) {
      throw new Error(
        `${page.file} documents ${id}, which ${String(operations.get(id)!.operation["x-ivvy-page"])} documents too: add a pages override naming the action it really is`,
      );
    }
    operations.set(id, { namespace, action, operation: buildOperation(id, page, resolve, input.overrides, uses, evidence) });
  }
  for (const [id, extra] of Object.entries(input.overrides.actions ?? {})) {
    if (operations.has(id)) throw new Error(`overrides.actions.${id}: a page documents it already; use a params override`);
    const [namespace, action] = id.split(".") as [string, string];
    uses.push({ kind: "actions", key: id, reason: extra.reason });
    operations.set(id, { namespace, action, operation: proseOperation(id, extra, input.texts) });
  }
  checkAllUsed(input.overrides, uses);

  const paths: Record<string, unknown> = {};
  const ids = [...operations.keys()].sort();
  for (const id of ids) {
    const { namespace, action, operation } = operations.get(id)!;
    paths[`/api/1.0/${namespace}?action=${action}`] = { post: operation };
  }
  const namespaces = [...new Set(ids.map((id) => id.split(".")[0]!))].sort();
  const document: Schema = {
    openapi: "3.0.3",
    info: {
      title: "iVvy API catalog",
      version: "1.0",
      description:
        "Every action documented by iVvy outside `batch` and `test`, one operation per action, generated by `npm run catalog` " +
        "from iVvy's documentation pages and catalog/overrides.yaml. Do not edit: change the overrides and regenerate. " +
        "Facts only (names, types, required markers, enums, specific codes, examples); descriptions are the project's own. " +
        "`x-ivvy` on each operation records where its facts came from.",
      license: { name: "MIT", url: "https://opensource.org/licenses/MIT" },
      "x-decision": UNLISTED_PARAMS_DECISION,
    },
    servers: [
      { url: "https://api.ap-southeast-2.ivvy.com", description: "AU region" },
      { url: "https://api.us-west-2.ivvy.com", description: "US region" },
      { url: "https://api.eu-west-2.ivvy.com", description: "UK region" },
      { url: "http://127.0.0.1:4010", description: "Local Prism mock or emulator" },
    ],
    tags: namespaces.map((name) => ({ name, description: `The ${name} namespace.` })),
    security: [{ IWS: [] }],
    paths,
    components: {
      securitySchemes: { IWS: input.securityScheme },
      schemas: { ErrorEnvelope: ERROR_ENVELOPE },
    },
  };
  return { document, uses };
}

function joinPath(fromFile: string, relative: string): string {
  const parts = fromFile.split("/").slice(0, -1);
  for (const segment of relative.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== "." && segment !== "") parts.push(segment);
  }
  return parts.join("/");
}

interface ParamSource {
  name: string;
  docType?: string;
  required?: boolean;
  conditional?: boolean;
  description: string;
}

// "(required when id is missing)", "Required if adding": a requirement that depends on
// other parameters is not a schema `required`; the page does say it is not always needed.
const CONDITIONAL = /\brequired\s+(when|if|on|for|unless)\b|\bmandatory\s+(when|if)\b/i;

function paramSources(page: PageFacts, resolve: TableResolver): { sources: ParamSource[]; from: "blocks" | "table" | "none" } {
  if (page.blockParams.length) {
    return {
      from: "blocks",
      sources: page.blockParams.map((p: ParamFact) => ({
        ...p,
        ...(p.required === undefined && CONDITIONAL.test(p.description) ? { required: false, conditional: true } : {}),
      })),
    };
  }
  // Older pages put the request in a property table with a Required column, the first on the page.
  const table = page.tables.find((t) => /^property$/i.test(t.columns[0] ?? "") && t.columns.some((c) => /required/i.test(c)));
  if (!table) return { sources: [], from: "none" };
  void resolve;
  return { from: "table", sources: tableParams(table).map((p: TableParam) => p) };
}

function buildOperation(id: string, page: PageFacts, resolve: TableResolver, overrides: Overrides, uses: OverrideUse[], evidence: ExampleEvidence): Schema {
  const { sources } = paramSources(page, resolve);
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  const facts: OperationFacts = {
    page: page.file,
    format: page.format,
    params: 0,
    typed: [],
    untyped: [],
    requiredKnown: [],
    response: "none",
    requestExample: "none",
    overrides: [],
  };
  const actionOverrides = overrides.params?.[id] ?? {};
  const applied = new Set<string>();
  for (const source of sources) {
    if (source.name in properties) continue; // a page that lists a parameter twice
    const { schema, typed } = paramSchema(source.docType, source.description, { file: page.file, resolve });
    let param = { schema, typed, required: source.required, conditional: source.conditional ?? false };
    const override = actionOverrides[source.name];
    if (override) {
      param = applyParamOverride(param, override);
      applied.add(source.name);
      uses.push({ kind: "params", key: `${id}.${source.name}`, reason: override.reason });
      facts.overrides.push(source.name);
    }
    const name = override?.name ?? source.name;
    properties[name] = param.schema;
    facts.params++;
    (param.typed ? facts.typed : facts.untyped).push(name);
    if (param.required !== undefined) facts.requiredKnown.push(name);
    if (param.required === true) required.push(name);
  }
  // getting-started/interpreting-the-response/pagination.md and filtering.md: pages that
  // link there take these on top of their own parameters.
  const shared: [boolean, string, Schema][] = [
    [page.pagination, "perPage", { type: "integer" }],
    [page.pagination, "start", { type: "integer" }],
    [page.filter, "filter", { type: "object" }],
  ];
  for (const [applies, name, schema] of shared) {
    if (!applies || name in properties || name in actionOverrides) continue;
    properties[name] = schema;
    facts.params++;
    facts.typed.push(name);
    facts.requiredKnown.push(name);
  }
  for (const [name, override] of Object.entries(actionOverrides)) {
    if (applied.has(name)) continue;
    // A parameter the page does not list at all (only its example or prose shows it).
    if (!override.schema) throw new Error(`overrides.params.${id}.${name}: ${page.file} has no such parameter; an added one needs a schema`);
    const param = applyParamOverride({ schema: {}, typed: false, required: undefined, conditional: false }, override);
    uses.push({ kind: "params", key: `${id}.${name}`, reason: override.reason });
    facts.overrides.push(name);
    properties[name] = param.schema;
    facts.params++;
    facts.typed.push(name);
    if (param.required !== undefined) facts.requiredKnown.push(name);
    if (param.required === true) required.push(name);
  }
  const requestSchema: Schema = { type: "object", properties, ...(required.length ? { required } : {}) };

  // The first example request that is JSON and fits the schema (nothing undeclared).
  let requestExample: unknown;
  for (const raw of page.requestExamples) {
    const parsed = parseJson(raw);
    if (parsed === undefined) {
      if (facts.requestExample === "none") facts.requestExample = "unparsed";
      continue;
    }
    const problem = exampleProblem({ ...requestSchema, additionalProperties: false }, parsed);
    if (problem) {
      facts.requestExample = "invalid";
      facts.requestExampleProblem = problem;
      continue;
    }
    requestExample = withoutProse(parsed);
    facts.requestExample = "valid";
    delete facts.requestExampleProblem;
    break;
  }

  let responseSchema: Schema = { type: "object" };
  let responseExample: unknown;
  const responseOverride = overrides.responses?.[id];
  for (const raw of page.responseExamples) {
    const parsed = parseJson(raw);
    if (isResponseExample(parsed)) {
      responseExample = withoutProse(parsed);
      responseSchema = inferSchema(parsed);
      facts.response = "example";
      break;
    }
  }
  if (facts.response === "none" && page.returns.length) {
    const returns = returnsSchema(page, id, resolve, evidence);
    responseSchema = returns.schema;
    facts.response = "returns-table";
    facts.returnsTyped = returns.typed;
  }
  if (responseOverride) {
    uses.push({ kind: "responses", key: id, reason: responseOverride.reason });
    responseSchema = responseOverride.schema;
    facts.response = "override";
    facts.overrides.push("(response)");
    if (responseExample !== undefined && exampleProblem(responseSchema, responseExample)) responseExample = undefined;
  }

  if (isListAction(id, properties, responseExample)) {
    const collection = asCollection(responseSchema, responseExample);
    responseSchema = collection.schema;
    responseExample = collection.example;
    facts.collection = true;
  }

  const [namespace, action] = id.split(".") as [string, string];
  return {
    operationId: id,
    tags: [namespace],
    summary: `${namespace} ${action}`,
    "x-ivvy": facts,
    ...(page.codes.length ? { "x-specific-codes": page.codes } : {}),
    requestBody: {
      required: required.length > 0,
      content: { "application/json": { schema: requestSchema, ...(requestExample === undefined ? {} : { example: requestExample }) } },
    },
    responses: {
      "200": {
        description: `The ${action} response.`,
        content: { "application/json": { schema: responseSchema, ...(responseExample === undefined ? {} : { example: responseExample }) } },
      },
      "400": {
        description: "A parameter is missing (23017) or does not validate (23016), or an error specific to the action.",
        content: { "application/json": { schema: { $ref: "#/components/schemas/ErrorEnvelope" } } },
      },
    },
  };
}

/**
 * A 200 example the response schema can be read off: an object, or a non-empty array of
 * objects (contact/add-contacts-to-subscription-group.md and
 * get-company-custom-field-definition.md answer `[{...}, ...]`, and their Returns sections say
 * "An array of objects"). A bare value or an empty array shows no shape.
 */
function isResponseExample(value: unknown): boolean {
  const isObject = (v: unknown) => typeof v === "object" && v !== null && !Array.isArray(v);
  if (Array.isArray(value)) return value.length > 0 && value.every(isObject);
  return isObject(value);
}

/**
 * getting-started/interpreting-the-response/collections.md: "Some results return collections
 * of objects. E.g. event?action=getEventList": `{meta, results}`, and every public client
 * that reads a list reads exactly that. A list action is one named `…List`, or one whose page
 * takes the pagination properties (pagination.md: "mostly the requests that return
 * collections"), unless its own example answers a single object (get-contact.md links
 * pagination.md in a paragraph copied from getEventList, and its example is one contact).
 */
export function isListAction(id: string, requestProperties: Record<string, unknown>, responseExample: unknown): boolean {
  if (/List$/.test(id)) return true;
  if (!("perPage" in requestProperties && "start" in requestProperties)) return false;
  return responseExample === undefined || isCollectionValue(responseExample);
}

function isCollectionValue(value: unknown): boolean {
  return value !== null && typeof value === "object" && !Array.isArray(value) && "results" in value && Array.isArray((value as { results: unknown }).results);
}

/**
 * collections.md's `meta`: "The following keys may exist", so none is required; and iVvy's
 * own examples answer `"perPage": null` (get-venue-rate-plan-list.md, get-venue-room-list.md).
 */
export const COLLECTION_META: Schema = {
  type: "object",
  properties: {
    totalResults: { type: "integer", nullable: true, minimum: 0, description: "The number of results in the complete collection." },
    start: { type: "integer", nullable: true, minimum: 0, description: "The starting index of the collection this result represents." },
    perPage: { type: "integer", nullable: true, minimum: 0, description: "The number of items per page of results." },
    count: { type: "integer", nullable: true, minimum: 0, description: "The number of objects included in this result." },
  },
};

/**
 * The collection answer of a list action. A page whose example or Returns table shows one
 * item (get-event-list.md's Returns table lists an event's fields) gives the item; a page
 * whose example already is a collection keeps its items; a page with neither gives
 * untyped objects.
 */
export function asCollection(schema: Schema, example: unknown): { schema: Schema; example: unknown } {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const already = schema.type === "object" && properties.results?.type === "array";
  const items: Schema = already
    ? ((properties.results!.items as Schema | undefined) ?? { type: "object" })
    : Object.keys(properties).length
      ? schema
      : { type: "object" };
  const collection: Schema = {
    type: "object",
    required: ["meta", "results"],
    properties: { meta: COLLECTION_META, results: { type: "array", items } },
  };
  if (example === undefined) return { schema: collection, example: undefined };
  if (isCollectionValue(example)) return { schema: collection, example };
  // An example of one item: the collection of that one item.
  return { schema: collection, example: { meta: { totalResults: 1, start: 0, perPage: 1, count: 1 }, results: [example] } };
}

/** An action documented only in prose (no swagger or api-method block): everything from the override. */
function proseOperation(id: string, extra: NonNullable<Overrides["actions"]>[string], texts: ReadonlyMap<string, string>): Schema {
  const text = texts.get(extra.page);
  if (text === undefined) throw new Error(`overrides.actions.${id}: page ${extra.page} does not exist`);
  const at = text.indexOf(extra.responseAfter);
  if (at < 0) throw new Error(`overrides.actions.${id}: '${extra.responseAfter}' is not on ${extra.page}`);
  const block = /```[^\n]*\n([\s\S]*?)```/.exec(text.slice(at));
  const example = block ? parseJson(block[1]!) : undefined;
  const [namespace, action] = id.split(".") as [string, string];
  const facts: OperationFacts = {
    page: extra.page,
    format: "prose",
    params: 0,
    typed: [],
    untyped: [],
    requiredKnown: [],
    response: example === undefined ? "none" : "example",
    requestExample: "none",
    overrides: ["(action)"],
  };
  return {
    operationId: id,
    tags: [namespace],
    summary: `${namespace} ${action}`,
    "x-ivvy": facts,
    requestBody: { required: true, content: { "application/json": { schema: extra.request } } },
    responses: {
      "200": {
        description: `The ${action} response.`,
        content: {
          "application/json": {
            schema: example === undefined ? { type: "object" } : inferSchema(example),
            ...(example === undefined ? {} : { example: withoutProse(example) }),
          },
        },
      },
      "400": {
        description: "A parameter is missing (23017) or does not validate (23016), or an error specific to the action.",
        content: { "application/json": { schema: { $ref: "#/components/schemas/ErrorEnvelope" } } },
      },
    },
  };
}

/**
 * Long strings in examples are iVvy's prose (a venue's description, a note's text), not
 * facts: the catalog keeps their type and drops their words.
 */
export const LONG_TEXT = 100;
function withoutProse(value: unknown): unknown {
  if (typeof value === "string") return value.length > LONG_TEXT ? "(text)" : value;
  if (Array.isArray(value)) return value.map(withoutProse);
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutProse(v)]));
  return value;
}

/**
 * An example as JSON, or undefined. Slips of JSON syntax that leave no doubt about the
 * value (trailing commas, a comma missing at a line end, tabs inside strings, whole-line
 * `//` comments) are repaired; anything else (`"email": company@...`, `=>`, a cut-off
 * example) is left out.
 */
export function parseJson(raw: string): unknown {
  const attempt = (text: string) => {
    try {
      return { value: JSON.parse(text) as unknown };
    } catch {
      return undefined;
    }
  };
  const strict = attempt(raw);
  if (strict) return strict.value;
  const repaired = raw
    .replace(/^\s*\/\/.*$/gm, "")
    .replace(/\t/g, " ")
    .replace(/,(\s*[}\]])/g, "$1")
    .replace(/([}\]"]|\d|true|false|null)([ \t]*\r?\n\s*")/g, "$1,$2");
  return attempt(repaired)?.value;
}

let ajv: Ajv | undefined;
function exampleProblem(schema: Schema, value: unknown): string | undefined {
  ajv ??= new Ajv({ strict: false, allErrors: false });
  const validate = ajv.compile(schema);
  if (validate(value)) return undefined;
  const e = validate.errors?.[0];
  const extra = e?.params && "additionalProperty" in e.params ? ` '${String(e.params.additionalProperty)}'` : "";
  return `${e?.instancePath || "(root)"} ${e?.message ?? "is invalid"}${extra}`;
}

export { linksIn, objectFromTable };
