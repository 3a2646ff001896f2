import type { CatalogValidators } from "./catalog-validator-module.js";

let loading: Promise<CatalogValidators> | undefined;

/**
 * The catalog's validators, imported on first use: the generated module is large (one
 * validator per action, ~0.7 MB of source), so no entry point loads it when it is imported.
 */
export function loadCatalogValidators(): Promise<CatalogValidators> {
  // The generated module is plain ajv output (// @ts-nocheck); its shape is CatalogValidators.
  loading ??= import("../../generated/catalog-validators.js").then((m) => m as unknown as CatalogValidators);
  return loading;
}
