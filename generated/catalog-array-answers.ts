/**
 * The catalog's actions that answer a top-level JSON array.
 * Generated from generated/catalog.yaml by `npm run generate`. DO NOT EDIT: change catalog/overrides.yaml, run `npm run catalog`, then regenerate.
 */

/** Every catalogued action whose answer is a JSON array, by 'namespace.action'. */
export const catalogArrayAnswers = [
  "contact.addContactsToSubscriptionGroup",
  "contact.getCompanyCustomFieldDefinition",
  "contact.getCustomFieldDefinition",
  "contact.removeContactsFromSubscriptionGroup",
] as const;

/** One of `catalogArrayAnswers`. */
export type CatalogArrayAnswerKey = (typeof catalogArrayAnswers)[number];
