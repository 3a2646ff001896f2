// Coverage of a catalog, read from the `x-ivvy` facts the converter keeps on each
// operation. Pure.
import type { OperationFacts } from "./build-catalog.js";

/** The actions iVvy documents outside `batch` and `test` (counted from the docs' action names). */
export const DOCUMENTED_ACTIONS = 147;

export interface Coverage {
  actions: number;
  byNamespace: Record<string, number>;
  params: number;
  paramsTyped: number;
  paramsRequiredKnown: number;
  responsesTyped: number;
  responsesFromReturnsTable: number;
  /** Returns-table fields typed from what the docs give (returns-schema.ts). */
  returnsFieldsTyped: number;
  requestExamples: { valid: number; invalid: number; unparsed: number };
  overridesUsed: number;
  untyped: string[];
  invalidExamples: string[];
}

export function coverage(document: { paths: Record<string, { post: { operationId: string; "x-ivvy": OperationFacts } }> }, overridesUsed: number): Coverage {
  const c: Coverage = {
    actions: 0,
    byNamespace: {},
    params: 0,
    paramsTyped: 0,
    paramsRequiredKnown: 0,
    responsesTyped: 0,
    responsesFromReturnsTable: 0,
    returnsFieldsTyped: 0,
    requestExamples: { valid: 0, invalid: 0, unparsed: 0 },
    overridesUsed,
    untyped: [],
    invalidExamples: [],
  };
  for (const { post } of Object.values(document.paths)) {
    const facts = post["x-ivvy"];
    const namespace = post.operationId.split(".")[0]!;
    c.actions++;
    c.byNamespace[namespace] = (c.byNamespace[namespace] ?? 0) + 1;
    c.params += facts.params;
    c.paramsTyped += facts.typed.length;
    c.paramsRequiredKnown += facts.requiredKnown.length;
    if (facts.response === "example" || facts.response === "override") c.responsesTyped++;
    if (facts.response === "returns-table") c.responsesFromReturnsTable++;
    c.returnsFieldsTyped += facts.returnsTyped?.length ?? 0;
    if (facts.requestExample !== "none") c.requestExamples[facts.requestExample]++;
    for (const name of facts.untyped) c.untyped.push(`${post.operationId}.${name}`);
    if (facts.requestExample === "invalid") c.invalidExamples.push(`${post.operationId}: ${facts.requestExampleProblem ?? ""}`);
  }
  return c;
}

const pct = (n: number, of: number) => `${n} of ${of} (${of ? Math.round((100 * n) / of) : 0}%)`;

export function formatCoverage(c: Coverage, verbose = false): string {
  const lines = [
    `actions catalogued:        ${c.actions} (iVvy names ${DOCUMENTED_ACTIONS} outside batch and test) — ${Object.entries(c.byNamespace)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}`,
    `parameters typed:          ${pct(c.paramsTyped, c.params)}`,
    `required-ness known:       ${pct(c.paramsRequiredKnown, c.params)}`,
    `responses typed:           ${pct(c.responsesTyped, c.actions)} (from a parsed example or an override; ${c.responsesFromReturnsTable} more from a Returns table, ${c.returnsFieldsTyped} of its fields typed from the docs)`,
    `example requests:          ${c.requestExamples.valid} valid and kept, ${c.requestExamples.invalid} that break their page's schema, ${c.requestExamples.unparsed} not JSON`,
    `overrides used:            ${c.overridesUsed}`,
  ];
  if (verbose) {
    lines.push("", `untyped parameters (${c.untyped.length}):`, ...c.untyped.map((u) => `  ${u}`));
    lines.push("", `example requests that break their page's schema (${c.invalidExamples.length}):`, ...c.invalidExamples.map((u) => `  ${u}`));
  }
  return lines.join("\n");
}
