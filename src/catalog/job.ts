import type { Job } from "../contract/types.js";
import type { ActionParams, CatalogAction, CatalogNamespace, TypedJob, UntypedJob } from "./catalog-types.js";

/**
 * A job for a catalogued action: the namespace and action autocomplete, and unknown
 * actions, unknown params, wrong types and missing required params are compile errors.
 * The object is exactly what goes on the wire: `{ namespace, action, params }`.
 *
 *     job("event", "inviteContacts", { event: 4, contacts: [1, 2, 3] })
 */
export function job<N extends CatalogNamespace, A extends CatalogAction<N>>(namespace: N, action: A, params: ActionParams<N, A>): TypedJob<N, A> {
  return { namespace, action, params };
}

/**
 * The escape hatch for an action the catalog does not know (iVvy adds actions) or params
 * it types differently: nothing is checked at compile time, and its response is any JSON
 * object. The client still checks it before sending unless told not to
 * (`validateParams: false`), since an unknown action in a known namespace is an error there.
 */
export function untypedJob(namespace: string, action: string, params: Job["params"]): UntypedJob {
  return { namespace, action, params };
}
