// Handlers for the calls the emulator knows out of the box:
// - test.ping: https://developer.ivvy.com/getting-started/test ({ack: <iVvy timestamp>}, as the ping action)
// - event.inviteContacts: https://developer.ivvy.com/events/invite-contacts (shaped as
//   that page's example). It is stateful the way the real call is: a contact already
//   invited to an event gets `status: false` and no links.
import { SpecificCode } from "../errors/specific-codes.js";
import { formatIvvyTimestamp } from "../signing/timestamp.js";
import { EmulatorJobError } from "./emulator-job-error.js";
import type { JobHandlers } from "./job-handler.js";

const isId = (value: unknown): value is number => Number.isInteger(value) && (value as number) > 0;

const invalid = (name: string, why: string) =>
  new EmulatorJobError({ message: `'${name}' does not validate`, specificCode: SpecificCode.InvalidParameter, additionalMessages: [why] });
const missing = (name: string) => new EmulatorJobError({ message: `'${name}' is required`, specificCode: SpecificCode.MissingParameter });

/** The base of the invitation links the emulator makes up. */
export const INVITE_LINK_BASE = "https://emulator.ivvy.invalid/invite";

export function createBuiltInHandlers(): JobHandlers {
  // event id -> contacts already invited to it.
  const invited = new Map<number, Set<number>>();
  return {
    "test.ping": (_params, { now }) => ({ ack: formatIvvyTimestamp(now) }),
    "event.inviteContacts": (params) => {
      const { event, contacts } = params;
      if (event === undefined) throw missing("event");
      if (!isId(event)) throw invalid("event", "Value must be a whole number");
      if (contacts === undefined) throw missing("contacts");
      if (!Array.isArray(contacts)) throw invalid("contacts", "Value must be an array");
      if (!contacts.every(isId)) throw invalid("contacts", "Every contact must be a whole number");
      let seen = invited.get(event);
      if (!seen) invited.set(event, (seen = new Set()));
      const results = contacts.map((contact) => {
        if (seen.has(contact)) return { contact, status: false };
        seen.add(contact);
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
}
