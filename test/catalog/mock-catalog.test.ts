// The Prism mock with the catalog: every catalogued action at its real URL, the batch
// actions still from openapi.yaml.

import { readFileSync } from "node:fs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { parse } from "yaml";
import { checkJobParams } from "../../src/catalog/check-job-params.js";
import { job } from "../../src/catalog/job.js";
import { createBatchClient } from "../../src/client/create-batch-client.js";
import { sampleFromSchema, seededRandom } from "../../src/emulator/jobs/sample-response.js";
import { DEMO_CREDENTIALS } from "../../src/emulator/options/demo-credentials.js";
import { type MockServer, startMock } from "../../src/mock/start-mock.js";
import { isProcessAlive, waitForProcessExit } from "../helpers/process-alive.js";

const HEADERS = { "content-type": "application/json", "x-api-authorization": "IWS test-key:0000" };
const catalog = parse(readFileSync(new URL("../../generated/catalog.yaml", import.meta.url), "utf8")) as {
  paths: Record<
    string,
    {
      post: {
        requestBody: { content: { "application/json": { schema: Record<string, unknown> } } };
        responses: { "200": { content: { "application/json": { example?: unknown } } } };
      };
    }
  >;
};

let mock: MockServer;
beforeAll(async () => {
  mock = await startMock({ catalog: true, quiet: true });
}, 60_000);
afterAll(() => mock?.close());

it("serves every catalogued action at its real URL, with the docs' example where there is one", async () => {
  const paths = Object.keys(catalog.paths);
  let withExample = 0;
  for (const path of paths) {
    const params = sampleFromSchema(catalog.paths[path]!.post.requestBody.content["application/json"].schema, seededRandom(3));
    const response = await fetch(mock.url + path, { method: "POST", headers: HEADERS, body: JSON.stringify(params) });
    expect(response.status, path).toBe(200);
    const body = (await response.json()) as unknown;
    const example = catalog.paths[path]!.post.responses["200"].content["application/json"].example;
    if (example !== undefined) {
      withExample++;
      expect(body, path).toEqual(example);
    }
  }
  expect(paths.length).toBe(149);
  expect(withExample).toBeGreaterThan(100);
});

it("checks request bodies against the catalog, as Prism does for the contract", async () => {
  const bad = await fetch(`${mock.url}/api/1.0/event?action=inviteContacts`, {
    method: "POST",
    headers: HEADERS,
    body: JSON.stringify({ event: 1, contacts: "1,2" }),
  });
  expect(bad.status).toBe(400);
  expect(bad.headers.get("sl-violations")).toMatch(/contacts/);
});

it("still serves the batch actions from openapi.yaml, to a client checking typed jobs", async () => {
  const client = createBatchClient({ ...DEMO_CREDENTIALS, baseUrl: mock.url, checkJobs: checkJobParams });
  const { asyncId } = await client.run([job("event", "inviteContacts", { event: 1, contacts: [1, 2] })]);
  expect(asyncId).toMatch(/^[0-9a-f]{32}$/);
  // An action the catalog does not know is not routed anywhere it could match.
  const unknown = await fetch(`${mock.url}/api/1.0/event?action=noSuchAction`, { method: "POST", headers: HEADERS, body: "{}" });
  expect(unknown.status).toBe(404);
});

it("answers client.call and client.paginate, signed as for iVvy, with the docs' examples", async () => {
  const client = createBatchClient({ ...DEMO_CREDENTIALS, baseUrl: mock.url, checkJobs: checkJobParams });
  const venue = await client.call("venue", "getVenue", { id: 1 });
  expect(venue).toEqual(catalog.paths["/api/1.0/venue?action=getVenue"]!.post.responses["200"].content["application/json"].example);
  // The example collection of getBookingAttendeeList is whole (totalResults 2, count 2): one page.
  const attendees: unknown[] = [];
  for await (const attendee of client.paginate("venue", "getBookingAttendeeList", { bookingId: 1 })) attendees.push(attendee);
  expect(attendees).toHaveLength(2);
  // Prism checks the params against the catalog too: 400 with its violations, read as an IvvyApiError.
  // biome-ignore lint/suspicious/noExplicitAny: the check under test is the server's, past the types
  await expect(client.call("event", "inviteContacts", { event: 1, contacts: "1,2" } as any, { validateParams: false })).rejects.toMatchObject({
    name: "IvvyApiError",
    status: 400,
  });
});

it("close() stops both Prism processes", async () => {
  const pids = [mock.prism.pid, mock.catalogPrism!.pid];
  await mock.close();
  for (const pid of pids) {
    await waitForProcessExit(pid);
    expect(isProcessAlive(pid)).toBe(false);
  }
});
