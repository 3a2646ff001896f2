// Jobs run through handlers keyed by 'namespace.action': built-ins, the user's own, and
// fixtures; every way a handler can fail becomes that job's error envelope.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Job } from "../../src/contract/types.js";
import { createEmulator } from "../../src/emulator/create-emulator.js";
import type { EmulatorOptions } from "../../src/emulator/index.js";
import { INVITE_LINK_BASE } from "../../src/emulator/jobs/built-in-handlers.js";
import { EmulatorJobError, isEmulatorJobError } from "../../src/emulator/jobs/emulator-job-error.js";
import { clientFor, closeAll, emulatorWith, settled } from "./harness.js";

afterEach(closeAll);

async function responsesOf(options: EmulatorOptions, jobs: Job[]) {
  const emulator = emulatorWith(options);
  const client = clientFor(emulator);
  const { asyncId } = await client.run(jobs);
  await settled(emulator);
  return (await client.results(asyncId)).results.map((r) => r.response);
}

const invite = (params: Record<string, unknown>): Job => ({ namespace: "event", action: "inviteContacts", params });

describe("built-in handlers", () => {
  it("event.inviteContacts answers as iVvy's page shows, and a contact already invited gets status false", async () => {
    const [first, second] = await responsesOf({}, [invite({ event: 4, contacts: [1, 2] }), invite({ event: 4, contacts: [2, 3] })]);
    expect(first).toEqual({
      results: [
        { contact: 1, status: true, inviteLinkYes: `${INVITE_LINK_BASE}/4/1/yes`, inviteLinkNo: `${INVITE_LINK_BASE}/4/1/no` },
        { contact: 2, status: true, inviteLinkYes: `${INVITE_LINK_BASE}/4/2/yes`, inviteLinkNo: `${INVITE_LINK_BASE}/4/2/no` },
      ],
    });
    expect(second).toMatchObject({
      results: [
        { contact: 2, status: false },
        { contact: 3, status: true },
      ],
    });
    expect((second as { results: object[] }).results[0]).toEqual({ contact: 2, status: false });
  });

  it("event.inviteContacts refuses bad params with 23016/23017 envelopes as the job's response", async () => {
    const responses = await responsesOf({}, [
      invite({ contacts: [1] }),
      invite({ event: "x", contacts: [1] }),
      invite({ event: 1 }),
      invite({ event: 1, contacts: "1,2,4" }),
      invite({ event: 1, contacts: [1, 1.5] }),
    ]);
    expect(responses).toEqual([
      { errorCode: 400, message: "'event' is required", specificCode: 23017 },
      { errorCode: 400, message: "'event' does not validate", specificCode: 23016, additionalMessages: ["Value must be a whole number"] },
      { errorCode: 400, message: "'contacts' is required", specificCode: 23017 },
      { errorCode: 400, message: "'contacts' does not validate", specificCode: 23016, additionalMessages: ["Value must be an array"] },
      // The catalog's check, the client's too (test/catalog/verdicts-agree.test.ts): the page types contacts as integers.
      { errorCode: 400, message: "'contacts' does not validate", specificCode: 23016, additionalMessages: ["[1]: Value must be a whole number"] },
    ]);
  });

  it("test.ping acks with a timestamp; an unknown action gets a 404 envelope", async () => {
    const [ping, unknown] = await responsesOf({}, [
      { namespace: "test", action: "ping", params: {} },
      { namespace: "venue", action: "noSuchAction", params: {} },
    ]);
    expect(ping).toEqual({ ack: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/) });
    expect(unknown).toMatchObject({ errorCode: 404, specificCode: 0, additionalMessages: [expect.stringContaining("'venue.noSuchAction'")] });
  });
});

describe("user handlers", () => {
  it("get the params and context, may be async, and win over built-ins", async () => {
    const contexts: unknown[] = [];
    const responses = await responsesOf(
      {
        handlers: {
          "contact.add": async (params, context) => {
            contexts.push({ ...context, signal: context.signal instanceof AbortSignal });
            await new Promise((resolve) => setImmediate(resolve));
            return { id: 100 + Number(params.n) };
          },
          "test.ping": () => ({ overridden: true }),
        },
      },
      [
        { namespace: "contact", action: "add", params: { n: 1 } },
        { namespace: "test", action: "ping", params: {} },
      ],
    );
    expect(responses).toEqual([{ id: 101 }, { overridden: true }]);
    expect(contexts).toEqual([
      { asyncId: expect.stringMatching(/^[0-9a-f]{32}$/), index: 0, namespace: "contact", action: "add", now: expect.any(Number), signal: true },
    ]);
  });

  it("fail the job, never the batch, however they fail", async () => {
    const handlers = {
      "a.jobError": () => {
        throw new EmulatorJobError({ message: "'id' does not validate", specificCode: 23016, additionalMessages: ["Value must be a whole number"] });
      },
      "a.envelope": () => ({ errorCode: 403, message: "Forbidden", specificCode: 0 }),
      "a.crash": () => {
        throw new Error("database on fire");
      },
      "a.rejects": () => Promise.reject(new Error("async fire")),
      "a.array": () => [1, 2],
      "a.nothing": () => undefined,
      "a.bigint": () => ({ n: 1n }),
    };
    const jobs = Object.keys(handlers).map((key) => ({ namespace: "a", action: key.slice(2), params: {} }));
    const responses = await responsesOf({ handlers }, jobs);
    expect(responses).toEqual([
      { errorCode: 400, message: "'id' does not validate", specificCode: 23016, additionalMessages: ["Value must be a whole number"] },
      { errorCode: 403, message: "Forbidden", specificCode: 0 },
      { errorCode: 500, message: "Internal Server Error", specificCode: 0, additionalMessages: ["The handler for 'a.crash' threw: database on fire"] },
      { errorCode: 500, message: "Internal Server Error", specificCode: 0, additionalMessages: ["The handler for 'a.rejects' threw: async fire"] },
      {
        errorCode: 500,
        message: "Internal Server Error",
        specificCode: 0,
        additionalMessages: ["The handler for 'a.array' must return a JSON object, not an array"],
      },
      {
        errorCode: 500,
        message: "Internal Server Error",
        specificCode: 0,
        additionalMessages: ["The handler for 'a.nothing' must return a JSON object, not null"],
      },
      expect.objectContaining({ errorCode: 500, additionalMessages: [expect.stringContaining("not JSON")] }),
    ]);
  });

  it("may return an array of objects for an action whose page answers one, and for no other", async () => {
    // contact/add-contacts-to-subscription-group.md: `[{"contactId":4,"status":true}, ...]`.
    const added = [{ contactId: 4, status: true }];
    const handlers = {
      "contact.addContactsToSubscriptionGroup": () => added,
      "contact.removeContactsFromSubscriptionGroup": () => [1, 2],
      "contact.getContact": () => [{ id: 1 }],
    };
    const jobs: Job[] = [
      { namespace: "contact", action: "addContactsToSubscriptionGroup", params: { contacts: [4], group: 1 } },
      { namespace: "contact", action: "removeContactsFromSubscriptionGroup", params: { contacts: [4], group: 1 } },
      { namespace: "contact", action: "getContact", params: { id: 1 } },
    ];
    const failed = (message: string) => ({ errorCode: 500, message: "Internal Server Error", specificCode: 0, additionalMessages: [message] });
    expect(await responsesOf({ handlers }, jobs)).toEqual([
      added,
      failed(
        "The handler for 'contact.removeContactsFromSubscriptionGroup' must return a JSON object or an array of objects, not an array with an item that is not an object",
      ),
      failed("The handler for 'contact.getContact' must return a JSON object, not an array"),
    ]);
  });

  it("cannot change a stored result by mutating what they returned", async () => {
    const returned: { value: number }[] = [];
    const emulator = emulatorWith({ handlers: { "a.b": () => returned[returned.push({ value: 1 }) - 1] } });
    const client = clientFor(emulator);
    const { asyncId } = await client.run([{ namespace: "a", action: "b", params: {} }]);
    await settled(emulator);
    returned[0]!.value = 2;
    expect((await client.results(asyncId)).results[0]!.response).toEqual({ value: 1 });
    expect(Object.isFrozen(emulator.batches.get(asyncId)!.results[0]!.response)).toBe(true);
  });

  it("EmulatorJobError is a named error with its envelope", () => {
    const error = new EmulatorJobError({ message: "nope", errorCode: 404 });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("EmulatorJobError");
    expect(error.envelope).toEqual({ errorCode: 404, message: "nope", specificCode: 0 });
    expect(isEmulatorJobError(error)).toBe(true);
    expect(isEmulatorJobError(new Error("nope"))).toBe(false);
  });
});

describe("fixtures", () => {
  const fixtures = {
    "contact.getContact": { response: { id: 7, firstName: "Ada" } },
    "venue.getVenue": { error: { errorCode: 404, message: "Venue not found", specificCode: 0, additionalMessages: ["id 9"] } },
  };
  const jobs: Job[] = [
    { namespace: "contact", action: "getContact", params: { id: 7 } },
    { namespace: "venue", action: "getVenue", params: { id: 9 } },
  ];
  const expected = [
    { id: 7, firstName: "Ada" },
    { errorCode: 404, message: "Venue not found", specificCode: 0, additionalMessages: ["id 9"] },
  ];

  it("answer canned responses and errors, given inline", async () => {
    expect(await responsesOf({ fixtures }, jobs)).toEqual(expected);
  });

  it("may answer an array of objects for an action whose page answers one", async () => {
    const fields = [{ fieldId: 47, fieldType: 3, displayName: "Test Multiple" }];
    const [response] = await responsesOf({ fixtures: { "contact.getCustomFieldDefinition": { response: fields } } }, [
      { namespace: "contact", action: "getCustomFieldDefinition", params: {} },
    ]);
    expect(response).toEqual(fields);
  });

  it("load from a JSON file, and lose to handlers given in code", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "emulator-fixtures-")), "fixtures.json");
    writeFileSync(file, JSON.stringify(fixtures));
    expect(await responsesOf({ fixtures: file }, jobs)).toEqual(expected);
    const [own] = await responsesOf({ fixtures: file, handlers: { "contact.getContact": () => ({ own: true }) } }, jobs);
    expect(own).toEqual({ own: true });
  });

  it("are checked when the emulator is made, naming the key or file at fault", () => {
    const dir = mkdtempSync(join(tmpdir(), "emulator-fixtures-"));
    writeFileSync(join(dir, "bad.json"), "{ nope");
    expect(() => createEmulator({ fixtures: join(dir, "bad.json") })).toThrow(/createEmulator: fixtures file '.*bad\.json' is not JSON/);
    expect(() => createEmulator({ fixtures: join(dir, "missing.json") })).toThrow(/createEmulator: cannot read fixtures file/);
    expect(() => createEmulator({ fixtures: { nodot: { response: {} } } })).toThrow("option 'fixtures': 'nodot' is not a 'namespace.action' key");
    expect(() => createEmulator({ fixtures: { "a.b": { response: [] } } as never })).toThrow("'a.b'.response must be a JSON object, not an array");
    expect(() => createEmulator({ fixtures: { "contact.getCustomFieldDefinition": { response: ["x"] } } as never })).toThrow(
      "'contact.getCustomFieldDefinition'.response must be a JSON object or an array of objects, not an array with an item that is not an object",
    );
    expect(() => createEmulator({ fixtures: { "a.b": { error: { message: "x" } } } as never })).toThrow("'a.b'.error must be an iVvy error envelope");
    expect(() => createEmulator({ fixtures: { "a.b": { response: {}, error: {} } } as never })).toThrow("'a.b' must be");
  });
});
