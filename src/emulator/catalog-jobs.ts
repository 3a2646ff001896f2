// The emulator's knowledge of every catalogued action (generated/catalog.yaml): each job's
// params are checked as iVvy checks them, and an action with no handler answers with a
// response that fits its documented schema. These handlers sit under the built-ins,
// fixtures and the user's handlers (see emulator-options.ts), so those still win.
import { catalogParams, catalogValidators } from "../../generated/catalog-validators.js";
import { catalogResponses } from "../../generated/catalog-responses.js";
import type { CatalogValidators } from "../catalog/catalog-validator-module.js";
import { findParamViolation, type ParamViolation } from "../catalog/find-param-violation.js";
import { SpecificCode } from "../errors/specific-codes.js";
import { canonicalJson } from "../workflow/canonical-json.js";
import { EmulatorJobError } from "./emulator-job-error.js";
import type { JobHandler, JobHandlers } from "./job-handler.js";
import { hashString, sampleFromSchema, seededRandom } from "./sample-response.js";

export interface CatalogJobOptions {
  /** Seed of the responses made up from a schema (default 0): the same seed and job give the same response. */
  seed?: number;
}

const catalog = { catalogValidators, catalogParams } as unknown as CatalogValidators;

/** The error iVvy answers for a parameter problem (getting-started/interpreting-the-response/exceptions.md). */
export function violationError(violation: ParamViolation): EmulatorJobError | undefined {
  switch (violation.kind) {
    case "missing":
      return new EmulatorJobError({ message: `'${violation.param}' is required`, specificCode: SpecificCode.MissingParameter });
    case "invalid":
      return new EmulatorJobError({ message: `'${violation.param}' does not validate`, specificCode: SpecificCode.InvalidParameter, additionalMessages: violation.reasons });
    default:
      // Unknown actions fall through to the emulator's own "no handler" answer; unknown
      // params are not refused: iVvy's pages never say it refuses them.
      return undefined;
  }
}

function check(namespace: string, action: string, params: Readonly<Record<string, unknown>>): void {
  const violation = findParamViolation({ namespace, action, params }, catalog, { unknownParams: false });
  const error = violation && violationError(violation);
  if (error) throw error;
}

/**
 * The built-ins with the catalog underneath: a built-in for a catalogued action checks the
 * job's params first; every other catalogued action gets a handler that checks them and
 * answers the docs' example (when it parses) or a seeded value that fits the schema.
 */
export function withCatalogJobs(builtIns: JobHandlers, options: CatalogJobOptions | false | undefined, problem: (message: string) => Error): JobHandlers {
  if (options === false) return builtIns;
  const o = options ?? {};
  if (typeof o !== "object" || o === null) throw problem("catalog must be false or { seed }");
  for (const key of Object.keys(o)) if (key !== "seed") throw problem(`catalog.${key} is not a catalog option (seed)`);
  const seed = o.seed ?? 0;
  if (!Number.isInteger(seed)) throw problem(`catalog.seed must be an integer, not ${String(o.seed)}`);

  const handlers: JobHandlers = Object.create(null) as JobHandlers;
  for (const key of Object.keys(catalogResponses)) {
    const { schema, example } = catalogResponses[key]!;
    const exampleText = example === undefined ? undefined : JSON.stringify(example);
    handlers[key] = (params, context) => {
      check(context.namespace, context.action, params);
      if (exampleText !== undefined) return JSON.parse(exampleText) as unknown;
      return sampleFromSchema(schema, seededRandom(hashString(`${seed}|${key}|${canonicalJson(params)}`)));
    };
  }
  for (const [key, builtIn] of Object.entries(builtIns)) {
    const inner: JobHandler = builtIn;
    handlers[key] = key in catalogResponses
      ? (params, context) => {
          check(context.namespace, context.action, params);
          return inner(params, context);
        }
      : inner;
  }
  return handlers;
}
