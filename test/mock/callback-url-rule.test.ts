// One callbackUrl rule (openapi.yaml, the x-decision on callbackUrl), one list of URLs through
// all four sides: the contract's schema, the client (before sending), the emulator and the
// Prism mock. A URL is accepted by all four or refused by all four.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkComponent } from "../../src/contract/validators.js";
import { DEMO_CREDENTIALS } from "../../src/emulator/options/demo-credentials.js";
import { type MockServer, startMock } from "../../src/mock/start-mock.js";
import { signRequest } from "../../src/signing/sign-request.js";
import { BASE, clientFor, closeAll, emulatorWith } from "../emulator/harness.js";

const URLS: [string, boolean][] = [
  ["https://example.com/callback", true],
  ["http://127.0.0.1:4011/ivvy/callback?token=a%20b#f", true],
  ["HTTP://example.com/callback", true],
  ["http://[::1]:8080/cb", true],
  ["http:example.com/callback", false],
  ["http://example.com/call back", false],
  ["http:///callback", false],
  ["https://example.com/caf\u00e9", false],
  ["https://example.com/%zz", false],
  ["ftp://example.com/callback", false],
  ["example.com/callback", false],
  ["", false],
];

const jobs = [{ namespace: "test", action: "ping", params: {} }];

describe("callbackUrl: one rule on every side", () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMock({ quiet: true });
  });
  afterAll(async () => {
    await mock?.close();
    await closeAll();
  });

  it.each(URLS)("%s: accepted %s by the contract, the client, the emulator and the mock", async (url, accepted) => {
    const contract = checkComponent("RunRequest", { jobs, callbackUrl: url }).valid;

    const emulator = emulatorWith({});
    const client = clientFor(emulator);
    const byClient = await client.run(jobs, { callbackUrl: url }).then(
      () => true,
      () => false,
    );
    // The emulator on its own, with the client's check out of the way: the raw body, signed.
    const body = JSON.stringify({ jobs, callbackUrl: url });
    const signed = (now: number) => ({ ...signRequest({ ...DEMO_CREDENTIALS, requestString: "/api/1.0/batch?action=run", body, now }) });
    const raw = await emulator.fetch(new Request(`${BASE}/api/1.0/batch?action=run`, { method: "POST", body, headers: signed(emulator.clock.now()) }));
    const byEmulator = raw.status === 200;
    const mocked = await fetch(`${mock.url}/api/1.0/batch?action=run`, { method: "POST", body, headers: signed(Date.now()) });
    const byMock = mocked.status === 200;
    expect({ contract, byClient, byEmulator, byMock }).toEqual({ contract: accepted, byClient: accepted, byEmulator: accepted, byMock: accepted });
    if (!accepted) expect(await raw.json()).toMatchObject({ specificCode: 23016 });
  });
});
