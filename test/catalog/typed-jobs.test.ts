// Typed jobs at compile time (`npm run typecheck` checks this file, and fails on any
// expect-error directive below that is not an error) and the outcomes' response types,
// through the emulator.
import { afterEach, describe, expect, expectTypeOf, it } from "vitest";
import type { ActionParams, CatalogAction, CatalogJob, CatalogNamespace, TypedJob, UntypedJob } from "../../src/catalog/catalog-types.js";
import { isSuccessOf } from "../../src/catalog/is-success-of.js";
import { job, untypedJob } from "../../src/catalog/job.js";
import type { Job } from "../../src/contract/types.js";
import type { SuccessResponse } from "../../src/workflow/model/job-outcome.js";
import { collectResults } from "../../src/workflow/results/collect-results.js";
import { iterateResults } from "../../src/workflow/results/iterate-results.js";
import { submitAll } from "../../src/workflow/submit/submit-all.js";
import { waitForAll } from "../../src/workflow/wait/wait-for-all.js";
import { clientFor, closeAll, emulatorWith } from "../emulator/harness.js";

afterEach(closeAll);

describe("job()", () => {
  it("builds exactly the wire shape", () => {
    const invite = job("event", "inviteContacts", { event: 4, contacts: [1, 2, 3] });
    expect(invite).toEqual({ namespace: "event", action: "inviteContacts", params: { event: 4, contacts: [1, 2, 3] } });
    expect(Object.keys(invite)).toEqual(["namespace", "action", "params"]);
    expectTypeOf(invite).toEqualTypeOf<TypedJob<"event", "inviteContacts">>();
    expectTypeOf(invite).toMatchTypeOf<Job>();
    expectTypeOf(invite).toMatchTypeOf<CatalogJob>();
  });

  it("types namespaces, actions and params from the catalog", () => {
    expectTypeOf<"event" | "venue" | "contact" | "crm" | "account" | "invoice" | "partner">().toEqualTypeOf<CatalogNamespace>();
    expectTypeOf<"inviteContacts">().toMatchTypeOf<CatalogAction<"event">>();
    expectTypeOf<ActionParams<"event", "inviteContacts">>().toEqualTypeOf<{ event: number; contacts: number[] }>();
    expectTypeOf<ActionParams<"venue", "addOrUpdateBookingNote">["typeId"]>().toEqualTypeOf<
      | 3
      | 8
      | 11
      | 12
      | 13
      | 14
      | 15
      | 16
      | 17
      | 18
      | 19
      | 20
      | 21
      | 2
      | 4
      | 5
      | 7
      | 6
      | 22
      | 23
      | 24
      | 25
      | 26
      | 27
      | 29
      | 30
      | 31
      | 32
      | 33
      | 34
      | 35
      | 36
      | 37
      | undefined
    >();
  });

  it("makes unknown actions, wrong types, missing required and unknown params compile errors", () => {
    const made = [
      // @ts-expect-error unknown action (a typo)
      job("event", "inviteContact", { event: 4, contacts: [1] }),
      // @ts-expect-error unknown namespace
      job("events", "inviteContacts", { event: 4, contacts: [1] }),
      // @ts-expect-error wrong param type
      job("event", "inviteContacts", { event: "4", contacts: [1] }),
      // @ts-expect-error wrong item type
      job("event", "inviteContacts", { event: 4, contacts: ["1"] }),
      // @ts-expect-error missing required param
      job("event", "inviteContacts", { contacts: [1] }),
      // @ts-expect-error unknown param
      job("event", "inviteContacts", { event: 4, contacts: [1], contact: 5 }),
      // @ts-expect-error an enum value the page does not list
      job("venue", "addOrUpdateBookingNote", { venueId: 1, bookingId: 2, description: "x", typeId: 1 }),
    ];
    expect(made).toHaveLength(7);
  });

  it("untypedJob is the explicit escape hatch for what the catalog does not know", () => {
    const added = untypedJob("event", "someNewAction", { anything: true });
    expect(added).toEqual({ namespace: "event", action: "someNewAction", params: { anything: true } });
    expectTypeOf(added).toEqualTypeOf<UntypedJob>();
  });
});

describe("outcomes of typed jobs", () => {
  it("collectResults and iterateResults type each success's response as its action's", async () => {
    const emulator = emulatorWith({});
    const client = clientFor(emulator);
    const jobs = [job("event", "inviteContacts", { event: 1, contacts: [10, 11] }), job("event", "inviteContacts", { event: 2, contacts: [12] })];
    const handle = await submitAll(client, jobs);
    await waitForAll(client, handle, { intervalMs: 5 });

    const outcomes = await collectResults(client, handle, { jobs });
    const first = outcomes[0]!;
    if (first.status !== "success") throw new Error("expected a success");
    expectTypeOf(first.response).toEqualTypeOf<{
      results?: { contact?: number; status?: boolean; inviteLinkYes?: string; inviteLinkNo?: string }[];
    }>();
    expect(first.response.results?.map((r) => r.contact)).toEqual([10, 11]);

    for await (const outcome of iterateResults(client, handle, { jobs })) {
      if (outcome.status === "success") expect(outcome.response.results?.[0]?.status).toBe(true);
    }

    // A list of two actions: isSuccessOf narrows an outcome to one action's response type.
    const two = [job("event", "inviteContacts", { event: 3, contacts: [1] }), job("event", "getEvent", { id: 1 })];
    const twoHandle = await submitAll(client, two);
    await waitForAll(client, twoHandle, { intervalMs: 5 });
    const mixed = await collectResults(client, twoHandle, { jobs: two });
    expect(mixed.map((o) => isSuccessOf(o, "event", "getEvent"))).toEqual([false, true]);
    const event = mixed.find((o) => isSuccessOf(o, "event", "getEvent"));
    if (event && isSuccessOf(event, "event", "getEvent")) {
      expectTypeOf(event.response.startDateTime).toEqualTypeOf<string | undefined>();
      expect(event.response.startDateTime).toBe("2019-09-28 06:00:00 UTC"); // the docs' example, served by the emulator
    }
    // A list action's response is a collection (collections.md): `results` and `meta`, never one item's fields.
    const lists = [job("contact", "getCompanyList", { perPage: 2 })];
    const listHandle = await submitAll(client, lists);
    await waitForAll(client, listHandle, { intervalMs: 5 });
    const [companies] = await collectResults(client, listHandle, { jobs: lists });
    if (companies?.status !== "success") throw new Error("expected a success");
    expectTypeOf(companies.response.results).toBeArray();
    expectTypeOf(companies.response.meta.count).toEqualTypeOf<number | null | undefined>();
    // @ts-expect-error a collection has no item fields at its top level
    void companies.response.id;
    expect(companies.response.results).toHaveLength(2);
    expect(companies.response.meta).toMatchObject({ start: 0, perPage: 2, count: 2 });

    // Without the jobs (or with plain Jobs) a response is any JSON object, as before.
    const plain = await collectResults(client, handle);
    if (plain[0]!.status === "success") expectTypeOf(plain[0]!.response).toEqualTypeOf<SuccessResponse>();
  });
});
