import type { CatalogAction, CatalogNamespace, TypedJob } from "./catalog-types.js";

interface OutcomeLike {
  status: string;
  job?: { namespace: string; action: string };
}

/**
 * Narrows an outcome of typed jobs of several actions to one action's success, whose
 * `response` then has that action's type. Needs the outcome's job: pass `jobs` to
 * collectResults / iterateResults.
 */
export function isSuccessOf<O extends OutcomeLike, N extends CatalogNamespace, A extends CatalogAction<N>>(
  outcome: O,
  namespace: N,
  action: A,
): outcome is Extract<O, { status: "success"; job?: TypedJob<N, A> }> {
  return outcome.status === "success" && outcome.job?.namespace === namespace && outcome.job.action === action;
}
