// client.call: any catalogued action, typed at compile time (`npm run typecheck` fails on
// an expect-error directive below that is not an error), signed, checked and answered by
// the emulator as a job of the action would be.
import { afterEach, describe, expect, expectTypeOf, it } from "vitest";
import type { CatalogCollectionKey } from "../../generated/catalog-collections.js";
import type { ActionResponse, CatalogNamespace, ListAction, ListItem, ResponseFor, TypedJob } from "../../src/catalog/catalog-types.js";
import { checkActionResponse } from "../../src/catalog/check-action-response.js";
import { checkJobParams } from "../../src/catalog/check-job-params.js";
import type { ClientWarning } from "../../src/client/client-options.js";
import { createBatchClient } from "../../src/client/create-batch-client.js";
import { DEMO_CREDENTIALS } from "../../src/emulator/options/demo-credentials.js";
import { IvvyApiError } from "../../src/errors/ivvy-api-error.js";
import { IvvyResponseError } from "../../src/errors/ivvy-response-error.js";
import { IvvyValidationError } from "../../src/errors/ivvy-validation-error.js";
import { createManualClock } from "../../src/util/clock.js";
import { BASE, clientFor, closeAll, emulatorWith } from "../emulator/harness.js";

afterEach(closeAll);

/** A client whose fetch answers every request with `answer()` and records what was sent. */
function scripted(answer: (n: number) => Response, options: Record<string, unknown> = {}) {
  const sent: Request[] = [];
  const clock = createManualClock(Date.parse("2026-01-01T00:00:00Z"));
  const client = createBatchClient({
    ...DEMO_CREDENTIALS,
    baseUrl: "http://ivvy.test",
    clock,
    random: () => 0,
    retry: { retries: 2, baseDelayMs: 10, maxDelayMs: 10 },
    fetch: async (request) => {
      sent.push(request);
      return answer(sent.length);
    },
    ...options,
  });
  return { client, sent, clock };
}

/** Runs `promise` while moving the manual clock, so retry waits fall due. */
async function settle<T>(promise: Promise<T>, clock: ReturnType<typeof createManualClock>): Promise<T | unknown> {
  const outcome = promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  await clock.advanceAsync(1000);
  const o = await outcome;
  return "error" in o ? o.error : o.value;
}

describe("client.call types", () => {
  it("are the catalog's", () => {
    const client = clientFor(emulatorWith());
    const typed = async () => {
      const venues = await client.call("venue", "getVenueList");
      expectTypeOf(venues).toEqualTypeOf<ActionResponse<"venue", "getVenueList">>();
      await client.call("event", "inviteContacts", { event: 4, contacts: [1, 2] }, { signal: AbortSignal.timeout(1000) });
      // @ts-expect-error: no such action in the event namespace
      await client.call("event", "getEventLists");
      // @ts-expect-error: no such namespace
      await client.call("events", "getEventList");
      // @ts-expect-error: event must be a number
      await client.call("event", "inviteContacts", { event: "4", contacts: [1] });
      // @ts-expect-error: contacts is required
      await client.call("event", "inviteContacts", { event: 4 });
      // @ts-expect-error: the params are required
      await client.call("event", "inviteContacts");
      // @ts-expect-error: getVenue is not a list action
      client.paginate("venue", "getVenue");
      // @ts-expect-error: getContact takes perPage and start, but its page answers one contact (docs/catalog.md, Collections)
      client.paginate("contact", "getContact", { id: 1 });
      // Collections whose pages take no start (getFunctionSpaceCategoryList) or no paging at all (getRoomRateList).
      client.paginate("venue", "getBookingReleaseSchedule", { venueId: 1, perPage: 10 });
      client.paginate("venue", "getFunctionSpaceCategoryList", { venueId: 1 });
      client.paginate("venue", "getRoomRateList", { venueId: 1, barId: 1, barRateId: 1 });
      client.paginate("venue", "getSpaceHirePlanList", { venueId: 1 });
      for await (const venue of client.paginate("venue", "getVenueList", { perPage: 10 })) {
        expectTypeOf(venue).toEqualTypeOf<ListItem<"venue", "getVenueList">>();
      }
      // contact/add-contacts-to-subscription-group.md answers an array of { contactId, status }.
      const added = await client.call("contact", "addContactsToSubscriptionGroup", { contacts: [4, 6], group: 2481 });
      expectTypeOf(added).toEqualTypeOf<ResponseFor<TypedJob<"contact", "addContactsToSubscriptionGroup">>>();
      const status: boolean | undefined = added[0]?.status;
      const first = added[0]!;
      expectTypeOf(first.status).toEqualTypeOf<boolean | undefined>();
      // @ts-expect-error: the answer is an array, not one object
      void added.status;
      // @ts-expect-error: getVenue answers one object, not an array
      void (await client.call("venue", "getVenue", { id: 1 }))[0];
      void status;
    };
    expect(typed).toBeTypeOf("function");
  });

  it("paginate accepts exactly the catalog's collections (x-ivvy.collection), every one of them", () => {
    type Paged = { [N in CatalogNamespace]: `${N}.${ListAction<N>}` }[CatalogNamespace];
    expectTypeOf<Paged>().toEqualTypeOf<CatalogCollectionKey>();
    expectTypeOf<"contact.getContact">().not.toExtend<Paged>();
    expectTypeOf<"venue.getRoomRateList">().toExtend<Paged>();
  });
});

describe("client.call against the emulator", () => {
  it("sends POST /api/1.0/{namespace}?action={action}, signed, and answers as a job of the action would", async () => {
    const clock = createManualClock(Date.parse("2026-01-01T00:00:00Z"));
    const emulator = emulatorWith({ clock });
    const client = clientFor(emulator);
    const direct = await client.call("venue", "getVenue", { id: 7 });
    const jobs = await client.run([{ namespace: "venue", action: "getVenue", params: { id: 7 } }]);
    await clock.advanceAsync(1000);
    const results = await client.results(jobs.asyncId);
    expect(direct).toEqual(results.results[0]!.response);
    expect(await checkActionResponse("venue", "getVenue", direct)).toBeUndefined();
  });

  it("the emulator's params check: a missing required parameter is 23017 from iVvy, and never sent with checkJobs", async () => {
    const emulator = emulatorWith();
    const client = clientFor(emulator);
    // biome-ignore lint/suspicious/noExplicitAny: the check under test is the server's, past the types
    const error = await client.call("event", "inviteContacts", { event: 4 } as any).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IvvyApiError);
    expect(error).toMatchObject({ name: "IvvyApiError", status: 400, specificCode: 23017, action: "event.inviteContacts" });

    const requests: string[] = [];
    const checked = createBatchClient({
      ...DEMO_CREDENTIALS,
      baseUrl: BASE,
      clock: emulator.clock,
      checkJobs: checkJobParams,
      fetch: (request) => {
        requests.push(request.url);
        return emulator.fetch(request);
      },
    });
    // biome-ignore lint/suspicious/noExplicitAny: as above
    const local = await checked.call("event", "inviteContacts", { event: "x", contacts: [1] } as any).catch((e: unknown) => e);
    expect(local).toBeInstanceOf(IvvyValidationError);
    expect(local).toMatchObject({ specificCode: 23016, parameter: "event" });
    expect((local as IvvyValidationError).jobIndex).toBeUndefined();
    expect((local as Error).message).toBe(
      "iVvy event.inviteContacts: params: 'event' does not validate [specific code 23016] (Value must be a whole number); nothing was sent",
    );
    expect(requests).toEqual([]);
    // biome-ignore lint/suspicious/noExplicitAny: as above
    await expect(checked.call("event", "inviteContacts", { event: "x", contacts: [1] } as any, { validateParams: false })).rejects.toMatchObject({
      name: "IvvyApiError",
      specificCode: 23016,
    });
    expect(requests).toEqual([`${BASE}/api/1.0/event?action=inviteContacts`]);
  });

  it("an action the emulator has no handler for is a 404 envelope; batch and test URLs are still the operations", async () => {
    const client = clientFor(emulatorWith());
    // biome-ignore lint/suspicious/noExplicitAny: an action outside the catalog
    await expect((client.call as any)("venue", "noSuchAction", {})).rejects.toMatchObject({ name: "IvvyApiError", status: 404 });
    // biome-ignore lint/suspicious/noExplicitAny: as above
    await expect((client.call as any)("a b", "x", {})).rejects.toBeInstanceOf(IvvyValidationError);
  });
});

describe("client.call over HTTP", () => {
  it("retries a get… action on 5xx, never an add… or update… one", async () => {
    const flaky = () =>
      scripted((n) => (n < 3 ? Response.json({ errorCode: 503, message: "busy", specificCode: 0 }, { status: 503 }) : Response.json({ id: 1 })));
    const read = flaky();
    expect(await settle(read.client.call("venue", "getVenue", { id: 1 }), read.clock)).toEqual({ id: 1 });
    expect(read.sent).toHaveLength(3);
    const write = flaky();
    const error = await settle(write.client.call("contact", "addOrUpdateContact", { firstName: "A" } as never), write.clock);
    expect(error).toMatchObject({ name: "IvvyApiError", status: 503, action: "contact.addOrUpdateContact" });
    expect(write.sent).toHaveLength(1);
  });

  it("refuses a redirect and an answer that is not a JSON object", async () => {
    const redirect = scripted(() => new Response(null, { status: 302, headers: { location: "https://elsewhere.test/" } }));
    await expect(redirect.client.call("venue", "getVenue", { id: 1 })).rejects.toMatchObject({ name: "IvvyResponseError", problem: "redirect" });
    const text = scripted(() => new Response("<html>", { status: 200 }));
    await expect(text.client.call("venue", "getVenue", { id: 1 })).rejects.toMatchObject({ name: "IvvyResponseError", problem: "not-json" });
    const array = scripted(() => Response.json([1]));
    await expect(array.client.call("venue", "getVenue", { id: 1 })).rejects.toMatchObject({ name: "IvvyResponseError", problem: "schema" });
    const big = scripted(() => Response.json({ pad: "x".repeat(2000) }), { maxResponseBytes: 1000 });
    await expect(big.client.call("venue", "getVenue", { id: 1 })).rejects.toMatchObject({ name: "IvvyResponseError", problem: "too-large" });
  });

  it("accepts an array of objects from an action whose page answers one, and from no other", async () => {
    const answer = [
      { contactId: 4, status: true },
      { contactId: 33, status: false },
    ];
    const { client } = scripted(() => Response.json(answer), { checkResponses: checkActionResponse, strictResponses: true });
    const added = await client.call("contact", "addContactsToSubscriptionGroup", { contacts: [4, 33], group: 2481 });
    expect(added).toEqual(answer);
    expect(added[1]!.status).toBe(false);
    // An array of anything but objects is no such answer; another action's array is refused as before.
    const numbers = scripted(() => Response.json([1, 2]));
    await expect(numbers.client.call("contact", "removeContactsFromSubscriptionGroup", { contacts: [1] })).rejects.toMatchObject({
      name: "IvvyResponseError",
      problem: "schema",
      violations: ["/: Value must be an array of objects or an object"],
    });
    const elsewhere = scripted(() => Response.json(answer));
    await expect(elsewhere.client.call("contact", "getContact", { id: 1 })).rejects.toMatchObject({
      name: "IvvyResponseError",
      problem: "schema",
      violations: ["/: Value must be an object"],
    });
  });

  it("an error envelope is read with its specific code, whatever the status", async () => {
    const { client } = scripted(() => Response.json({ errorCode: "400", message: "nope", specificCode: "24262" }, { status: 400 }));
    await expect(client.call("account", "addErrorReport", {})).rejects.toMatchObject({ name: "IvvyApiError", status: 400, specificCode: 24262 });
  });

  it("an answer that does not fit its schema: a warning by default, an IvvyResponseError with strictResponses", async () => {
    const warnings: ClientWarning[] = [];
    const misfit = () => Response.json({ meta: { totalResults: "2" }, results: [] });
    const lax = scripted(misfit, { checkResponses: checkActionResponse, onWarning: (w: ClientWarning) => warnings.push(w) });
    expect(await lax.client.call("venue", "getVenueList")).toEqual({ meta: { totalResults: "2" }, results: [] });
    expect(warnings).toEqual([
      expect.objectContaining({ kind: "response-schema", action: "venue.getVenueList", violations: ["/meta/totalResults: Value must be a whole number"] }),
    ]);
    const strict = scripted(misfit, { checkResponses: checkActionResponse, strictResponses: true });
    await expect(strict.client.call("venue", "getVenueList")).rejects.toMatchObject({
      name: "IvvyResponseError",
      problem: "schema",
      violations: ["/meta/totalResults: Value must be a whole number"],
    });
    // Without checkResponses nothing is checked (the light client never loads the schemas).
    expect(await scripted(misfit).client.call("venue", "getVenueList")).toMatchObject({ meta: { totalResults: "2" } });
    expect(IvvyResponseError).toBeDefined();
  });

  it("refuses unknown options by name", async () => {
    const { client } = scripted(() => Response.json({}));
    // biome-ignore lint/suspicious/noExplicitAny: the misspelt option under test
    await expect(client.call("venue", "getVenue", { id: 1 }, { signa: undefined } as any)).rejects.toThrow(/signa.*signal/s);
    // biome-ignore lint/suspicious/noExplicitAny: as above
    expect(() => createBatchClient({ ...DEMO_CREDENTIALS, baseUrl: "http://x.test", strictResponse: true } as any)).toThrow(/strictResponses/);
  });
});
