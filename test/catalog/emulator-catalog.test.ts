// The emulator speaks every catalogued action: params checked as iVvy checks them, each
// job's error as that job's response, and a response that fits the action's schema.

import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { catalogResponses } from "../../generated/catalog-responses.js";
import { checkJobParams } from "../../src/catalog/check-job-params.js";
import { createBatchClient } from "../../src/client/create-batch-client.js";
import type { Job } from "../../src/contract/types.js";
import type { EmulatorOptions } from "../../src/emulator/index.js";
import { makeUpAnswer } from "../../src/emulator/jobs/made-up-answer.js";
import { DEFAULT_PER_PAGE, isCollectionSchema } from "../../src/emulator/jobs/page-collection.js";
import { sampleFromSchema, seededRandom } from "../../src/emulator/jobs/sample-response.js";
import { DEMO_CREDENTIALS } from "../../src/emulator/options/demo-credentials.js";
import { BASE, clientFor, closeAll, emulatorWith } from "../emulator/harness.js";

afterEach(closeAll);

const catalog = parse(readFileSync(new URL("../../generated/catalog.yaml", import.meta.url), "utf8")) as {
  paths: Record<string, { post: { operationId: string; requestBody: { content: { "application/json": { schema: Record<string, unknown> } } } } }>;
};
const operations = Object.values(catalog.paths).map((p) => p.post);

async function responsesOf(options: EmulatorOptions, jobs: Job[], clientChecks = false) {
  const emulator = emulatorWith(options);
  const client = clientChecks
    ? createBatchClient({ ...DEMO_CREDENTIALS, baseUrl: BASE, fetch: emulator.fetch, checkJobs: checkJobParams })
    : clientFor(emulator);
  const { asyncId } = await client.run(jobs);
  await emulator.idle();
  return (await client.results(asyncId)).results.map((r) => r.response);
}

const note = (params: Record<string, unknown>): Job => ({ namespace: "venue", action: "addOrUpdateBookingNote", params });

describe("params are checked as iVvy checks them", () => {
  it("answers 23017 for the first missing required parameter and 23016 for one that does not validate; the batch goes on", async () => {
    const responses = await responsesOf({}, [
      note({ bookingId: 2, description: "x" }),
      note({ venueId: 1, bookingId: "two", description: "x" }),
      note({ venueId: 1, bookingId: 2, description: "x", typeId: 1 }),
      note({ venueId: "1", bookingId: 2, description: "x", unknownButIgnored: true }),
    ]);
    expect(responses[0]).toEqual({ errorCode: 400, message: "'venueId' is required", specificCode: 23017 });
    expect(responses[1]).toEqual({
      errorCode: 400,
      message: "'bookingId' does not validate",
      specificCode: 23016,
      additionalMessages: ["Value must be a whole number"],
    });
    expect(responses[2]).toMatchObject({
      message: "'typeId' does not validate",
      specificCode: 23016,
      additionalMessages: [expect.stringMatching(/^Value must be one of: 3, 8/)],
    });
    // A numeric string, as iVvy's own examples send, and a parameter the page does not list: accepted.
    expect(responses[3]).not.toHaveProperty("errorCode");
  });

  it("reports the problems in the order the page lists the parameters", async () => {
    const [first] = await responsesOf({}, [note({ description: 5 })]);
    expect(first).toMatchObject({ message: "'venueId' is required", specificCode: 23017 });
  });

  it("the built-in inviteContacts is checked against the catalog first", async () => {
    const [missing, wrong] = await responsesOf({}, [
      { namespace: "event", action: "inviteContacts", params: { contacts: [1] } },
      { namespace: "event", action: "inviteContacts", params: { event: 1, contacts: [1, "x"] } },
    ]);
    expect(missing).toEqual({ errorCode: 400, message: "'event' is required", specificCode: 23017 });
    expect(wrong).toEqual({
      errorCode: 400,
      message: "'contacts' does not validate",
      specificCode: 23016,
      additionalMessages: ["[1]: Value must be a whole number"],
    });
  });
});

describe("list actions answer collections, paged", () => {
  const list = (params: Record<string, unknown>): Job => ({ namespace: "contact", action: "getCompanyList", params });
  const costCenters = (params: Record<string, unknown>): Job => ({ namespace: "account", action: "getCostCenterList", params });

  it("a made-up collection honours start and perPage, with a meta that agrees, and is one collection across pages", async () => {
    const [all, first, second, past] = (await responsesOf({}, [
      list({ perPage: 1000 }),
      list({ perPage: 3 }),
      list({ start: 3, perPage: 3 }),
      list({ start: 1000 }),
    ])) as {
      meta: { totalResults: number; start: number; perPage: number; count: number };
      results: Record<string, unknown>[];
    }[];
    const total = all!.meta.totalResults;
    expect(total).toBeGreaterThan(5);
    expect(all!.meta).toEqual({ totalResults: total, start: 0, perPage: 1000, count: total });
    expect(all!.results).toHaveLength(total);
    expect(first!.meta).toEqual({ totalResults: total, start: 0, perPage: 3, count: 3 });
    expect(second!.meta).toEqual({ totalResults: total, start: 3, perPage: 3, count: 3 });
    expect([...first!.results, ...second!.results]).toEqual(all!.results.slice(0, 6));
    expect(past).toEqual({ meta: { totalResults: total, start: 1000, perPage: DEFAULT_PER_PAGE, count: 0 }, results: [] });
  });

  it("a page whose example is a collection pages the example's items", async () => {
    const [firstOnly, both] = await responsesOf({}, [costCenters({ perPage: 1 }), costCenters({})]);
    const example = catalogResponses["account.getCostCenterList"]!.example as { results: unknown[] };
    expect(firstOnly).toEqual({ meta: { totalResults: 2, start: 0, perPage: 1, count: 1 }, results: [example.results[0]] });
    expect(both).toEqual({ meta: { totalResults: 2, start: 0, perPage: DEFAULT_PER_PAGE, count: 2 }, results: example.results });
  });

  it("every list action of the catalog is typed as a collection", () => {
    const lists = operations.filter((op) => op.operationId.endsWith("List"));
    expect(lists.length).toBeGreaterThan(60);
    for (const op of lists) expect(isCollectionSchema(catalogResponses[op.operationId]!.schema), op.operationId).toBe(true);
  });
});

describe("every catalogued action answers", () => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  const jobs: Job[] = operations.map((op) => {
    const [namespace, action] = op.operationId.split(".") as [string, string];
    const params = sampleFromSchema(op.requestBody.content["application/json"].schema, seededRandom(7)) as Record<string, unknown>;
    return { namespace, action, params };
  });

  it(`all ${operations.length} with a response that validates against its schema (the docs' example where it parses)`, async () => {
    // The client's own check passes the made-up params too: they fit the same schemas.
    const responses = [...(await responsesOf({}, jobs.slice(0, 100), true)), ...(await responsesOf({}, jobs.slice(100), true))];
    expect(responses).toHaveLength(operations.length);
    const failures: string[] = [];
    responses.forEach((response, i) => {
      const key = `${jobs[i]!.namespace}.${jobs[i]!.action}`;
      const { schema, example } = catalogResponses[key]!;
      const validate = ajv.compile(schema);
      if ("errorCode" in (response as object)) failures.push(`${key}: ${JSON.stringify(response)}`);
      else if (!validate(response)) failures.push(`${key}: ${ajv.errorsText(validate.errors)}`);
      // inviteContacts is the emulator's stateful built-in; every other action with an example answers it.
      if (example === undefined || key === "event.inviteContacts") return;
      // A list action answers the page its `start` and `perPage` ask for, of the example's items.
      const shown = (example as { results?: unknown[] }).results;
      if (isCollectionSchema(schema) && shown?.length) {
        const { start = 0, perPage = DEFAULT_PER_PAGE } = jobs[i]!.params as { start?: number; perPage?: number };
        expect((response as { results: unknown[] }).results, key).toEqual(shown.slice(start, start + perPage));
      } else expect(response, key).toEqual(example);
    });
    expect(failures).toEqual([]);
  });

  it("made-up answers are deterministic for a seed, and differ between seeds", async () => {
    // Every action whose page has a parseable example answers it; the others make one up.
    // (Without the made-up `start`, past a made-up collection's end: every answer shows items.)
    const madeUp = jobs
      .filter((j) => catalogResponses[`${j.namespace}.${j.action}`]!.example === undefined)
      .map(({ params: { start: _start, ...params }, ...job }) => ({ ...job, params }));
    expect(madeUp.length).toBeGreaterThan(10);
    const one = await responsesOf({ catalog: { seed: 1 } }, madeUp);
    expect(await responsesOf({ catalog: { seed: 1 } }, madeUp)).toEqual(one);
    const two = await responsesOf({ catalog: { seed: 2 } }, madeUp);
    // A bare `{ type: object }` (a page that shows nothing of its answer) is `{}` for every seed.
    for (const [i, job] of madeUp.entries()) if (Object.keys(one[i] as object).length) expect(two[i], `${job.namespace}.${job.action}`).not.toEqual(one[i]);
    // What the emulator answers is what the generator makes of the action's schema.
    for (const [i, job] of madeUp.entries()) {
      const { schema } = catalogResponses[`${job.namespace}.${job.action}`]!;
      expect(nullsWhereTyped(schema, one[i]), `${job.namespace}.${job.action}`).toEqual([]);
    }
  });

  it("for every catalogued action, a made-up answer fits its schema, holds no null where the schema has a type, and looks like iVvy's", () => {
    const failures: string[] = [];
    for (const [key, { schema }] of Object.entries(catalogResponses)) {
      for (const seed of [0, 1, 99]) {
        const answer = makeUpAnswer(schema, seed);
        const validate = ajv.compile(schema);
        if (!validate(answer)) failures.push(`${key} (seed ${seed}): ${ajv.errorsText(validate.errors)}`);
        failures.push(...nullsWhereTyped(schema, answer).map((at) => `${key} (seed ${seed}): null at ${at}`));
        expect(makeUpAnswer(schema, seed), key).toEqual(answer);
      }
    }
    expect(failures).toEqual([]);
    // Values as iVvy's docs show them: getUserList's items (a Returns table typed from its page).
    const user = (makeUpAnswer(catalogResponses["account.getUserList"]!.schema, 5) as { results: Record<string, unknown>[] }).results[0]!;
    expect(user.createdDate).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(user.email).toMatch(/^[a-z]+\d+@example\.com$/);
    expect([1, 2]).toContain(user.currentStatus);
    expect(user.id).toBeGreaterThan(0);
    expect(Number.isInteger(user.id)).toBe(true);
    expect(typeof user.firstName === "string" && user.firstName.length > 0).toBe(true);
    const event = (makeUpAnswer(catalogResponses["event.getEventList"]!.schema, 5) as { results: Record<string, unknown>[] }).results[0]!;
    expect(event.websiteUrl).toMatch(/^https:\/\/example\.com\//);
    expect(event.startDateTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  });
});

/** Where a value holds null although its schema gives a type there (paths like `/results/0/id`). */
function nullsWhereTyped(schema: Record<string, unknown>, value: unknown, at = ""): string[] {
  if (value === null) return schema.type === undefined ? [] : [at || "/"];
  if (Array.isArray(value)) {
    const items = (schema.items ?? {}) as Record<string, unknown>;
    return value.flatMap((v, i) => nullsWhereTyped(items, v, `${at}/${i}`));
  }
  if (typeof value === "object") {
    const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => nullsWhereTyped(properties[k] ?? {}, v, `${at}/${k}`));
  }
  return [];
}

describe("precedence", () => {
  it("the user's handlers and fixtures still win, unchecked; catalog: false turns the catalog off", async () => {
    const [handled, fixed] = await responsesOf(
      {
        handlers: { "venue.addOrUpdateBookingNote": (params) => ({ mine: params }) },
        fixtures: { "contact.getContact": { response: { id: 42 } } },
      },
      [note({}), { namespace: "contact", action: "getContact", params: { id: "not a number" } }],
    );
    expect(handled).toEqual({ mine: {} });
    expect(fixed).toEqual({ id: 42 });
    const [off] = await responsesOf({ catalog: false }, [note({})]);
    expect(off).toMatchObject({ errorCode: 404, additionalMessages: [expect.stringContaining("'venue.addOrUpdateBookingNote'")] });
  });

  it("a bad catalog option fails createEmulator with its name", () => {
    expect(() => emulatorWith({ catalog: { seed: 1.5 } })).toThrow(/option 'catalog\.seed' must be an integer/);
    expect(() => emulatorWith({ catalog: { sed: 1 } as never })).toThrow(/unknown option 'catalog\.sed' \(did you mean 'catalog\.seed'\?\)/);
  });
});
