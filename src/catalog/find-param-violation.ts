// The first problem with a job's params against the catalog, in the order iVvy reports
// them: parameter by parameter in the order the page lists them, a missing required one
// (23017) or one that does not validate (23016), the first that fails. Pure.
import type { Job } from "../contract/types.js";
import type { CatalogValidators } from "./catalog-validator-module.js";
import { describeViolation } from "./describe-violation.js";

export type ParamViolation =
  | { kind: "unknown-action"; namespace: string; action: string }
  | { kind: "missing"; param: string }
  | { kind: "invalid"; param: string; reasons: string[] }
  | { kind: "unknown-param"; param: string };

export interface FindOptions {
  /**
   * Report params the page does not list (kind `unknown-param`). Not iVvy's verdict, so off in
   * IVVY_PARAM_RULES: iVvy's own example requests send params their pages do not list
   * (docs/catalog.md, "Decisions"). A lint a caller may still ask for.
   */
  unknownParams: boolean;
}

/**
 * The one set of rules the client's check, the CLI's and the emulator's all apply: as strict
 * as iVvy, no stricter. A param the page does not list is accepted (the catalog's x-decision).
 */
export const IVVY_PARAM_RULES: Readonly<FindOptions> = Object.freeze({ unknownParams: false });

const namespacesCache = new WeakMap<object, ReadonlySet<string>>();
function namespaces(catalog: CatalogValidators): ReadonlySet<string> {
  let set = namespacesCache.get(catalog.catalogValidators);
  if (!set) namespacesCache.set(catalog.catalogValidators, (set = new Set(Object.keys(catalog.catalogValidators).map((k) => k.split(".")[0]!))));
  return set;
}

/** Whether the catalog knows the job's namespace (an unknown namespace is not checked at all). */
export const isCatalogNamespace = (catalog: CatalogValidators, namespace: string): boolean => namespaces(catalog).has(namespace);

export function findParamViolation(job: Job, catalog: CatalogValidators, options: FindOptions = IVVY_PARAM_RULES): ParamViolation | undefined {
  if (!isCatalogNamespace(catalog, job.namespace)) return undefined;
  const key = `${job.namespace}.${job.action}`;
  const validate = Object.hasOwn(catalog.catalogValidators, key) ? catalog.catalogValidators[key] : undefined;
  if (!validate) return { kind: "unknown-action", namespace: job.namespace, action: job.action };
  if (validate(job.params)) return undefined;
  const errors = validate.errors ?? [];
  const order = catalog.catalogParams[key] ?? [];
  for (const param of order) {
    if (errors.some((e) => e.instancePath === "" && e.keyword === "required" && e.params.missingProperty === param)) return { kind: "missing", param };
    const own = errors.filter((e) => e.instancePath === `/${param}` || e.instancePath.startsWith(`/${param}/`));
    if (own.length) return { kind: "invalid", param, reasons: [...new Set(own.map(describeViolation))] };
  }
  if (options.unknownParams) {
    const unknown = errors.find((e) => e.instancePath === "" && e.keyword === "additionalProperties");
    if (unknown) return { kind: "unknown-param", param: String(unknown.params.additionalProperty) };
  }
  return undefined;
}
