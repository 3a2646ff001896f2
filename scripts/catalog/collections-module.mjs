// generated/catalog-collections.ts (used by scripts/generate.mjs): the actions the catalog
// marks `x-ivvy.collection: true`, as a list and as a type. openapi-typescript drops `x-`
// extensions, so without this file the types could only guess a list action from its name
// or params; with it `client.paginate` accepts exactly the catalog's collections (one rule,
// docs/catalog.md, Collections).

/** The module's text, after `header`. */
export function collectionsModule(doc, header) {
  const ids = Object.values(doc.paths)
    .map((item) => item.post)
    .filter((operation) => operation["x-ivvy"]?.collection === true)
    .map((operation) => operation.operationId)
    .sort();
  return (
    header +
    "\n/** Every catalogued action whose answer is a collection (`{ meta, results }`), by 'namespace.action'. */\n" +
    "export const catalogCollections = [\n" +
    ids.map((id) => `  ${JSON.stringify(id)},`).join("\n") +
    "\n] as const;\n\n" +
    "/** One of `catalogCollections`. */\n" +
    "export type CatalogCollectionKey = (typeof catalogCollections)[number];\n"
  );
}

/**
 * generated/catalog-array-answers.ts: the actions whose catalogued answer is a top-level
 * array (contact.addContactsToSubscriptionGroup and the other pages whose Returns say "An
 * array of objects"). Small on purpose: the light client reads it to accept such an answer
 * from `client.call` without loading the catalog's response schemas.
 */
export function arrayAnswersModule(doc, header) {
  const ids = Object.values(doc.paths)
    .map((item) => item.post)
    .filter((operation) => operation.responses["200"]?.content?.["application/json"]?.schema?.type === "array")
    .map((operation) => operation.operationId)
    .sort();
  return (
    header +
    "\n/** Every catalogued action whose answer is a JSON array, by 'namespace.action'. */\n" +
    "export const catalogArrayAnswers = [\n" +
    ids.map((id) => `  ${JSON.stringify(id)},`).join("\n") +
    "\n] as const;\n\n" +
    "/** One of `catalogArrayAnswers`. */\n" +
    "export type CatalogArrayAnswerKey = (typeof catalogArrayAnswers)[number];\n"
  );
}
