// Whether an action answers a collection, by the catalog's one rule (its x-ivvy.collection
// mark, docs/catalog.md, Collections): the rule the types of client.paginate follow, for code
// that only knows the action's name at run time (the CLI's `call --all`).
import { catalogParams } from "../../generated/catalog-actions.js";
import { catalogCollections } from "../../generated/catalog-collections.js";

const collections: ReadonlySet<string> = new Set(catalogCollections);

/** True for a collection, false for another catalogued action, undefined for an action the catalog does not know. */
export function isCollectionAction(namespace: string, action: string): boolean | undefined {
  const key = `${namespace}.${action}`;
  if (collections.has(key)) return true;
  return Object.hasOwn(catalogParams, key) ? false : undefined;
}
