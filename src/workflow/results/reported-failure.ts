// A job can succeed as a call and still answer that what it was asked to do did not happen.
// iVvy's pages show two forms (generated/catalog.yaml, from the action pages):
// - `success: false` in the answer of write actions (`addOrUpdate…`, `remove…`, `change…`);
// - items with a boolean `status`, `false` for each one not done: `results` of
//   event.inviteContacts ("an array indicating if each of the contacts invitation was
//   successful or not"), and the top-level array of contact.addContactsToSubscriptionGroup
//   and removeContactsFromSubscriptionGroup.
// A numeric `status` (a task's or a document's state in a list) is data, not an outcome.
import { isPlainObject } from "../../contract/is-plain-object.js";

/** What a successful call's own answer says was not done. */
export interface ReportedFailure {
  /** The answer holds `success: false`. */
  unsuccessful: boolean;
  /** Items of the answer with a boolean `status`. */
  items: number;
  /** Of those, the items whose `status` is false. */
  failedItems: number;
}

/** What the answer says was not done, or undefined when it reports no failure. */
export function reportedFailure(response: unknown): ReportedFailure | undefined {
  const unsuccessful = isPlainObject(response) && response.success === false;
  const list = Array.isArray(response) ? response : isPlainObject(response) && Array.isArray(response.results) ? response.results : [];
  let items = 0;
  let failedItems = 0;
  for (const item of list) {
    if (!isPlainObject(item) || typeof item.status !== "boolean") continue;
    items++;
    if (item.status === false) failedItems++;
  }
  return unsuccessful || failedItems > 0 ? { unsuccessful, items, failedItems } : undefined;
}
