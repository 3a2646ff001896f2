import type { CatalogValidators } from "./catalog-validator-module.js";

let loading: Promise<CatalogValidators> | undefined;

/**
 * The catalog's validators, imported on first use: the generated module is large (one
 * validator per action, ~0.7 MB of source), so no entry point loads it when it is imported.
 */
export function loadCatalogValidators(): Promise<CatalogValidators> {
  loading ??= Promise.all([import("../../generated/catalog-validators.js"), import("../../generated/catalog-actions.js")]).then(([validators, actions]) => ({
    // The validators module is plain ajv output (// @ts-nocheck): a map of validate functions.
    catalogValidators: (validators as unknown as Pick<CatalogValidators, "catalogValidators">).catalogValidators,
    catalogParams: actions.catalogParams,
  }));
  return loading;
}
