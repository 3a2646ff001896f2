// `ivvy-batch/catalog`: typed jobs for every iVvy action the catalog (generated/catalog.yaml)
// knows, and the check of jobs' params against it. The check loads ~0.5 MB of generated
// validators on first use; give it to a client as `createBatchClient({ ..., checkJobs: checkJobParams })`.

export { answersArray } from "./answers-array.js";
export type { CatalogValidators, ParamsValidator, ValidatorError } from "./catalog-validator-module.js";
export { checkActionResponse } from "./check-action-response.js";
export { type CheckJobParamsOptions, checkJobParams } from "./check-job-params.js";
export { type FindOptions, findParamViolation, IVVY_PARAM_RULES, type ParamViolation } from "./find-param-violation.js";
export { isCollectionAction } from "./is-collection-action.js";
export { loadCatalogValidators } from "./load-catalog-validators.js";
export * from "./typed.js";
