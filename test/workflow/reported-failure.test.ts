import { describe, expect, it } from "vitest";
import { reportedFailure } from "../../src/index.js";

describe("reportedFailure: what a successful call's answer says was not done", () => {
  it("reads inviteContacts' results, a top-level array of statuses, and success: false", () => {
    // events/invite-contacts.md's example: contact 2 was not invited.
    const invite = {
      results: [
        { contact: 1, status: true, inviteLinkYes: "y", inviteLinkNo: "n" },
        { contact: 2, status: false },
        { contact: 3, status: true },
      ],
    };
    expect(reportedFailure(invite)).toEqual({ unsuccessful: false, items: 3, failedItems: 1 });
    // contact/add-contacts-to-subscription-group.md answers an array.
    expect(
      reportedFailure([
        { contactId: 4, status: true },
        { contactId: 33, status: false },
      ]),
    ).toEqual({ unsuccessful: false, items: 2, failedItems: 1 });
    expect(reportedFailure({ success: false, id: 12 })).toEqual({ unsuccessful: true, items: 0, failedItems: 0 });
  });

  it("reports nothing for answers that did what they were asked, and reads a numeric status as data", () => {
    expect(reportedFailure({ results: [{ contact: 1, status: true }] })).toBeUndefined();
    expect(reportedFailure({ success: true, id: 1 })).toBeUndefined();
    // crm/get-task-list: a task's status is a number, its state, not an outcome.
    expect(reportedFailure({ meta: { totalResults: 1 }, results: [{ id: 1, status: 0 }] })).toBeUndefined();
    expect(reportedFailure({ ack: "2026-12-07 05:00:00" })).toBeUndefined();
    expect(reportedFailure(null)).toBeUndefined();
    expect(reportedFailure("text")).toBeUndefined();
  });
});
