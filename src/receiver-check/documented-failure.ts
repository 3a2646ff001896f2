// A failing job whose error is one iVvy documents for its action: the job's params broken
// so that the catalog's own check refuses them, as iVvy documents for every action
// (getting-started/interpreting-the-response/exceptions.md): a required parameter left out
// (23017) or a parameter that does not validate (23016). The emulator then answers it
// with the envelope it gives any such job, and the result's `request` shows the params
// that earned it, as iVvy's would.
import type { CatalogValidators } from "../catalog/catalog-validator-module.js";
import { findParamViolation } from "../catalog/find-param-violation.js";
import type { Job } from "../contract/types.js";

/** Values no typed parameter takes all of: an object for a scalar or array, a string for an object. */
const WRONG_VALUES: readonly unknown[] = [{ unexpected: true }, "not-a-valid-value", -1.5];

function missing(job: Job, catalog: CatalogValidators): Job | undefined {
  for (const param of Object.keys(job.params)) {
    const { [param]: _, ...rest } = job.params;
    const broken = { ...job, params: rest };
    if (findParamViolation(broken, catalog, { unknownParams: false })?.kind === "missing") return broken;
  }
  return undefined;
}

function invalid(job: Job, catalog: CatalogValidators): Job | undefined {
  const params = catalog.catalogParams[`${job.namespace}.${job.action}`] ?? [];
  // A parameter the job gives first, then the others the page lists.
  const order = [...params.filter((p) => p in job.params), ...params.filter((p) => !(p in job.params))];
  for (const param of order) {
    for (const value of WRONG_VALUES) {
      const broken = { ...job, params: { ...job.params, [param]: value } };
      if (findParamViolation(broken, catalog, { unknownParams: false })?.kind === "invalid") return broken;
    }
  }
  return undefined;
}

/**
 * `job` with its params broken so the catalog refuses them: a missing parameter (23017) when
 * `prefer` is "missing" and one can be left out, else one that does not validate (23016),
 * else the other. Undefined when the catalog cannot refuse any params of this action (it
 * does not know it, or its params take anything).
 */
export function documentedFailure(job: Job, catalog: CatalogValidators, prefer: "missing" | "invalid"): Job | undefined {
  if (findParamViolation(job, catalog, { unknownParams: false }) !== undefined) return undefined;
  return prefer === "missing" ? (missing(job, catalog) ?? invalid(job, catalog)) : (invalid(job, catalog) ?? missing(job, catalog));
}
