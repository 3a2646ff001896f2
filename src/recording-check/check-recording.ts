// Reads every exchange of a HAR recording and says how the service that answered differed
// from this package's contract (openapi.yaml: batch and test) and catalog (every other
// action, called directly or as a job inside a batch's results or callback). What it cannot
// match to either is listed as unmatched, never failed.
import { readFile } from "node:fs/promises";
import { openapiDocument } from "../../generated/spec.js";
import { loadCatalogValidators } from "../catalog/load-catalog-validators.js";
import { isPlainObject } from "../contract/is-plain-object.js";
import { schemaValidator } from "../contract/validators.js";
import { type Har, type HarEntry, parseHar } from "../recording/har.js";
import { checkOptions, custom } from "../util/options.js";
import { findingsOf } from "./ajv-findings.js";
import { checkCatalogResponse } from "./check-catalog-response.js";
import type { Finding, OperationSummary, RecordingReport, Unmatched } from "./finding.js";

export interface CheckRecordingOptions {
  /** The recording: a HAR document, or the path of a .har file. */
  recording: Har | string;
}

type Json = Record<string, unknown>;
type CatalogResponses = Record<string, { schema: Json; example?: unknown }>;

const doc = openapiDocument as unknown as { paths: Record<string, { post: Json }>; components: Record<string, Record<string, Json>> };

/** Follows a local `$ref` in openapi.yaml. */
function deref(node: Json): Json {
  let current = node;
  while (typeof current.$ref === "string") {
    const [, section, name] = /^#\/components\/([^/]+)\/(.+)$/.exec(current.$ref) ?? [];
    current = doc.components[section as string]?.[name as string] as Json;
  }
  return current;
}

/** The validator of a body whose schema is a component (every body in openapi.yaml is one). */
function bodyValidator(content: unknown) {
  const schema = (content as { "application/json"?: { schema?: Json } } | undefined)?.["application/json"]?.schema;
  return typeof schema?.$ref === "string" ? schemaValidator(schema.$ref) : undefined;
}

/** The specific codes an operation's responses document (their examples), and 0. */
function documentedCodes(responses: Json): Set<number> {
  const codes = new Set<number>([0]);
  const visit = (node: unknown, depth: number): void => {
    if (depth > 12 || typeof node !== "object" || node === null) return;
    if (Array.isArray(node)) {
      for (const n of node) visit(n, depth + 1);
      return;
    }
    const object = typeof (node as Json).$ref === "string" ? deref(node as Json) : (node as Json);
    if (typeof object.specificCode === "number") codes.add(object.specificCode);
    for (const inner of Object.values(object)) visit(inner, depth + 1);
  };
  visit(responses, 0);
  return codes;
}

const parseJson = (text: string | undefined): { ok: true; value: unknown } | { ok: false } => {
  if (text === undefined || text === "") return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
};

/** Checks a recording against openapi.yaml and the catalog. */
export async function checkRecording(options: CheckRecordingOptions): Promise<RecordingReport> {
  const { recording } = checkOptions("checkRecording", options, {
    recording: custom<Har | string>((value, fail) =>
      typeof value === "string" || (isPlainObject(value) && isPlainObject(value.log))
        ? (value as Har | string)
        : fail("must be a HAR document or the path of a .har file"),
    ),
  });
  const har = typeof recording === "string" ? parseHar(await readFile(recording, "utf8"), `recording '${recording}'`) : recording;
  const [{ catalogValidators }, { catalogResponses }] = await Promise.all([loadCatalogValidators(), import("../../generated/catalog-responses.js")]);
  const responses = catalogResponses as CatalogResponses;
  const findings: Finding[] = [];
  const unmatched: Unmatched[] = [];
  const summary = new Map<string, OperationSummary>();
  const count = (operation: string) => {
    const s = summary.get(operation) ?? { operation, checked: 0, findings: 0 };
    s.checked++;
    summary.set(operation, s);
  };
  const report = (list: Finding[]) => {
    for (const f of list) {
      findings.push(f);
      const s = summary.get(f.operation) ?? { operation: f.operation, checked: 0, findings: 0 };
      s.findings++;
      summary.set(f.operation, s);
    }
  };

  const checkJob = (exchange: number, index: number, job: unknown, withResponse: boolean) => {
    if (!isPlainObject(job) || typeof job.namespace !== "string" || typeof job.action !== "string") {
      unmatched.push({ exchange, part: `job ${index}`, what: JSON.stringify(job)?.slice(0, 80) ?? "?", why: "not a job with a namespace and an action" });
      return;
    }
    const name = `${job.namespace}.${job.action}`;
    const params = withResponse ? job.request : job.params;
    const validator = catalogValidators[name];
    if (!validator && !responses[name]) {
      unmatched.push({ exchange, part: `job ${index}`, what: name, why: "no such action in the catalog" });
      return;
    }
    count(name);
    if (validator && params !== undefined && !validator(params)) {
      report(findingsOf(validator.errors, params, { exchange, operation: name, part: `job ${index} ${withResponse ? "request" : "params"}` }));
    }
    if (withResponse) checkJobResponse(exchange, `job ${index} response`, name, job.response);
  };

  const checkJobResponse = (exchange: number, part: string, name: string, response: unknown) => {
    if (isPlainObject(response) && "errorCode" in response) {
      const envelope = schemaValidator("#/components/schemas/ErrorEnvelope");
      if (!envelope(response)) report(findingsOf(envelope.errors, response, { exchange, operation: name, part }));
      return;
    }
    const known = responses[name];
    if (known) report(checkCatalogResponse(known.schema, known.example, response, { exchange, operation: name, part }));
  };

  const checkResults = (exchange: number, body: unknown) => {
    const results = isPlainObject(body) && Array.isArray(body.results) ? body.results : [];
    for (const [index, result] of results.entries()) checkJob(exchange, index, result, true);
  };

  for (const [exchange, entry] of har.log.entries.entries()) checkEntry(exchange, entry);

  function checkEntry(exchange: number, entry: HarEntry): void {
    let url: URL;
    try {
      url = new URL(entry.request.url);
    } catch {
      unmatched.push({ exchange, part: "request", what: String(entry.request?.url), why: "not a URL" });
      return;
    }
    const request = parseJson(entry.request.postData?.text);
    const response = parseJson(entry.response.content?.text);
    if (entry._ivvyDirection === "receiver") {
      const callback = schemaValidator("#/components/schemas/BatchCallback");
      count("batch.callback");
      if (!request.ok) {
        unmatched.push({ exchange, part: "request", what: `${entry.request.method} ${url.pathname}`, why: "a callback whose body is not JSON" });
        return;
      }
      if (!callback(request.value)) report(findingsOf(callback.errors, request.value, { exchange, operation: "batch.callback", part: "request" }));
      checkResults(exchange, request.value);
      return;
    }
    const match = /\/api\/1\.0\/([^/?]+)$/.exec(url.pathname);
    const action = url.searchParams.get("action");
    if (!match || !action) {
      unmatched.push({
        exchange,
        part: "request",
        what: `${entry.request.method} ${url.href}`,
        why: "not an iVvy API URL (/api/1.0/{namespace}?action={action})",
      });
      return;
    }
    const name = `${match[1]}.${action}`;
    if (entry.response.status === 0) {
      unmatched.push({ exchange, part: "response", what: name, why: `no answer was recorded${entry._error ? ` (${entry._error})` : ""}` });
      return;
    }
    const operation = doc.paths[`/api/1.0/${match[1]}?action=${action}`]?.post;
    if (operation) {
      checkOperation(exchange, name, operation, entry.response.status, request, response);
      return;
    }
    if (catalogValidators[name] || responses[name]) {
      count(name);
      if (request.ok && catalogValidators[name] && !catalogValidators[name](request.value)) {
        report(findingsOf(catalogValidators[name].errors, request.value, { exchange, operation: name, part: "request" }));
      }
      if (!response.ok) {
        unmatched.push({ exchange, part: "response", what: name, why: "the answer is not JSON" });
        return;
      }
      checkJobResponse(exchange, "response", name, response.value);
      return;
    }
    unmatched.push({ exchange, part: "request", what: name, why: "neither in openapi.yaml nor in the catalog" });
  }

  function checkOperation(
    exchange: number,
    name: string,
    operation: Json,
    status: number,
    request: ReturnType<typeof parseJson>,
    response: ReturnType<typeof parseJson>,
  ) {
    count(name);
    const requestBody = operation.requestBody ? deref(operation.requestBody as Json) : undefined;
    const requestValidator = bodyValidator(requestBody?.content);
    if (request.ok && requestValidator && !requestValidator(request.value))
      report(findingsOf(requestValidator.errors, request.value, { exchange, operation: name, part: "request" }));
    if (request.ok && name === "batch.run" && isPlainObject(request.value) && Array.isArray(request.value.jobs)) {
      for (const [index, job] of request.value.jobs.entries()) checkJob(exchange, index, job, false);
    }
    const documented = operation.responses as Json;
    const declared = documented[String(status)];
    if (!declared) {
      report([
        {
          exchange,
          operation: name,
          part: "response",
          pointer: "",
          kind: "status",
          expected: `one of ${Object.keys(documented).join(", ")}`,
          observed: status,
        },
      ]);
      return;
    }
    if (!response.ok) {
      unmatched.push({ exchange, part: "response", what: name, why: "the answer is not JSON" });
      return;
    }
    const answer = deref(declared as Json);
    const validator = bodyValidator(answer.content);
    if (validator && !validator(response.value)) report(findingsOf(validator.errors, response.value, { exchange, operation: name, part: "response" }));
    if (isPlainObject(response.value) && typeof response.value.specificCode === "number" && !documentedCodes(documented).has(response.value.specificCode)) {
      const codes = [...documentedCodes(documented)].sort((a, b) => a - b).join(", ");
      report([
        {
          exchange,
          operation: name,
          part: "response",
          pointer: "/specificCode",
          kind: "specific-code",
          expected: `one of ${codes}`,
          observed: response.value.specificCode,
        },
      ]);
    }
    if (name === "batch.results" && status === 200) checkResults(exchange, response.value);
  }

  return { exchanges: har.log.entries.length, findings, unmatched, summary: [...summary.values()], ok: findings.length === 0 };
}
