// The client's check of jobs against the catalog before anything is sent.

import { SpecificCode } from "../contract/specific-codes.js";
import type { Job } from "../contract/types.js";
import { IvvyValidationError } from "../errors/ivvy-validation-error.js";
import { findParamViolation, IVVY_PARAM_RULES, type ParamViolation } from "./find-param-violation.js";
import { loadCatalogValidators } from "./load-catalog-validators.js";

export interface CheckJobParamsOptions {
  // Also the shape of BatchClientOptions.checkJobs' second argument.
  /** The action named in the error ("run", or the workflow's). */
  action?: string;
  /** Position of each job in the caller's list, when it differs from its index here. */
  positionOf?: (index: number) => number;
  /** One direct call, not jobs of a batch: the error names the call's params, with no job index. */
  directCall?: boolean;
}

/**
 * The first job whose params break its action's catalogued schema, as an
 * IvvyValidationError naming the job's index and the parameter; undefined when all fit.
 * Jobs in namespaces the catalog does not know are not checked.
 */
export async function checkJobParams(jobs: readonly Job[], options: CheckJobParamsOptions = {}): Promise<IvvyValidationError | undefined> {
  const catalog = await loadCatalogValidators();
  for (let i = 0; i < jobs.length; i++) {
    const job = jobs[i]!;
    const violation = findParamViolation(job, catalog, IVVY_PARAM_RULES);
    if (violation) return toError(violation, job, options.directCall ? undefined : (options.positionOf?.(i) ?? i), options.action ?? "run");
  }
  return undefined;
}

function toError(v: ParamViolation, job: Job, index: number | undefined, action: string): IvvyValidationError {
  const at = index === undefined ? "params" : `jobs[${index}] (${job.namespace}.${job.action})`;
  const off = "pass validateParams: false to send it anyway";
  const jobIndex = index === undefined ? {} : { jobIndex: index };
  switch (v.kind) {
    case "unknown-action":
      return new IvvyValidationError({
        action,
        ...jobIndex,
        specificCode: SpecificCode.Unspecified,
        message: `${at}: the catalog has no action '${v.action}' in namespace '${v.namespace}'`,
        additionalMessages: [`a typo? If iVvy has added it, build the job with untypedJob() (or call it untyped) and ${off}`],
      });
    case "missing":
      return new IvvyValidationError({
        action,
        ...jobIndex,
        parameter: v.param,
        specificCode: SpecificCode.MissingParameter,
        message: `${at}: '${v.param}' is required`,
      });
    case "invalid":
      return new IvvyValidationError({
        action,
        ...jobIndex,
        parameter: v.param,
        specificCode: SpecificCode.InvalidParameter,
        message: `${at}: '${v.param}' does not validate`,
        additionalMessages: v.reasons,
      });
    case "unknown-param":
      return new IvvyValidationError({
        action,
        ...jobIndex,
        parameter: v.param,
        specificCode: SpecificCode.Unspecified,
        message: `${at}: '${v.param}' is not a parameter of ${job.namespace}.${job.action}`,
        additionalMessages: [`a typo? iVvy's page for the action does not list it; ${off}`],
      });
  }
}
