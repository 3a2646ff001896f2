// Dredd against the Prism mock serving openapi.yaml with --errors: the contract is
// self-consistent (its examples, statuses and content types agree with its schemas) and
// the hooks can exercise every documented status of every operation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockServer, startMock } from "../src/mock/start-mock.js";
import { type ProviderRun, runProvider } from "./run-provider.js";
import { fullCoverageTests } from "./support/coverage.js";

let mock: MockServer;
let run: ProviderRun;

beforeAll(async () => {
  mock = await startMock({ errors: true, quiet: true });
  run = await runProvider({ baseUrl: mock.url, apiKey: "contract-key", apiSecret: "contract-secret", kind: "prism" });
}, 90_000);

afterAll(async () => {
  await mock?.close();
});

describe("Dredd + hooks against the Prism mock", () => {
  fullCoverageTests(() => run);

  it("got each status from a really wrong request where Prism can judge one, and asked with Prefer only where it cannot", () => {
    const how = (name: string) => run.transactions.find((t) => `${t.operation} ${t.status}` === name)?.note ?? "";
    expect(how("progress 400")).toMatch(/not a 32-hex batch id/);
    expect(how("run 401")).toMatch(/no X-Api-Authorization header/);
    expect(how("ping 415")).toMatch(/text\/plain/);
    for (const status of [404, 413, 429, 500]) expect(how(`results ${status}`)).toMatch(new RegExp(`Prefer: code=${status}`));
  });

  it("checked the callback Prism fired for the run against BatchCallback", () => {
    const runOk = run.transactions.find((t) => t.operation === "run" && t.status === 200);
    expect(runOk?.note).toMatch(/callback is checked/);
    expect(runOk?.violations).toEqual([]);
  });
});
