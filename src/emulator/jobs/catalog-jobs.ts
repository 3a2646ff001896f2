// The emulator's knowledge of every catalogued action (generated/catalog.yaml): each job's
// params are checked as iVvy checks them, and an action with no handler answers with a
// response that fits its documented schema. These handlers sit under the built-ins,
// fixtures and the user's handlers (see job-handlers-option.ts), so those still win.
import { catalogParams } from "../../../generated/catalog-actions.js";
import { findParamViolation, IVVY_PARAM_RULES, type ParamViolation } from "../../catalog/find-param-violation.js";
import { loadCatalogValidators } from "../../catalog/load-catalog-validators.js";
import { SpecificCode } from "../../contract/specific-codes.js";
import { canonicalJson } from "../../util/canonical-json.js";
import { custom, integer, object } from "../../util/options.js";
import { EmulatorJobError } from "./emulator-job-error.js";
import type { JobHandler, JobHandlers } from "./job-handler.js";
import { makeUpAnswer } from "./made-up-answer.js";
import { isCollectionSchema, pageCollection } from "./page-collection.js";
import { hashString, seededRandom } from "./sample-response.js";

export interface CatalogJobOptions {
  /** Seed of the responses made up from a schema (default 0): the same seed and job give the same response. */
  seed?: number;
}

// The validators and the responses are large generated modules: loaded when an emulator
// is created with the catalog on, not when this module is imported.
let responses: Promise<typeof import("../../../generated/catalog-responses.js").catalogResponses> | undefined;
const loadResponses = () => (responses ??= import("../../../generated/catalog-responses.js").then((m) => m.catalogResponses));

const catalogShape = object({ seed: integer({ default: 0 }) });

/** The options rule for `catalog`: on by default (`{ seed: 0 }`), `false` turns it off. */
export const catalogOption = () => custom<Required<CatalogJobOptions> | false>((value, _fail, at) => (value === false ? false : catalogShape(value, at)));

/** The error iVvy answers for a parameter problem (getting-started/interpreting-the-response/exceptions.md). */
export function violationError(violation: ParamViolation): EmulatorJobError | undefined {
  switch (violation.kind) {
    case "missing":
      return new EmulatorJobError({ message: `'${violation.param}' is required`, specificCode: SpecificCode.MissingParameter });
    case "invalid":
      return new EmulatorJobError({
        message: `'${violation.param}' does not validate`,
        specificCode: SpecificCode.InvalidParameter,
        additionalMessages: violation.reasons,
      });
    default:
      // Unknown actions fall through to the emulator's own "no handler" answer (unknown
      // params are not reported under IVVY_PARAM_RULES).
      return undefined;
  }
}

async function check(namespace: string, action: string, params: Readonly<Record<string, unknown>>): Promise<void> {
  const violation = findParamViolation({ namespace, action, params }, await loadCatalogValidators(), IVVY_PARAM_RULES);
  const error = violation && violationError(violation);
  if (error) throw error;
}

/**
 * A list action's page: of the docs' example items when the page shows some, else of a
 * made-up collection whose size and items depend on the seed and the action only (not on
 * `start` or `perPage`), so that paging through it sees one consistent collection.
 */
function collectionAnswer(key: string, schema: Record<string, unknown>, example: unknown, params: Readonly<Record<string, unknown>>, seed: number) {
  const shown = (example as { results?: unknown } | undefined)?.results;
  if (Array.isArray(shown) && shown.length) return pageCollection({ items: shown, params });
  const itemSchema = ((schema.properties as Record<string, Record<string, unknown>>).results!.items ?? {}) as Record<string, unknown>;
  const total = Math.floor(seededRandom(hashString(`${seed}|${key}|size`))() * 46) + 5;
  const itemAt = (index: number) => makeUpAnswer(itemSchema, hashString(`${seed}|${key}|${index}`), "item");
  return pageCollection({ items: { total, itemAt }, params });
}

/**
 * The built-ins with the catalog underneath: a built-in for a catalogued action checks the
 * job's params first; every other catalogued action gets a handler that checks them and
 * answers the docs' example (when it parses) or a seeded value that fits the schema.
 */
export function withCatalogJobs(builtIns: JobHandlers, options: Required<CatalogJobOptions> | false): JobHandlers {
  if (options === false) return builtIns;
  const { seed } = options;

  // Start loading now (not at import, not in the first job): the loaded modules are the
  // emulator's fixed cost, and a job's memory is then only its own (test/hardening/memory-bounds).
  // A failure here surfaces in the first job that needs them, as that job's 500 envelope.
  loadCatalogValidators().catch(() => undefined);
  loadResponses().catch(() => undefined);

  const handlers: JobHandlers = Object.create(null) as JobHandlers;
  for (const key of Object.keys(catalogParams)) {
    handlers[key] = async (params, context) => {
      await check(context.namespace, context.action, params);
      // A copy: executeJob copies and freezes what a handler returns, never the module's object.
      const { schema, example } = (await loadResponses())[key]!;
      if (isCollectionSchema(schema)) return collectionAnswer(key, schema, example, params, seed);
      if (example !== undefined) return example;
      return makeUpAnswer(schema, hashString(`${seed}|${key}|${canonicalJson(params)}`));
    };
  }
  for (const [key, builtIn] of Object.entries(builtIns)) {
    const inner: JobHandler = builtIn;
    handlers[key] = Object.hasOwn(catalogParams, key)
      ? async (params, context) => {
          await check(context.namespace, context.action, params);
          return inner(params, context);
        }
      : inner;
  }
  return handlers;
}
