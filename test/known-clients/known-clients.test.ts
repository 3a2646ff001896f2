// The known-clients conformance suite: byte-exact replicas of every request
// iVvy's own SDKs make, sent over a socket to the emulator and to the Prism mock, and
// checked by verifyRequest. What they expect back is checked too: the .NET SDK reads
// ping as {ack: DateTime}, progress as a float, results and callbacks as
// {asyncId, results: [{namespace, action, request, response}]}.
import { createHash, createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkComponent, checkResponse } from "../../src/contract/validators.js";
import { createEmulator, type Emulator } from "../../src/emulator/create-emulator.js";
import { DEMO_CREDENTIALS } from "../../src/emulator/options/demo-credentials.js";
import { type MockServer, startMock } from "../../src/mock/start-mock.js";
import { parseIvvyTimestamp } from "../../src/signing/timestamp.js";
import { verifyRequest } from "../../src/signing/verify-request.js";
import { settled } from "../emulator/harness.js";
import { type CaptureServer, startCaptureServer } from "../helpers/capture-server.js";
import { sendRaw } from "./raw-http.js";
import { integrationCalls, jsSdkCalls, netSdkCalls, netSdkRequest, PHP_SDK_JOBS, phpSdkCalls, phpSdkDate, SDK_JOBS, type WireRequest } from "./sdk-replicas.js";

const creds = DEMO_CREDENTIALS;

/** The same request with another IVVY-Date, signed again. */
function withDate(request: WireRequest, date: string): WireRequest {
  const stringToSign = request.stringToSign.replace(/ivvydate=.*$/, `ivvydate=${date}`.toLowerCase());
  const signature = createHmac("sha1", creds.apiSecret).update(stringToSign, "utf8").digest("hex");
  const headers = request.headers.map(([n, v]): [string, string] =>
    n === "IVVY-Date" ? [n, date] : n === "X-Api-Authorization" ? [n, `IWS ${creds.apiKey}:${signature}`] : [n, v],
  );
  return { ...request, headers, stringToSign };
}

/** The same request with another body, signed again as its client would sign it. */
function phpBody(request: WireRequest, text: string): WireRequest {
  const body = Buffer.from(text, "utf8");
  const md5 = createHash("md5").update(body).digest("hex");
  const stringToSign = request.stringToSign.replace(/^post[0-9a-f]{32}/, `post${md5}`);
  const signature = createHmac("sha1", creds.apiSecret).update(stringToSign, "utf8").digest("hex");
  const headers = request.headers.map(([n, v]): [string, string] =>
    n === "Content-MD5" ? [n, md5] : n === "X-Api-Authorization" ? [n, `IWS ${creds.apiKey}:${signature}`] : [n, v],
  );
  return { ...request, body, headers, stringToSign };
}
const ASYNC_ID = "a7ec88af7d710bf51b188004bb532d77";

function verify(request: WireRequest, now = Date.now()) {
  return verifyRequest({
    method: request.method,
    requestString: request.path,
    headers: new Headers(request.headers),
    body: request.body,
    secretFor: (key) => (key === creds.apiKey ? creds.apiSecret : undefined),
    now,
  });
}

describe("verifyRequest accepts every SDK request as sent", () => {
  const now = Date.now();
  const js = jsSdkCalls(creds, now, "https://example.test/callback");
  const net = netSdkCalls(creds, now);
  const requests = [
    js.ping,
    js.run,
    js.progressBug(ASYNC_ID),
    js.results(ASYNC_ID),
    js.restart(ASYNC_ID),
    js.repost(ASYNC_ID),
    net.ping,
    net.run,
    net.progress(ASYNC_ID),
    net.results(ASYNC_ID),
    net.restart(ASYNC_ID),
    net.repost(ASYNC_ID),
  ];
  it.each(requests.map((r) => [r.call, r] as const))("%s", (_call, request) => {
    expect(verify(request, now)).toEqual({ ok: true, apiKey: creds.apiKey });
  });

  const php = phpSdkCalls(creds, now, "https://example.test/callback");
  const integrations = integrationCalls(creds, now, "https://example.test/callback");
  const others = [
    php.ping,
    php.run,
    php.results(ASYNC_ID),
    integrations.schoolPing,
    integrations.schoolRun,
    integrations.crmPing,
    integrations.crmRun,
    integrations.cmsPing(),
  ];
  it.each(others.map((r) => [r.call, r] as const))("%s", (_call, request) => {
    expect(verify(request, now)).toEqual({ ok: true, apiKey: creds.apiKey });
  });

  it("ivvy-sdk-php's doubled IVVY-Date (the x-decision on IvvyDate): its day is checked, in any zone from UTC-12 to UTC+14", () => {
    const at = Date.UTC(2017, 7, 30, 14, 8, 9);
    expect(phpSdkDate(at)).toBe("2017-08-30 0202:0808:0909");
    for (const zone of [-12 * 60, 0, 10 * 60, 14 * 60]) {
      expect(verify(phpSdkCalls(creds, at, "https://example.test/cb", zone).ping, at), `zone ${zone}`).toEqual({ ok: true, apiKey: creds.apiKey });
    }
    // A day that is no zone's today: stale, as a wrong clock is.
    const twoDaysLate = phpSdkCalls(creds, at - 2 * 86_400_000, "https://example.test/cb").ping;
    expect(verify(twoDaysLate, at)).toMatchObject({ ok: false, specificCode: 23005 });
  });

  it("any other malformed IVVY-Date is refused, and the answer names the expected format", () => {
    for (const date of ["2017-08-30 0202:0909:0909", "2017-08-30 1313:0808:0909", "2017-08-30T02:08:09Z", "30/08/2017 02:08:09"]) {
      const verdict = verify(withDate(php.ping, date), now);
      expect(verdict, date).toMatchObject({
        ok: false,
        publicReason: `IVVY-Date '${date}' is not an iVvy timestamp: expected yyyy-mm-dd HH:mm:ss in UTC, ' UTC' optional (e.g. 2026-11-28 16:23:24)`,
      });
    }
  });

  it("the replicas are what known-clients.md says: .NET sends no X-Api-Version and signs its charset; both ping with zero bytes", () => {
    expect(net.ping.headers.map(([name]) => name.toLowerCase())).not.toContain("x-api-version");
    expect(net.ping.stringToSign).toContain("application/json; charset=utf-8/api/1.0/test?action=ping1.0ivvydate=");
    expect(net.ping.stringToSign).toMatch(/ utc$/);
    expect(js.ping.stringToSign).toMatch(
      /^postd41d8cd98f00b204e9800998ecf8427eapplication\/json\/api\/1\.0\/test\?action=ping1\.0ivvydate=\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/,
    );
    for (const ping of [js.ping, net.ping]) expect(ping.body.length).toBe(0);
  });

  it("a tampered replica is still refused: the relaxed checks are exactly the SDKs' forms", () => {
    const wrongVersion = { ...net.ping, headers: [...net.ping.headers, ["X-Api-Version", "2.0"]] as [string, string][] };
    expect(verify(wrongVersion, now)).toMatchObject({ ok: false, reason: expect.stringMatching(/X-Api-Version must be 1.0/) });
    const otherBody = { ...net.run, body: Buffer.concat([net.run.body, Buffer.from(" ")]) };
    expect(verify(otherBody, now)).toMatchObject({ ok: false, reason: expect.stringMatching(/Content-MD5/) });
    const unsignedCharset = {
      ...net.ping,
      headers: net.ping.headers.map(([n, v]) => [n, n === "Content-Type" ? "application/json" : v]) as [string, string][],
    };
    expect(verify(unsignedCharset, now)).toMatchObject({ ok: false, reason: expect.stringMatching(/signature/) });
  });

  it("uppercase hex (Content-MD5 and signature) and IVVY-Date with or without ' UTC' are accepted, as the string to sign is lowercased", () => {
    const upper = (name: string, request: WireRequest) => ({
      ...request,
      headers: request.headers.map(([n, v]) => [
        n,
        n === name ? (name === "X-Api-Authorization" ? v.replace(/:(\w+)$/, (_m, sig: string) => `:${sig.toUpperCase()}`) : v.toUpperCase()) : v,
      ]) as [string, string][],
    });
    expect(verify(upper("Content-MD5", js.run), now)).toEqual({ ok: true, apiKey: creds.apiKey });
    expect(verify(upper("X-Api-Authorization", net.run), now)).toEqual({ ok: true, apiKey: creds.apiKey });
    expect(net.run.headers.find(([n]) => n === "IVVY-Date")?.[1]).toMatch(/ UTC$/);
    expect(js.run.headers.find(([n]) => n === "IVVY-Date")?.[1]).toMatch(/\d$/);
  });
});

describe("the emulator, over a socket, serves both SDKs", () => {
  let emulator: Emulator;
  let url: string;
  let callbacks: CaptureServer;
  beforeAll(async () => {
    callbacks = await startCaptureServer();
    emulator = createEmulator({ callbacks: { attempts: 1, baseDelayMs: 10, timeoutMs: 2_000 } });
    ({ url } = await emulator.listen());
  });
  afterAll(async () => {
    await emulator?.close();
    await callbacks?.close();
  });

  const finish = async (asyncId: string) => {
    await settled(emulator);
    expect(emulator.batches.get(asyncId)?.status).toBe("complete");
  };

  it("ivvy-sdk-js 0.0.3: ping with an empty body, run, results, restart, repost, and the callback", async () => {
    const js = jsSdkCalls(creds, Date.now(), `${callbacks.url}/ivvy`);
    const ping = await sendRaw(url, js.ping);
    expect(ping.status).toBe(200);
    expect(checkResponse("ping", 200, ping.headers["content-type"] ?? null, ping.body)).toEqual({ valid: true, errors: [] });

    const run = await sendRaw(url, js.run);
    expect(run.status).toBe(200);
    const { asyncId } = run.body as { asyncId: string };
    await finish(asyncId);
    const callback = await callbacks.next(5_000);
    expect(JSON.parse(callback.body)).toMatchObject({
      asyncId,
      results: SDK_JOBS.map((job) => ({ namespace: job.namespace, action: job.action, request: job.params })),
    });

    const results = await sendRaw(url, js.results(asyncId));
    expect(results.status).toBe(200);
    expect(checkResponse("results", 200, results.headers["content-type"] ?? null, results.body)).toEqual({ valid: true, errors: [] });
    expect((await sendRaw(url, js.repost(asyncId))).body).toEqual({ reposted: true });
    await settled(emulator);
    expect((await sendRaw(url, js.restart(asyncId))).body).toEqual({ restarted: true });
    await finish(asyncId);
  });

  it("ivvy-sdk-js's progress bug (action run with {async}) gets a clear 400 naming the mistake, and stores nothing", async () => {
    const js = jsSdkCalls(creds, Date.now(), `${callbacks.url}/ivvy`);
    const run = await sendRaw(url, js.run);
    const { asyncId } = run.body as { asyncId: string };
    await settled(emulator);
    const before = emulator.batches
      .list()
      .map((b) => b.asyncId)
      .sort();
    const answer = await sendRaw(url, js.progressBug(asyncId));
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      errorCode: 400,
      message: "'jobs' is required",
      specificCode: 23017,
      additionalMessages: [expect.stringMatching(/'async' is a parameter of batch progress.*not of run: nothing was stored/)],
    });
    expect(checkResponse("run", 400, answer.headers["content-type"] ?? null, answer.body)).toEqual({ valid: true, errors: [] });
    expect(
      emulator.batches
        .list()
        .map((b) => b.asyncId)
        .sort(),
    ).toEqual(before);
  });

  it("ivvy-sdk-net: PingAsync with an empty body, RunAsync without callbackUrl, progress as a float, results, restart, repost", async () => {
    const net = netSdkCalls(creds, Date.now());
    const ping = await sendRaw(url, net.ping);
    expect(ping.status).toBe(200);
    // Pong { ack: DateTime }: an iVvy timestamp the SDK can parse.
    const ack = (ping.body as { ack: string }).ack;
    expect(Math.abs((parseIvvyTimestamp(ack) ?? 0) - Date.now())).toBeLessThan(5_000);

    const run = await sendRaw(url, net.run);
    expect(run.status).toBe(200);
    const { asyncId } = run.body as { asyncId: string };
    const progress = await sendRaw(url, net.progress(asyncId));
    expect(progress.status).toBe(200);
    expect(typeof (progress.body as { progress: unknown }).progress).toBe("number");
    await finish(asyncId);
    expect((await sendRaw(url, net.progress(asyncId))).body).toEqual({ progress: 100 });
    const results = await sendRaw(url, net.results(asyncId));
    expect(checkComponent("ResultsResponse", results.body)).toEqual({ valid: true, errors: [] });
    expect((results.body as { results: { request: unknown }[] }).results.map((r) => r.request)).toEqual(SDK_JOBS.map((j) => j.params));
    // Run without a callbackUrl: nothing to repost.
    expect((await sendRaw(url, net.repost(asyncId))).body).toEqual({ reposted: false });
    expect((await sendRaw(url, net.restart(asyncId))).body).toEqual({ restarted: true });
    await finish(asyncId);
  });

  it('ivvy-sdk-php: ping with the body [], a run of test.ping jobs with "params":[], its doubled IVVY-Date, and results', async () => {
    const php = phpSdkCalls(creds, Date.now(), `${callbacks.url}/ivvy`, 10 * 60);
    expect(php.ping.body.toString()).toBe("[]");
    expect(php.run.body.toString()).toContain('"params":[]');
    const ping = await sendRaw(url, php.ping);
    expect(ping.status).toBe(200);
    expect(checkResponse("ping", 200, ping.headers["content-type"] ?? null, ping.body)).toEqual({ valid: true, errors: [] });
    const run = await sendRaw(url, php.run);
    expect(run.status).toBe(200);
    const { asyncId } = run.body as { asyncId: string };
    await finish(asyncId);
    await callbacks.next(5_000);
    const results = await sendRaw(url, php.results(asyncId));
    expect(results.status).toBe(200);
    // What the SDK reads back: 200 and each job's response; `[]` is stored and echoed as no parameters.
    const answered = (results.body as { results: { request: unknown; response: unknown }[] }).results;
    expect(answered.map((r) => r.request)).toEqual(PHP_SDK_JOBS.map(() => ({})));
    expect(checkComponent("ResultsResponse", results.body)).toEqual({ valid: true, errors: [] });
  });

  it("a non-empty array is still not parameters: 23016 as a body, 24092 as a job's params", async () => {
    const php = phpSdkCalls(creds, Date.now(), `${callbacks.url}/ivvy`);
    const asBody = await sendRaw(url, netSdkRequest("ping [1]", "test", "ping", "[1]", creds, Date.now()));
    expect(asBody).toMatchObject({ status: 400, body: { specificCode: 23016 } });
    const params = netSdkRequest(
      "run params [1]",
      "batch",
      "run",
      JSON.stringify({ jobs: [{ namespace: "test", action: "ping", params: [1] }] }),
      creds,
      Date.now(),
    );
    expect(await sendRaw(url, params)).toMatchObject({ status: 400, body: { specificCode: 24092 } });
    // `[]` on an action that needs a parameter: no parameters, so the missing one is named.
    const results = await sendRaw(url, { ...php.results(ASYNC_ID), ...phpBody(php.results(ASYNC_ID), "[]") });
    expect(results).toMatchObject({ status: 400, body: { specificCode: 23017, message: "'async' is required" } });
  });

  it("the three integrations' ping and batch requests: iVvy's example body, 4-space JSON with Accept, a hard-coded Host", async () => {
    const calls = integrationCalls(creds, Date.now(), `${callbacks.url}/ivvy`);
    for (const request of [calls.schoolPing, calls.crmPing, calls.cmsPing()]) {
      expect({ call: request.call, status: (await sendRaw(url, request)).status }).toEqual({ call: request.call, status: 200 });
    }
    for (const request of [calls.schoolRun, calls.crmRun]) {
      const run = await sendRaw(url, request);
      expect({ call: request.call, status: run.status }).toEqual({ call: request.call, status: 200 });
      await finish((run.body as { asyncId: string }).asyncId);
      await callbacks.next(5_000);
    }
    // The CMS page's date() in a zone outside UTC: stale, as the docs say (23005).
    expect(await sendRaw(url, calls.cmsPing(10 * 60))).toMatchObject({ status: 401, body: { specificCode: 23005 } });
  });

  it("an empty body on an action that needs a parameter names it (23017), not 'not JSON'", async () => {
    for (const [action, parameter] of [
      ["progress", "async"],
      ["results", "async"],
      ["run", "jobs"],
    ] as const) {
      const answer = await sendRaw(url, netSdkRequest(`${action} with no request data`, "batch", action, "", creds, Date.now()));
      expect(answer).toMatchObject({ status: 400, body: { specificCode: 23017, message: `'${parameter}' is required` } });
    }
  });
});

describe("the Prism mock serves both SDKs", () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMock({ quiet: true });
  });
  afterAll(() => mock?.close());

  const exchanges = (sdk: "js" | "net") => {
    const now = Date.now();
    if (sdk === "js") {
      const js = jsSdkCalls(creds, now, "http://127.0.0.1:9/unused");
      return [js.ping, js.run, js.results(ASYNC_ID), js.restart(ASYNC_ID), js.repost(ASYNC_ID)];
    }
    const net = netSdkCalls(creds, now);
    return [net.ping, net.run, net.progress(ASYNC_ID), net.results(ASYNC_ID), net.restart(ASYNC_ID), net.repost(ASYNC_ID)];
  };

  it.each(["js", "net"] as const)("ivvy-sdk-%s: every call is 200 with no violation", async (sdk) => {
    for (const request of exchanges(sdk)) {
      const answer = await sendRaw(mock.url, request);
      expect({ call: request.call, status: answer.status, violations: answer.headers["sl-violations"] }).toEqual({
        call: request.call,
        status: 200,
        violations: undefined,
      });
    }
  });

  it("ivvy-sdk-php and the three integrations: every ping and batch request is 200 with no violation", async () => {
    const php = phpSdkCalls(creds, Date.now(), "http://127.0.0.1:9/unused");
    const calls = integrationCalls(creds, Date.now(), "http://127.0.0.1:9/unused");
    for (const request of [php.ping, php.run, php.results(ASYNC_ID), calls.schoolPing, calls.schoolRun, calls.crmPing, calls.crmRun, calls.cmsPing()]) {
      const answer = await sendRaw(mock.url, request);
      expect({ call: request.call, status: answer.status, violations: answer.headers["sl-violations"] }).toEqual({
        call: request.call,
        status: 200,
        violations: undefined,
      });
    }
  });

  it("answers as the contract and the emulator do: not JSON and too deep are 23016 envelopes, [] is no parameters", async () => {
    const signed = (action: string, text: string) =>
      netSdkRequest(`${action} ${text.slice(0, 20)}`, action === "ping" ? "test" : "batch", action, text, creds, Date.now());
    const deep = `${"[".repeat(65)}${"]".repeat(65)}`;
    for (const [text, why] of [
      ["{not json", /not valid UTF-8 JSON/],
      [`{"jobs":[{"namespace":"test","action":"ping","params":{"a":${deep}}}]}`, /nests deeper than 64 levels/],
    ] as const) {
      const answer = await sendRaw(mock.url, signed("run", text));
      expect(answer).toMatchObject({ status: 400, body: { errorCode: 400, specificCode: 23016, additionalMessages: [expect.stringMatching(why)] } });
      expect(checkResponse("run", 400, answer.headers["content-type"] ?? null, answer.body)).toEqual({ valid: true, errors: [] });
    }
    expect((await sendRaw(mock.url, signed("ping", "[]"))).status).toBe(200);
    expect((await sendRaw(mock.url, signed("run", '{"jobs":[{"namespace":"test","action":"ping","params":[]}]}'))).status).toBe(200);
    // A non-empty array is still refused.
    expect((await sendRaw(mock.url, signed("run", '{"jobs":[{"namespace":"test","action":"ping","params":[1]}]}'))).status).toBe(400);
  });

  it("ivvy-sdk-js's progress bug is refused with a 400", async () => {
    const answer = await sendRaw(mock.url, jsSdkCalls(creds, Date.now(), "http://127.0.0.1:9/unused").progressBug(ASYNC_ID));
    expect(answer.status).toBe(400);
    expect(answer.headers["sl-violations"]).toMatch(/jobs/);
  });
});
