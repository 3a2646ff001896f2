// The emulator answers direct calls of every catalogued action (POST /api/1.0/{namespace}?action=…)
// as a job of that action: the same params check, the same answer, fitting the catalog's
// schema; and client.paginate reads every list action's collection whole, in order, once.
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { catalogParams } from "../../generated/catalog-actions.js";
import { catalogCollections } from "../../generated/catalog-collections.js";
import { checkActionResponse } from "../../src/catalog/check-action-response.js";
import { isCollectionAction } from "../../src/catalog/is-collection-action.js";
import { sampleFromSchema, seededRandom } from "../../src/emulator/jobs/sample-response.js";
import type { ObservedRequest } from "../../src/emulator/port/index.js";
import { createManualClock } from "../../src/util/clock.js";
import { BASE, clientFor, closeAll, emulatorWith } from "./harness.js";

afterEach(closeAll);

const ACTIONS = Object.keys(catalogParams).sort();
// The collections rule, the one the types of client.paginate follow: the catalog's x-ivvy.collection.
const LIST_ACTIONS = [...catalogCollections];
// Direct calls are typed; these tests go through every action by name.
type AnyCall = (namespace: string, action: string, params?: object, options?: object) => Promise<Record<string, unknown>>;
type AnyPaginate = (namespace: string, action: string, params?: object, options?: object) => AsyncGenerator<unknown>;

const catalog = parse(readFileSync(new URL("../../generated/catalog.yaml", import.meta.url), "utf8")) as {
  paths: Record<
    string,
    { post: { operationId: string; requestBody: { content: { "application/json": { schema: Record<string, unknown> & { required?: string[] } } } } } }
  >;
};
/** Params that fit each action's catalogued params schema, made up from it (seeded). */
const sampleParams = new Map(
  Object.values(catalog.paths).map(({ post }) => [post.operationId, sampleFromSchema(post.requestBody.content["application/json"].schema, seededRandom(3))]),
);
/** Only the params an action requires (venue.getSpaceHirePlanList needs venueId), made up as above. */
const requiredParams = new Map(
  Object.values(catalog.paths).map(({ post }) => {
    const required = post.requestBody.content["application/json"].schema.required ?? [];
    const sample = sampleParams.get(post.operationId) as Record<string, unknown>;
    return [post.operationId, Object.fromEntries(required.filter((name) => name !== "perPage" && name !== "start").map((name) => [name, sample[name]]))];
  }),
);

describe("direct calls of every catalogued action", () => {
  it("answer what a job of the action answers, and fit the catalog's schema", async () => {
    expect(ACTIONS.length).toBeGreaterThan(100);
    expect(sampleParams.size).toBe(ACTIONS.length);
    const clock = createManualClock(Date.parse("2026-01-01T00:00:00Z"));
    const emulator = emulatorWith({ clock, jobDelayMs: 0 });
    const client = clientFor(emulator);
    const call = client.call as unknown as AnyCall;
    const misfits: string[] = [];
    const differ: string[] = [];
    const direct = new Map<string, { status: number; body: unknown }>();
    for (const key of ACTIONS) {
      const [namespace, action] = key.split(".") as [string, string];
      const answer = await call(namespace, action, sampleParams.get(key) as object, { validateParams: false }).then(
        (body) => ({ status: 200, body }),
        (error: { status?: number; envelope?: unknown }) => ({ status: error.status ?? 0, body: error.envelope }),
      );
      direct.set(key, answer);
      if (answer.status === 200) {
        const violations = await checkActionResponse(namespace, action, answer.body);
        if (violations) misfits.push(`${key}: ${violations.join("; ")}`);
      } else if (answer.status !== 400) {
        misfits.push(`${key}: answered ${answer.status}`);
      }
    }
    expect(misfits).toEqual([]);
    const answered = [...direct.values()].filter((a) => a.status === 200).length;
    expect(answered, "most actions answer params made up from their schema").toBeGreaterThan(ACTIONS.length * 0.8);
    // The same calls as jobs of one batch per 200, on a fresh emulator (event.inviteContacts remembers who was invited).
    const batches = emulatorWith({ clock, jobDelayMs: 0 });
    const batchClient = clientFor(batches);
    for (let i = 0; i < ACTIONS.length; i += 200) {
      const keys = ACTIONS.slice(i, i + 200);
      const { asyncId } = await batchClient.run(
        keys.map((key) => ({ namespace: key.split(".")[0]!, action: key.split(".")[1]!, params: sampleParams.get(key) as Record<string, unknown> })),
      );
      let progress = 0;
      for (let round = 0; round < 500 && progress < 100; round++) {
        await clock.advanceAsync(100);
        ({ progress } = await batchClient.progress(asyncId));
      }
      expect(progress, "the batch of the same calls completes").toBe(100);
      const { results } = await batchClient.results(asyncId);
      keys.forEach((key, n) => {
        const job = results[n]!.response;
        const got = direct.get(key)!;
        const expected = got.status === 200 ? got.body : { ...(got.body as object) };
        if (JSON.stringify(job) !== JSON.stringify(expected)) differ.push(`${key}: job ${JSON.stringify(job)} direct ${JSON.stringify(got.body)}`);
      });
    }
    expect(differ).toEqual([]);
  }, 60_000);
});

describe("the request log of direct calls", () => {
  it("names a direct call's action as its operation, on the port and in onRequest, so a filter by operation finds it", async () => {
    const logged: (string | undefined)[] = [];
    const emulator = emulatorWith({ onRequest: (entry) => logged.push(entry.operation) });
    const observed: ObservedRequest[] = [];
    const stop = emulator.port.on((event) => event.type === "request" && observed.push(event.request), ["request"]);
    const client = clientFor(emulator);
    await client.call("event", "getEventList", { perPage: 1 });
    await client.call("event", "inviteContacts", { event: 1, contacts: [1] });
    await client.ping();
    const unknown = await emulator.fetch(new Request(`${BASE}/api/1.0/nowhere`, { method: "POST", body: "{}" }));
    expect(unknown.status).toBe(404);
    stop();
    expect(observed.map((r) => [r.path, r.operation])).toEqual([
      ["/api/1.0/event?action=getEventList", "event.getEventList"],
      ["/api/1.0/event?action=inviteContacts", "event.inviteContacts"],
      ["/api/1.0/test?action=ping", "ping"],
      ["/api/1.0/nowhere", undefined],
    ]);
    expect(logged).toEqual(["event.getEventList", "event.inviteContacts", "ping", undefined]);
    expect(observed.filter((r) => r.operation === "event.getEventList")).toHaveLength(1);
  });
});

describe("client.paginate", () => {
  const people = Array.from({ length: 7 }, (_, id) => ({ id: id + 1 }));
  const collection = (items: readonly unknown[]) => (params: Readonly<Record<string, unknown>>) => {
    const start = Number(params.start ?? 0);
    const perPage = Number(params.perPage ?? 100);
    const results = items.slice(start, start + perPage);
    return { meta: { totalResults: items.length, start, perPage, count: results.length }, results };
  };

  it("reads a collection whole, in order, once, with perPage and start (default perPage 100)", async () => {
    const seen: Record<string, unknown>[] = [];
    const emulator = emulatorWith({
      handlers: {
        "venue.getVenueList": (params) => {
          seen.push({ ...params });
          return collection(people)(params);
        },
      },
    });
    const client = clientFor(emulator);
    const items: unknown[] = [];
    for await (const venue of client.paginate("venue", "getVenueList", { perPage: 3 })) items.push(venue);
    expect(items).toEqual(people);
    expect(seen).toEqual([
      { perPage: 3, start: 0 },
      { perPage: 3, start: 3 },
      { perPage: 3, start: 6 },
    ]);
    seen.length = 0;
    const all: unknown[] = [];
    for await (const venue of client.paginate("venue", "getVenueList")) all.push(venue);
    expect(all).toEqual(people);
    expect(seen).toEqual([{ perPage: 100, start: 0 }]);
  });

  it("ends in an IvvyResponseError at maxPages when the server ignores start, and on an answer that is not a collection", async () => {
    const stuck = () => ({ meta: { totalResults: 100, start: 0, perPage: 2, count: 2 }, results: people.slice(0, 2) });
    const client = clientFor(emulatorWith({ handlers: { "venue.getVenueList": stuck } }));
    const items: unknown[] = [];
    const error = await (async () => {
      for await (const venue of client.paginate("venue", "getVenueList", { perPage: 2 }, { maxPages: 5 })) items.push(venue);
    })().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "IvvyResponseError", problem: "schema" });
    expect(String((error as Error).message)).toMatch(/maxPages \(5\)/);
    expect(items).toHaveLength(10);
    const flat = clientFor(emulatorWith({ handlers: { "venue.getVenueList": () => ({ venues: [] }) } }));
    await expect(flat.paginate("venue", "getVenueList").next()).rejects.toMatchObject({
      name: "IvvyResponseError",
      violations: [expect.stringMatching(/totalResults/)],
    });
  });

  it("honours the signal between pages", async () => {
    const abort = new AbortController();
    const client = clientFor(emulatorWith({ handlers: { "venue.getVenueList": collection(people) } }));
    const items: unknown[] = [];
    const error = await (async () => {
      for await (const venue of client.paginate("venue", "getVenueList", { perPage: 2 }, { signal: abort.signal })) {
        items.push(venue);
        if (items.length === 3) abort.abort(new Error("enough"));
      }
    })().catch((e: unknown) => e);
    expect(error).toEqual(new Error("enough"));
    expect(items).toHaveLength(4);
  });

  it("pages every collection of the catalog, and no other action", () => {
    expect(LIST_ACTIONS.length).toBeGreaterThan(60);
    // contact.getContact takes perPage and start, but its page answers one contact (docs/catalog.md, Collections).
    expect(LIST_ACTIONS).not.toContain("contact.getContact");
    expect(LIST_ACTIONS.every((key) => isCollectionAction(...(key.split(".") as [string, string])))).toBe(true);
    expect(ACTIONS.filter((key) => isCollectionAction(...(key.split(".") as [string, string])))).toEqual(LIST_ACTIONS);
    expect([isCollectionAction("contact", "getContact"), isCollectionAction("demo", "echo")]).toEqual([false, undefined]);
    expect(LIST_ACTIONS).toEqual(expect.arrayContaining(["venue.getBookingReleaseSchedule", "venue.getFunctionSpaceCategoryList", "venue.getRoomRateList"]));
  });

  describe.each(LIST_ACTIONS)("%s against the emulator's own collection", (key) => {
    const [namespace, action] = key.split(".") as [string, string];
    it("every item once, in order, meta consistent across pages", async () => {
      const client = clientFor(emulatorWith());
      const call = client.call as unknown as AnyCall;
      const paginate = client.paginate as unknown as AnyPaginate;
      const params = requiredParams.get(key)!;
      const whole = await call(namespace, action, { ...params, perPage: 100, start: 0 });
      const total = (whole.meta as { totalResults: number }).totalResults;
      // The emulator's collections hold at most 50 items (the docs' example items, or a made-up collection of 5 to 50).
      expect(total).toBeGreaterThan(0);
      expect(total).toBeLessThanOrEqual(100);
      expect(whole.results).toHaveLength(total);
      for (let start = 0; start < total; start += 2) {
        const page = await call(namespace, action, { ...params, perPage: 2, start });
        const count = Math.min(2, total - start);
        expect(page.meta, `the page at ${start}`).toEqual({ totalResults: total, start, perPage: 2, count });
        expect(page.results).toEqual((whole.results as unknown[]).slice(start, start + count));
      }
      const items: unknown[] = [];
      for await (const item of paginate(namespace, action, { ...params, perPage: 2 })) items.push(item);
      expect(items).toEqual(whole.results);
    });
  });
});
