// `ivvy-batch/catalog`: typed jobs for every iVvy action the catalog (generated/catalog.yaml)
// knows, and the check of jobs' params against it. The check loads ~0.5 MB of generated
// validators on first use; give it to a client as `createBatchClient({ ..., checkJobs: checkJobParams })`.
export * from "./typed.js";
export { checkJobParams, type CheckJobParamsOptions } from "./check-job-params.js";
export { findParamViolation, type FindOptions, type ParamViolation } from "./find-param-violation.js";
export { loadCatalogValidators } from "./load-catalog-validators.js";
export type { CatalogValidators, ParamsValidator, ValidatorError } from "./catalog-validator-module.js";
