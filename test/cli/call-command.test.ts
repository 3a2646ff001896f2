// `ivvy-batch call <namespace>.<action>` as users run it (the built CLI as a process) against
// an emulator on a free port: the answer, the catalog's params check, --all as JSON lines.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmulator, type Emulator } from "../../src/emulator/create-emulator.js";
import { cli, freshDir, writeJson } from "./cli-harness.js";

const venues = Array.from({ length: 5 }, (_, n) => ({ id: n + 1, name: `Venue ${n + 1}` }));
let emulator: Emulator;
let baseUrl: string;

beforeAll(async () => {
  emulator = createEmulator({
    handlers: {
      "venue.getVenueList": (params) => {
        const start = Number(params.start ?? 0);
        const perPage = Number(params.perPage ?? 100);
        const results = venues.slice(start, start + perPage);
        return { meta: { totalResults: venues.length, start, perPage, count: results.length }, results };
      },
    },
  });
  baseUrl = (await emulator.listen({ port: 0 })).url;
});
afterAll(() => emulator.close());

describe("ivvy-batch call", () => {
  it("prints the answer; --json on one line; --params-file", async () => {
    const pretty = await cli(["call", "venue.getVenueList", "--base-url", baseUrl, "--params", '{"perPage": 2}']);
    expect(pretty.code, pretty.stderr).toBe(0);
    expect(JSON.parse(pretty.stdout)).toEqual({ meta: { totalResults: 5, start: 0, perPage: 2, count: 2 }, results: venues.slice(0, 2) });
    expect(pretty.stdout.split("\n").length).toBeGreaterThan(3);
    const file = writeJson(freshDir(), "params.json", { perPage: 1, start: 4 });
    const json = await cli(["call", "venue.getVenueList", "--base-url", baseUrl, "--params-file", file, "--json"]);
    expect(json.stdout).toBe(`${JSON.stringify({ meta: { totalResults: 5, start: 4, perPage: 1, count: 1 }, results: [venues[4]] })}\n`);
  });

  it("--all pages through the collection as JSON lines", async () => {
    const all = await cli(["call", "venue.getVenueList", "--base-url", baseUrl, "--params", '{"perPage": 2}', "--all"]);
    expect(all.code, all.stderr).toBe(0);
    expect(
      all.stdout
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line)),
    ).toEqual(venues);
    // The catalog's one rule: contact.getContact takes perPage and start but answers one contact.
    const single = await cli(["call", "contact.getContact", "--base-url", baseUrl, "--params", '{"id": 1}', "--all"]);
    expect(single.code).toBe(2);
    expect(single.stderr).toMatch(/contact\.getContact does not answer a collection/);
  });

  it("--emulator calls an embedded emulator: no account, no server; nothing configured is exit 2 naming --emulator", async () => {
    const all = await cli(["call", "event.getEventList", "--emulator", "--params", '{"perPage": 7}', "--all"]);
    expect(all.code, all.stderr).toBe(0);
    expect(all.stderr).toMatch(/^--emulator: calling an embedded emulator at http:\/\/127\.0\.0\.1:\d+; nothing reaches iVvy\.$/m);
    const items = all.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { id: number });
    // The emulator's seeded collection, every item once.
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    const none = await cli(["call", "event.getEventList"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/or --emulator to run against an embedded emulator/);
    const both = await cli(["call", "event.getEventList", "--emulator", "--base-url", baseUrl]);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--emulator .* cannot be combined with --base-url/);
  });

  it("checks params against the catalog before sending (exit 2), and reports iVvy's errors (exit 3)", async () => {
    const bad = await cli(["call", "event.inviteContacts", "--base-url", baseUrl, "--params", '{"event": "x", "contacts": [1]}']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/'event' does not validate \[specific code 23016\]/);
    const sent = await cli(["call", "event.inviteContacts", "--base-url", baseUrl, "--params", '{"event": "x", "contacts": [1]}', "--no-validate-params"]);
    expect(sent.code).toBe(3);
    expect(sent.stderr).toMatch(/23016/);
    expect((await cli(["call", "event", "--base-url", baseUrl])).code).toBe(2);
    expect((await cli(["call", "venue.getVenueList", "--base-url", baseUrl, "--params", "[1]"])).code).toBe(2);
  });
});
