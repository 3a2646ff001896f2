// Typed jobs: every type here is derived from generated/catalog-schema.ts (openapi-typescript
// output of generated/catalog.yaml); none is written by hand.
import type { CatalogCollectionKey } from "../../generated/catalog-collections.js";
import type { paths as CatalogPaths } from "../../generated/catalog-schema.js";
import type { BatchResult, ErrorEnvelope, Job } from "../contract/types.js";

type CatalogPath = keyof CatalogPaths & string;
type PathOf<N extends string, A extends string> = `/api/1.0/${N}?action=${A}`;

/** The namespaces the catalog knows ("account", "contact", "crm", "event", ...). */
export type CatalogNamespace = CatalogPath extends infer P ? (P extends PathOf<infer N, string> ? N : never) : never;

/** The actions the catalog knows in a namespace. */
export type CatalogAction<N extends CatalogNamespace> = CatalogPath extends infer P ? (P extends PathOf<N, infer A> ? A : never) : never;

type Operation<N extends CatalogNamespace, A extends CatalogAction<N>> = CatalogPaths[PathOf<N, A> & CatalogPath]["post"];

/** The params of an action, as its page documents them. */
export type ActionParams<N extends CatalogNamespace, A extends CatalogAction<N>> =
  NonNullable<Operation<N, A>["requestBody"]> extends { content: { "application/json": infer B } } ? B : Record<string, never>;

/** The response of an action when it succeeds, as its page's example or schema shows it. */
export type ActionResponse<N extends CatalogNamespace, A extends CatalogAction<N>> = Operation<N, A>["responses"] extends {
  200: { content: { "application/json": infer R } };
}
  ? R
  : SuccessResponse;

/** A job's successful response when its action is not catalogued: any JSON object, or an array of them (openapi.yaml, JobResponse). */
export type SuccessResponse = Exclude<BatchResult["response"], ErrorEnvelope>;

/** A job for one catalogued action, with that action's params. */
export interface TypedJob<N extends CatalogNamespace = CatalogNamespace, A extends CatalogAction<N> = CatalogAction<N>> {
  namespace: N;
  action: A;
  params: ActionParams<N, A>;
}

/** Every catalogued job: a union discriminated by `namespace` and `action`. */
export type CatalogJob = { [N in CatalogNamespace]: { [A in CatalogAction<N>]: TypedJob<N, A> }[CatalogAction<N>] }[CatalogNamespace];

declare const untypedBrand: unique symbol;

/** A job the catalog does not type (made with `untypedJob`): any namespace, action and params. */
export type UntypedJob = Job & { readonly [untypedBrand]?: true };

/**
 * The response type of a job's action: its catalogued response for a typed job (an array for
 * the actions whose pages answer one, docs/catalog.md), any JSON object or array of them for an
 * untyped or plain `Job`. Distributes over unions of jobs.
 */
export type ResponseFor<J> = J extends { namespace: infer N; action: infer A }
  ? N extends CatalogNamespace
    ? A extends CatalogAction<N>
      ? string extends N
        ? SuccessResponse
        : ActionResponse<N, A>
      : SuccessResponse
    : SuccessResponse
  : SuccessResponse;

/** The `meta` of a collection: iVvy's collections rule (every list action's page shows it). */
export interface CollectionMeta {
  totalResults: number;
  start: number;
  perPage: number;
  count: number;
}

/**
 * The list actions of a namespace, the ones `client.paginate` pages through: the actions the
 * catalog marks `x-ivvy.collection: true` (generated/catalog-collections.ts), the one rule of
 * docs/catalog.md, Collections (contact.getContact takes perPage and start but answers one contact).
 */
export type ListAction<N extends CatalogNamespace> = {
  [A in CatalogAction<N>]: `${N}.${A}` extends CatalogCollectionKey ? A : never;
}[CatalogAction<N>];

/** One item of a list action's `results` (unknown while the catalog does not type its answer as a collection). */
export type ListItem<N extends CatalogNamespace, A extends CatalogAction<N>> = ActionResponse<N, A> extends { results?: readonly (infer I)[] } ? I : unknown;

/** The params argument of an action: optional when the action requires none. */
export type ParamsArgument<N extends CatalogNamespace, A extends CatalogAction<N>> =
  // biome-ignore lint/complexity/noBannedTypes: `{} extends P` is how a type says P has no required key
  {} extends ActionParams<N, A> ? [params?: ActionParams<N, A>] : [params: ActionParams<N, A>];
