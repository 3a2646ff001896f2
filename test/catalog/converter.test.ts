// The converter on pages written for these tests, in both formats (test/catalog/fixtures/docs).
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { coverage } from "../../scripts/catalog/coverage.js";
import { takesLinked } from "../../scripts/catalog/parse-page.js";

const run = promisify(execFile);
const fixtures = new URL("./fixtures/", import.meta.url).pathname;
const convert = (args: string[]) => run(process.execPath, ["--import", "tsx", "scripts/catalog/convert.ts", ...args]);

// biome-ignore lint/suspicious/noExplicitAny: the converter's output read as plain YAML, its paths asserted by each test
type Loose = any;

type Operation = {
  operationId: string;
  requestBody: { required: boolean; content: { "application/json": { schema: Loose; example?: unknown } } };
  responses: Record<string, { content: { "application/json": { schema: Loose; example?: unknown } } }>;
  "x-specific-codes"?: number[];
  "x-ivvy": Loose;
};

let dir: string;
let doc: { paths: Record<string, { post: Operation }> };
const op = (ns: string, action: string) => doc.paths[`/api/1.0/${ns}?action=${action}`]!.post;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "catalog-"));
  await convert(["--docs", `${fixtures}docs`, "--overrides", `${fixtures}overrides.yaml`, "--out", `${dir}/catalog.yaml`]);
  doc = parse(await readFile(`${dir}/catalog.yaml`, "utf8"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("the swagger format", () => {
  it("reads each parameter's type as spelled, required markers, enum links and pagination", () => {
    const schema = op("thing", "addThing").requestBody.content["application/json"].schema;
    expect(schema.properties).toEqual({
      id: { type: "integer" },
      flag: { type: "boolean" },
      when: { type: "string" },
      kind: { type: "integer", enum: [1, 2] },
      tags: { type: "array", items: { type: "integer" } },
      note: { type: "string", nullable: true },
      shape: {},
      perPage: { type: "integer" },
      start: { type: "integer" },
    });
    expect(schema.required).toEqual(["id"]);
    expect(op("thing", "addThing").requestBody.required).toBe(true);
  });

  it("keeps the parsed examples (a trailing comma repaired), the response shape and the specific codes", () => {
    const o = op("thing", "addThing");
    expect(o.requestBody.content["application/json"].example).toEqual({ id: 7, kind: 2, tags: [1, 2] });
    const response = o.responses["200"]!.content["application/json"];
    expect(response.schema.properties.parts.items.properties).toEqual({ name: { type: "string" }, size: { type: "number" }, extra: {} });
    expect(response.example).toMatchObject({ success: true, id: 7 });
    expect(o["x-specific-codes"]).toEqual([29001, 29002]);
    expect(o["x-ivvy"]).toMatchObject({ untyped: ["shape"], overrides: ["tags"], response: "example", requestExample: "valid" });
  });
});

describe("pagination and filter links", () => {
  it("give perPage, start and filter, unless the page says the call does not accept them", () => {
    const takes =
      "The result from this call will be a [collection](../collections.md) of all the spaces. This call also accepts the [pagination](../pagination.md) and [filter](../filtering.md) properties.";
    // venues/venuedata/get-room-rate-list.md, word for word
    const refuses =
      "The result from this call will be a [collection](../../getting-started/interpreting-the-response/collections.md) of all the room rates the user has access to.  it does not accept [pagination](../../getting-started/interpreting-the-response/pagination.md) or [filter](../../getting-started/interpreting-the-response/filtering.md) properties.";
    expect([takesLinked(takes, "pagination.md"), takesLinked(takes, "filtering.md")]).toEqual([true, true]);
    expect([takesLinked(refuses, "pagination.md"), takesLinked(refuses, "filtering.md")]).toEqual([false, false]);
    expect(takesLinked(`${refuses}\n\nIt pages as [pagination](../pagination.md) says.`, "pagination.md")).toBe(true);
    expect(takesLinked("No links here.", "pagination.md")).toBe(false);
  });
});

describe("the api-method format with property tables", () => {
  it("reads the request from the table: nested objects and string enums by link, conditional requirements", () => {
    const o = op("thing", "updateWidget");
    const schema = o.requestBody.content["application/json"].schema;
    expect(schema.properties.colour).toEqual({ type: "string", enum: ["red", "green"] });
    expect(schema.properties.parts).toEqual({
      type: "array",
      items: { type: "object", properties: { name: { type: "string" }, count: { type: "integer" } }, required: ["name"] },
    });
    expect(schema.required).toEqual(["widgetId"]);
    // "required on add, optional on update" is known (not always required); an empty cell is not.
    expect(o["x-ivvy"].requiredKnown).toEqual(["widgetId", "colour", "parts", "label"]);
  });

  it("leaves out examples that are not JSON or break the page's own schema", () => {
    const o = op("thing", "updateWidget");
    expect(o.requestBody.content["application/json"].example).toBeUndefined();
    expect(o["x-ivvy"].requestExample).toBe("invalid");
    expect(o["x-ivvy"].requestExampleProblem).toMatch(/colour/);
    // The 200 example is not JSON (`=>`): the Returns table gives the names, typed from what
    // the page gives: the value its example still shows (success), the same name's type in
    // every other example of the docs (id: add-thing.md), the Type column (total), a
    // description of a date (an iVvy timestamp); nothing types `note`.
    expect(o.responses["200"]!.content["application/json"]).toEqual({
      schema: {
        type: "object",
        properties: {
          success: { type: "boolean" },
          id: { type: "number" },
          total: { type: "integer" },
          createdDate: { type: "string", "x-ivvy-format": "timestamp" },
          note: {},
        },
      },
    });
    expect(o["x-ivvy"].returnsTyped).toEqual(["success", "id", "total", "createdDate"]);
  });

  it("counts coverage from what the converter recorded", () => {
    const c = coverage(doc as never, 1);
    expect(c).toMatchObject({ actions: 4, params: 15, paramsTyped: 14, paramsRequiredKnown: 9, responsesTyped: 2, responsesFromReturnsTable: 2 });
  });
});

describe("answers that are a top-level array", () => {
  // contact/add-contacts-to-subscription-group.md answers `[{"contactId":4,"status":true}, ...]`;
  // get-custom-field-definition.md shows no example, only "An array of objects with the following properties".
  it("read an array example of objects as the response schema, and keep the example", () => {
    const o = op("thing", "addThingsToGroup");
    expect(o.responses["200"]!.content["application/json"]).toEqual({
      schema: { type: "array", items: { type: "object", properties: { thingId: { type: "number" }, status: { type: "boolean" } } } },
      example: [
        { thingId: 4, status: true },
        { thingId: 6, status: false },
      ],
    });
    expect(o["x-ivvy"].response).toBe("example");
  });

  it("wrap the Returns table's object in an array when the section says 'An array of objects'", () => {
    const o = op("thing", "getThingFields");
    expect(o.responses["200"]!.content["application/json"]).toEqual({
      schema: { type: "array", items: { type: "object", properties: { fieldId: {}, fieldDate: { type: "string", "x-ivvy-format": "timestamp" } } } },
    });
    expect(o["x-ivvy"]).toMatchObject({ response: "returns-table", returnsTyped: ["fieldDate"] });
    // A Returns table with no such sentence stays an object (update-widget.md).
    expect(op("thing", "updateWidget").responses["200"]!.content["application/json"].schema.type).toBe("object");
  });
});

describe("overrides", () => {
  it("fail the run when one matches nothing, so the file stays minimal", async () => {
    const stale = `${dir}/stale.yaml`;
    await writeFile(stale, "params:\n  thing.addThing:\n    gone:\n      required: true\n      reason: test\n");
    await expect(convert(["--docs", `${fixtures}docs`, "--overrides", stale, "--out", `${dir}/x.yaml`])).rejects.toMatchObject({
      stderr: expect.stringMatching(/has no such parameter/),
    });
  });

  it("need a one-line reason", async () => {
    const bare = `${dir}/bare.yaml`;
    await writeFile(bare, "params:\n  thing.addThing:\n    tags:\n      required: true\n");
    await expect(convert(["--docs", `${fixtures}docs`, "--overrides", bare, "--out", `${dir}/x.yaml`])).rejects.toMatchObject({
      stderr: expect.stringMatching(/needs a one-line reason/),
    });
  });

  it("--check fails when the file differs from what the pages give", async () => {
    await writeFile(`${dir}/drifted.yaml`, "openapi: 3.0.3\n");
    await expect(
      convert(["--docs", `${fixtures}docs`, "--overrides", `${fixtures}overrides.yaml`, "--out", `${dir}/drifted.yaml`, "--check"]),
    ).rejects.toMatchObject({ stderr: expect.stringMatching(/does not match the docs/) });
    await convert(["--docs", `${fixtures}docs`, "--overrides", `${fixtures}overrides.yaml`, "--out", `${dir}/catalog.yaml`, "--check"]);
  });
});
