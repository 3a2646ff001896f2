// Whether an action answers a top-level JSON array, by the catalog (docs/catalog.md, "Answers
// that are an array"; the x-decision on JobResponse in openapi.yaml): four of iVvy's pages,
// contact.addContactsToSubscriptionGroup among them, answer `[{...}, ...]`. The one rule the
// emulator's jobs and `client.call` follow: an array answer only where the catalog says so.
// Reads a list of a few names, so the light client entry can use it.
import { catalogArrayAnswers } from "../../generated/catalog-array-answers.js";
import { isPlainObject } from "../contract/is-plain-object.js";

const arrays: ReadonlySet<string> = new Set(catalogArrayAnswers);

/** True when the catalog types `namespace.action`'s answer as an array (of objects). */
export function answersArray(namespace: string, action: string): boolean {
  return arrays.has(`${namespace}.${action}`);
}

/**
 * Whether `value` has the shape of a success answer of the action: a JSON object, or for an
 * action that answers an array, an array of JSON objects. Undefined when it has; otherwise
 * what it should have been and what it is, for a message ("a JSON object, not an array").
 */
export function answerShapeProblem(namespace: string, action: string, value: unknown): string | undefined {
  if (isPlainObject(value)) return undefined;
  const array = answersArray(namespace, action);
  if (array && Array.isArray(value) && value.every(isPlainObject)) return undefined;
  const got = value === null ? "null" : Array.isArray(value) ? (array ? "an array with an item that is not an object" : "an array") : typeof value;
  return `a JSON object${array ? " or an array of objects" : ""}, not ${got}`;
}
