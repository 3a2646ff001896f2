// The light part of the catalog, for the root entry: the job builders, the outcome guard
// and the types (all type-level but the three small functions).

export type {
  ActionParams,
  ActionResponse,
  CatalogAction,
  CatalogJob,
  CatalogNamespace,
  CollectionMeta,
  ListAction,
  ListItem,
  ParamsArgument,
  ResponseFor,
  TypedJob,
  UntypedJob,
} from "./catalog-types.js";
export { isSuccessOf } from "./is-success-of.js";
export { job, untypedJob } from "./job.js";
