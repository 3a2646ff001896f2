// Handlers for the calls the emulator knows out of the box:
// - test.ping: https://developer.ivvy.com/getting-started/test ({ack: <iVvy timestamp>}, as the ping action)
// - event.inviteContacts: https://developer.ivvy.com/events/invite-contacts (shaped as
//   that page's example). It is stateful the way the real call is: a contact already
//   invited to an event gets `status: false` and no links. The invitations a batch made
//   are forgotten when that batch expires (`forget`), so this memory is bounded by the
//   stored batches, as they are by their key's storage limit (docs/emulator.md, Limits).
//   A direct call is a batch of one here: its key is its asyncId, forgotten as late.
import { findParamViolation, IVVY_PARAM_RULES } from "../../catalog/find-param-violation.js";
import { loadCatalogValidators } from "../../catalog/load-catalog-validators.js";
import { formatIvvyTimestamp } from "../../signing/timestamp.js";
import { violationError } from "./catalog-jobs.js";
import type { JobHandlers } from "./job-handler.js";

/** The base of the invitation links the emulator makes up. */
export const INVITE_LINK_BASE = "https://emulator.ivvy.invalid/invite";

export interface BuiltInHandlers {
  handlers: JobHandlers;
  /** Forgets what the batch's jobs did (the emulator calls it when the batch expires). */
  forget(asyncId: string): void;
  /** Whether anything is kept for this batch (or direct call, whose key is its asyncId). */
  holds(asyncId: string): boolean;
}

export function createBuiltInHandlers(): BuiltInHandlers {
  // event id -> contact -> the batch that invited it; and each batch's invitations, to forget them.
  const invited = new Map<number, Map<number, string>>();
  const byBatch = new Map<string, Map<number, number[]>>();
  const handlers: JobHandlers = {
    "test.ping": (_params, { now }) => ({ ack: formatIvvyTimestamp(now) }),
    "event.inviteContacts": async (params, { asyncId }) => {
      // The catalog's own check, the one the client's checkJobParams runs: one verdict on both
      // sides (with the catalog off too). It takes numeric strings, as iVvy's examples send ids.
      const violation = findParamViolation({ namespace: "event", action: "inviteContacts", params }, await loadCatalogValidators(), IVVY_PARAM_RULES);
      const error = violation && violationError(violation);
      if (error) throw error;
      const event = Number(params.event);
      const contacts = (params.contacts as unknown[]).map(Number);
      let seen = invited.get(event);
      if (!seen) invited.set(event, (seen = new Map()));
      // Made on the first new invitation only: a call that invited nobody keeps nothing.
      const ofEvent = (): number[] => {
        let mine = byBatch.get(asyncId);
        if (!mine) byBatch.set(asyncId, (mine = new Map()));
        let list = mine.get(event);
        if (!list) mine.set(event, (list = []));
        return list;
      };
      const results = contacts.map((contact) => {
        if (seen.has(contact)) return { contact, status: false };
        seen.set(contact, asyncId);
        ofEvent().push(contact);
        return {
          contact,
          status: true,
          inviteLinkYes: `${INVITE_LINK_BASE}/${event}/${contact}/yes`,
          inviteLinkNo: `${INVITE_LINK_BASE}/${event}/${contact}/no`,
        };
      });
      return { results };
    },
  };
  return {
    handlers,
    holds: (asyncId) => byBatch.has(asyncId),
    forget(asyncId) {
      const mine = byBatch.get(asyncId);
      if (!mine) return;
      byBatch.delete(asyncId);
      for (const [event, contacts] of mine) {
        const seen = invited.get(event);
        if (!seen) continue;
        for (const contact of contacts) if (seen.get(contact) === asyncId) seen.delete(contact);
        if (seen.size === 0) invited.delete(event);
      }
    },
  };
}
