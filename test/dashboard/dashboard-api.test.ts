// The dashboard's JSON API (docs/dashboard.md) without a browser: in-process through
// emulator.fetch, and over the emulator's socket for the event stream and the access
// rules a browser meets.
import { request as httpRequest } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { checkAccess, isLoopbackInterface } from "../../src/emulator/dashboard/dashboard-access.js";
import { DEMO_CREDENTIALS } from "../../src/emulator/options/demo-credentials.js";
import { createManualClock } from "../../src/util/clock.js";
import { clientFor, closeAll, echoHandlers, echoJobs, emulatorWith, rawRequest, send, settled, turns } from "../emulator/harness.js";
import { type CaptureServer, startCaptureServer } from "../helpers/capture-server.js";

const captures: CaptureServer[] = [];
afterEach(async () => {
  await closeAll();
  await Promise.all(captures.splice(0).map((c) => c.close()));
});

const dash = async (emulator: ReturnType<typeof emulatorWith>, path: string, init: RequestInit = {}) => {
  const response = await emulator.fetch(new Request(`http://127.0.0.1/_emulator/${path}`, init));
  // biome-ignore lint/suspicious/noExplicitAny: the tests check the body field by field; `unknown` would need a cast at each
  return { status: response.status, body: (await response.json()) as any };
};
const post = (body: unknown = {}) => ({ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("the dashboard API", () => {
  it("is off unless asked for: /_emulator/ is then an unknown iVvy path", async () => {
    const emulator = emulatorWith();
    expect(emulator.dashboard).toBeUndefined();
    const response = await emulator.fetch(new Request("http://127.0.0.1/_emulator/api/state"));
    expect(response.status).toBe(404);
  });

  it("lists its endpoints, and shows the emulator's settings with every secret masked", async () => {
    const secret = "a-secret-nobody-may-see";
    const emulator = emulatorWith({ dashboard: true, credentials: [DEMO_CREDENTIALS, { apiKey: "second", apiSecret: secret }] });
    const index = await dash(emulator, "api");
    expect(Object.keys(index.body.endpoints)).toContain("GET /_emulator/api/events");
    const state = await dash(emulator, "api/state");
    expect(state.body.emulator.apiKeys).toEqual([
      { apiKey: DEMO_CREDENTIALS.apiKey, apiSecret: "********", storedBytes: 0 },
      { apiKey: "second", apiSecret: "********", storedBytes: 0 },
    ]);
    await send(emulator, "ping", { credentials: { apiKey: "second", apiSecret: secret } });
    const everything = JSON.stringify([state.body, (await dash(emulator, "api/requests")).body, (await dash(emulator, "api/requests/0")).body]);
    expect(everything).not.toContain(secret);
    expect(everything).not.toContain(DEMO_CREDENTIALS.apiSecret);
  });

  it("shows each request newest first, and a refused signature's reason, string to sign and its parts", async () => {
    const emulator = emulatorWith({ dashboard: true, handlers: echoHandlers });
    await clientFor(emulator).run(echoJobs(2));
    await send(emulator, "ping", { credentials: { apiKey: DEMO_CREDENTIALS.apiKey, apiSecret: "wrong" } });
    const { body } = await dash(emulator, "api/requests");
    expect(body.requests.map((r: { operation: string; status: number }) => [r.operation, r.status])).toEqual([
      ["ping", 401],
      ["run", 200],
    ]);
    expect(body.requests[1]).toMatchObject({ method: "POST", apiKey: DEMO_CREDENTIALS.apiKey, asyncId: expect.stringMatching(/^[0-9a-f]{32}$/) });
    const refused = await dash(emulator, `api/requests/${body.requests[0].id}`);
    expect(refused.body.signature).toMatchObject({
      reason: "The signature does not match the request",
      stringToSign: expect.stringMatching(/^post[0-9a-f]{32}application\/json\/api\/1\.0\/test\?action=ping1\.0ivvydate=/),
      parts: { method: "post", contentType: "application/json", requestString: "/api/1.0/test?action=ping", apiVersion: "1.0", date: "" },
    });
    // Refused on its headers: the body was never read, so there is no MD5 of it to show.
    expect(refused.body.body).toMatchObject({ read: false });
    expect(refused.body.signature.parts.bodyMd5).toBeNull();
    expect(refused.body.answer.additionalMessages).toEqual(["The API key is unknown or the signature does not match the request"]);
    const run = await dash(emulator, `api/requests/${body.requests[1].id}`);
    expect(JSON.parse(run.body.body.text)).toMatchObject({ jobs: [{ action: "echo" }, { action: "echo" }] });
    expect(run.body.signature).toBeUndefined();
    expect((await dash(emulator, "api/requests/999")).status).toBe(404);

    // A body changed after signing: read, and its MD5 shown next to the signed one.
    const request = new Request("http://127.0.0.1/api/1.0/test?action=ping", {
      method: "POST",
      headers: rawRequest(emulator, "/api/1.0/test?action=ping", { body: "{}" }).headers,
      body: '{"x":1}',
    });
    expect((await emulator.fetch(request)).status).toBe(401);
    const tampered = await dash(emulator, `api/requests/${(await dash(emulator, "api/requests?limit=1")).body.requests[0].id}`);
    expect(tampered.body.signature.reason).toBe("Content-MD5 does not match the request body");
    expect(tampered.body.body).toMatchObject({ read: true, text: '{"x":1}' });
    expect(tampered.body.signature.parts.bodyMd5).not.toBe(tampered.body.signature.parts.contentMd5);
  });

  it("keeps refused requests apart so polls cannot push them out, counts them, and names the headers a refused request lacked", async () => {
    const emulator = emulatorWith({ dashboard: { requestLogSize: 4 } });
    // No date header at all: no string to sign can be built.
    await send(emulator, "ping", { headers: { "ivvy-date": null, date: null } });
    await send(emulator, "ping", { headers: { "content-md5": null, "ivvy-date": null, date: null } });
    for (let i = 0; i < 10; i++) await send(emulator, "ping");
    const { body } = await dash(emulator, "api/requests?limit=100");
    expect(body.requests.map((r: { status: number }) => r.status)).toEqual([200, 200, 200, 200, 401, 401]);
    expect((await dash(emulator, "api/state")).body.counts.refused).toBe(2);
    const [noDate, noMd5] = await Promise.all([dash(emulator, "api/requests/0"), dash(emulator, "api/requests/1")]);
    expect(noDate.body.signature).toMatchObject({
      missingHeaders: ["IVVY-Date or Date"],
      notBuilt: "No string to sign could be built: the request has no IVVY-Date or Date header.",
    });
    expect(noMd5.body.signature.notBuilt).toBe("No string to sign could be built: the request has no Content-MD5 and IVVY-Date or Date headers.");
    // A broken log (no ring for refused ones) would answer 404 here.
    expect((await dash(emulator, "api/requests/5")).status).toBe(404);
  });

  it("tells a batch's failed callback delivery in its summary: attempts, error, failed count", async () => {
    const capture = await startCaptureServer();
    const deadUrl = `${capture.url}/cb`;
    await capture.close();
    const emulator = emulatorWith({ dashboard: true, handlers: echoHandlers, callbacks: { attempts: 1 } });
    const { asyncId } = await clientFor(emulator).run(echoJobs(1), { callbackUrl: deadUrl });
    await settled(emulator);
    const { body } = await dash(emulator, "api/batches");
    expect(body.batches.find((b: { asyncId: string }) => b.asyncId === asyncId).deliveries).toMatchObject({
      count: 1,
      state: "failed",
      attempts: 1,
      failed: 1,
      lastError: expect.stringMatching(/fetch failed|ECONNREFUSED/),
    });
  });

  it("shows batches with their jobs and deliveries, and repost, restart and expire act on them", async () => {
    const capture = await startCaptureServer();
    captures.push(capture);
    let runs = 0;
    const emulator = emulatorWith({ dashboard: true, handlers: { "demo.count": () => ({ run: ++runs }) } });
    const { asyncId } = await clientFor(emulator).run([{ namespace: "demo", action: "count", params: { n: 1 } }], { callbackUrl: `${capture.url}/cb` });
    await settled(emulator);
    const detail = await dash(emulator, `api/batches/${asyncId}`);
    expect(detail.body).toMatchObject({
      asyncId,
      status: "complete",
      progress: 100,
      jobs: [{ index: 0, namespace: "demo", action: "count", params: { n: 1 }, status: "done", response: { run: 1 } }],
      callbacks: [{ reason: "complete", state: "delivered", history: [{ status: 200 }] }],
      deliveries: { count: 1, state: "delivered" },
    });
    expect(detail.body.expiresAt - detail.body.createdAt).toBe(2 * 24 * 60 * 60 * 1000);

    expect((await dash(emulator, `api/batches/${asyncId}/repost`, post())).body).toEqual({ reposted: true });
    await settled(emulator);
    expect(capture.requests).toHaveLength(2);
    expect((await dash(emulator, `api/batches/${asyncId}/restart`, post())).body).toEqual({ restarted: true });
    await settled(emulator);
    expect((await dash(emulator, `api/batches/${asyncId}`)).body.jobs[0].response).toEqual({ run: 2 });
    expect((await dash(emulator, `api/batches/${asyncId}/expire`, post())).body).toEqual({ expired: true });
    expect(emulator.batches.get(asyncId)).toBeUndefined();
    expect((await dash(emulator, `api/batches/${asyncId}`)).status).toBe(404);
    expect((await dash(emulator, "api/batches/nope")).status).toBe(404);
  });

  it("shows the faults and changes them for the next request; a bad one is refused with the reason", async () => {
    const emulator = emulatorWith({ dashboard: true, faults: { failJobs: () => false } });
    const client = clientFor(emulator);
    expect((await dash(emulator, "api/faults")).body).toMatchObject({ rate429: 0, failJobs: "(a function: set in code)" });
    expect((await dash(emulator, "api/faults", post({ rate429: 1, retryAfterSeconds: 7 }))).body).toMatchObject({
      rate429: 1,
      retryAfterSeconds: 7,
      failJobs: "(a function: set in code)",
    });
    await expect(client.ping()).rejects.toMatchObject({ status: 429, retryAfterSeconds: 7 });
    const bad = await dash(emulator, "api/faults", post({ rate429: 2 }));
    expect(bad).toMatchObject({
      status: 400,
      body: { error: expect.stringMatching(/option 'rate429' must be a finite number \(a share\) at least 0 and at most 1/) },
    });
    expect((await dash(emulator, "api/faults", post({ rate429: null }))).body.rate429).toBe(0);
    expect(await client.ping()).toMatchObject({});
    expect((await dash(emulator, "api/faults", post({ random: 1 }))).status).toBe(400);
  });

  it("refuses actions that are not JSON requests (a cross-site form cannot send one)", async () => {
    const emulator = emulatorWith({ dashboard: true });
    const form = await dash(emulator, "api/faults", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "rate429=1" });
    expect(form.status).toBe(403);
    expect((await dash(emulator, "api/faults")).body.rate429).toBe(0);
  });

  it("with a token, the API needs it (header or query); the page's files do not", async () => {
    const token = "0123456789abcdef-token";
    const emulator = emulatorWith({ dashboard: { token } });
    expect(emulator.dashboard?.token).toBe(token);
    expect((await dash(emulator, "api/state")).status).toBe(401);
    expect((await dash(emulator, "api/state", { headers: { authorization: "Bearer wrong-token-wrong-token" } })).status).toBe(401);
    expect((await dash(emulator, "api/state", { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    expect((await dash(emulator, `api/state?token=${token}`)).status).toBe(200);
    const page = await emulator.fetch(new Request("http://127.0.0.1/_emulator/"));
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
  });

  it("makes up a token when it listens beyond loopback, and needs none on loopback", async () => {
    const loopback = emulatorWith({ dashboard: true });
    await loopback.listen({ host: "127.0.0.1" });
    expect(loopback.dashboard?.token).toBeUndefined();
    const wide = emulatorWith({ dashboard: true });
    await wide.listen({ host: "0.0.0.0" });
    expect(wide.dashboard?.token).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(["127.0.0.1", "::1", "localhost", "127.3.4.5"].every(isLoopbackInterface)).toBe(true);
    expect(["0.0.0.0", "::", "192.168.1.2", "10.0.0.1"].some(isLoopbackInterface)).toBe(false);
  });

  it("without a token, answers only loopback Host names (a DNS-rebound name gets 403), and checks Origin on actions", () => {
    const headers = (h: Record<string, string>) => new Headers(h);
    expect(checkAccess({ method: "GET", headers: headers({ host: "evil.example:4020" }), queryToken: null }, undefined)).toMatchObject({ status: 403 });
    expect(checkAccess({ method: "GET", headers: headers({ host: "127.0.0.1:4020" }), queryToken: null }, undefined)).toBeUndefined();
    expect(checkAccess({ method: "GET", headers: headers({ host: "localhost:4020" }), queryToken: null }, undefined)).toBeUndefined();
    const action = (origin: string) =>
      checkAccess({ method: "POST", headers: headers({ host: "127.0.0.1:4020", origin, "content-type": "application/json" }), queryToken: null }, undefined);
    expect(action("http://127.0.0.1:4020")).toBeUndefined();
    expect(action("http://evil.example")).toMatchObject({ status: 403 });
    expect(action("null")).toMatchObject({ status: 403 });
  });
});

/** Reads an event stream until its text matches, failing with what it got after `ms` (a bound, never a fixed sleep). */
function eventReader(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  return {
    get text() {
      return text;
    },
    reader,
    async until(pattern: RegExp, ms = 10_000): Promise<string> {
      const deadline = Date.now() + ms;
      while (!pattern.test(text)) {
        const left = deadline - Date.now();
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<"late">((resolve) => {
          timer = setTimeout(resolve, Math.max(left, 0), "late");
        });
        const next = await Promise.race([reader.read(), late]).finally(() => clearTimeout(timer));
        if (next === "late" || next.done) throw new Error(`the event stream did not match ${pattern} within ${ms} ms; it sent:\n${text}`);
        text += decoder.decode(next.value);
      }
      return text;
    },
  };
}

describe("the live feed (server-sent events)", () => {
  it("pushes requests and batch changes over the emulator's socket", async () => {
    const emulator = emulatorWith({ dashboard: true, handlers: echoHandlers });
    const { url } = await emulator.listen();
    const controller = new AbortController();
    const events = await fetch(`${url}/_emulator/api/events`, { signal: controller.signal });
    expect(events.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const stream = eventReader(events.body!);
    await stream.until(/event: batches\ndata: \[\]\n\nevent: faults\n/);
    const { asyncId } = await clientFor(emulator, { baseUrl: url }).run(echoJobs(1));
    await stream.until(new RegExp(`event: request\\ndata: \\{[^\\n]*"operation":"run"[^\\n]*"asyncId":"${asyncId}"`));
    await stream.until(new RegExp(`event: batch\\ndata: \\{"asyncId":"${asyncId}"[^\\n]*"status":"complete"[^\\n]*"progress":100`));
    controller.abort();
  });

  it("coalesces a burst into one push per 100 ms of the emulator's clock, and tells of expiry", async () => {
    const clock = createManualClock(Date.UTC(2030, 0, 1));
    const emulator = emulatorWith({ clock, dashboard: true, handlers: echoHandlers, retentionMs: 60_000 });
    const controller = new AbortController();
    const response = await emulator.fetch(new Request("http://127.0.0.1/_emulator/api/events", { signal: controller.signal }));
    const stream = eventReader(response.body!);
    await stream.until(/event: faults\n/);
    // The first change after a quiet spell goes out at once.
    await send(emulator, "ping");
    await stream.until(/event: request\ndata: [^\n]*"operation":"ping"/);
    // The next ones wait for the clock: nothing is sent however many turns pass.
    const { asyncId } = await clientFor(emulator).run(echoJobs(2));
    await settled(emulator);
    await send(emulator, "ping");
    let pushed = false;
    const next = stream.reader.read().then((read) => {
      pushed = true;
      return new TextDecoder().decode(read.value);
    });
    await turns();
    expect(pushed).toBe(false);
    clock.advance(100);
    const burst = await next;
    // One push: the run and the ping, and the batch's summary once, at its latest.
    expect(burst.match(/event: request\n/g)).toHaveLength(2);
    expect(burst.match(/event: batch\n/g)).toHaveLength(1);
    expect(burst).toMatch(new RegExp(`event: batch\\ndata: \\{"asyncId":"${asyncId}"[^\\n]*"status":"complete"`));
    // Expiry on the clock: the purge frees it and the page is told.
    clock.advance(60_000);
    await stream.until(new RegExp(`event: batch-expired\\ndata: \\{"asyncId":"${asyncId}"\\}`));
    controller.abort();
  });

  it("stops watching the emulator when the last page leaves, and ends every stream when it closes", async () => {
    const emulator = emulatorWith({ dashboard: true });
    const first = new AbortController();
    const a = eventReader((await emulator.fetch(new Request("http://127.0.0.1/_emulator/api/events", { signal: first.signal }))).body!);
    await a.until(/event: faults/);
    first.abort();
    const b = eventReader((await emulator.fetch(new Request("http://127.0.0.1/_emulator/api/events"))).body!);
    await b.until(/event: faults/);
    await emulator.close();
    expect(await b.reader.read()).toEqual({ done: true, value: undefined });
  });
});

describe("over the emulator's socket", () => {
  it("answers a Host that is not a loopback name with 403 (DNS rebinding)", async () => {
    const emulator = emulatorWith({ dashboard: true });
    const { port } = await emulator.listen();
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest({ host: "127.0.0.1", port, path: "/_emulator/api/state", headers: { host: "rebound.example" } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      req.end();
    });
    expect(status).toBe(403);
  });
});
