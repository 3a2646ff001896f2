import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OperationId, operationPaths } from "../../src/contract/types.js";
import { defaultSpecPath } from "../../src/mock/default-spec-path.js";
import { resolvePrismCli } from "../../src/mock/resolve-prism-cli.js";
import { type MockRequestLogEntry, type MockServer, startMock } from "../../src/mock/start-mock.js";
import { startCaptureServer } from "../helpers/capture-server.js";
import { isProcessAlive, waitForProcessExit } from "../helpers/process-alive.js";
import { spawnTs, waitForOutput } from "../helpers/spawn-ts.js";
import { firstExample } from "../helpers/spec-examples.js";
import { waitForPortClosed } from "../helpers/wait-for-port.js";

const ASYNC_ID = "a7ec88af7d710bf51b188004bb532d77";
// Prism checks that the signing headers of a security requirement are present, and the
// proxy their form, not the signature: these fixed headers are enough, and keep this file
// independent of the client.
const HEADERS = {
  "content-type": "application/json",
  "content-md5": "a09f600c77a6dbd947db24c61e8935ca",
  "x-api-version": "1.0",
  "ivvy-date": "2026-11-28 16:23:24",
  "x-api-authorization": "IWS test-key:0000",
};
const BODIES: Record<OperationId, unknown> = {
  run: { jobs: [{ namespace: "event", action: "inviteContacts", params: { event: 1 } }] },
  progress: { async: ASYNC_ID },
  results: { async: ASYNC_ID },
  restart: { async: ASYNC_ID },
  repost: { async: ASYNC_ID },
  ping: {},
};

/** The example's time fields, as matchers for "a time within a few seconds of now" in the same format. */
const nowIn = (example: unknown) =>
  Object.fromEntries(
    ["ack", "timestamp"]
      .filter((key) => typeof (example as Record<string, unknown>)[key] === "string")
      .map((key) => [key, expect.toSatisfy((value: string) => Math.abs(Date.parse(value.replace(" UTC", "Z").replace(" ", "T")) - Date.now()) < 5_000)]),
  );

const post = (url: string, body: unknown, headers: Record<string, string> = HEADERS) =>
  fetch(url, { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) });

describe("startMock", () => {
  let mock: MockServer;
  const log: MockRequestLogEntry[] = [];

  beforeAll(async () => {
    mock = await startMock({ quiet: true, onRequest: (entry) => log.push(entry) });
  });
  afterAll(() => mock?.close());

  it("serves on 127.0.0.1 on a free port by default", () => {
    expect(mock.url).toBe(`http://127.0.0.1:${mock.port}`);
    expect(mock.port).toBeGreaterThan(0);
    expect(mock.prism.url).not.toBe(mock.url);
  });

  it.each(Object.entries(operationPaths) as [OperationId, string][])("routes %s (%s) to its own operation", async (operationId, path) => {
    const response = await post(`${mock.url}${path}`, BODIES[operationId]);
    expect(response.status).toBe(200);
    expect(response.headers.get("sl-violations")).toBeNull();
    // ping's time is the current one (fresh-ping-answer.ts), the rest is the example.
    expect(await response.json()).toEqual(
      operationId === "ping" ? { ...(firstExample("ping") as object), ...nowIn(firstExample("ping")) } : firstExample(operationId),
    );
  });

  it("the six operations' examples differ, so the routing test above tells them apart", () => {
    const examples = (Object.keys(operationPaths) as OperationId[]).map((id) => JSON.stringify(firstExample(id)));
    // results and the callback share CompletedBatch; run..ping all differ.
    expect(new Set(examples).size).toBe(6);
  });

  it("is needed: Prism alone does not route the real iVvy URL", async () => {
    const response = await post(`${mock.prism.url}${operationPaths.progress}`, BODIES.progress);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("NO_PATH_MATCHED_ERROR");
  });

  it("passes Content-Type through in both directions", async () => {
    const json = await post(`${mock.url}${operationPaths.progress}`, BODIES.progress);
    expect(json.headers.get("content-type")).toBe("application/json");

    // The request's text/plain reaches Prism unchanged, which answers the spec's 415.
    const text = await post(`${mock.url}${operationPaths.progress}`, "async=x", { ...HEADERS, "content-type": "text/plain" });
    expect(text.status).toBe(415);
    expect(await text.json()).toMatchObject({ errorCode: 415 });

    // Prism's own problem documents keep their media type.
    const unknown = await post(`${mock.url}/api/1.0/batch?action=nope`, BODIES.progress);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("content-type")).toBe("application/problem+json");
  });

  it("passes request headers through: Prefer picks a documented error example", async () => {
    const response = await post(`${mock.url}${operationPaths.run}`, BODIES.run, { ...HEADERS, prefer: "code=400, example=tooManyJobs" });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ specificCode: 24448 });
    // Prism's CORS headers come back too.
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("streams a chunked request body (no Content-Length) through", async () => {
    const jobs = Array.from({ length: 200 }, (_, i) => ({ namespace: "event", action: "inviteContacts", params: { event: i, note: "x".repeat(500) } }));
    const body = JSON.stringify({ jobs });
    const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const url = new URL(`${mock.url}${operationPaths.run}`);
      const req = request({ host: url.hostname, port: url.port, path: url.pathname + url.search, method: "POST", headers: HEADERS }, (res) => {
        let text = "";
        res.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on("error", reject);
      // Several writes without a Content-Length: Node sends them chunked.
      for (let i = 0; i < body.length; i += 16_384) req.write(body.slice(i, i + 16_384));
      req.end();
    });
    expect(body.length).toBeGreaterThan(100_000);
    expect(status).toBe(200);
    expect(JSON.parse(text)).toEqual(firstExample("run"));
  });

  it("reports each request with the URL as sent and as forwarded, and Prism's violations", async () => {
    const before = log.length;
    const response = await post(`${mock.url}${operationPaths.restart}`, { async: "nope" });
    expect(response.status).toBe(400);
    await expect.poll(() => log.length).toBe(before + 1);
    expect(log[before]).toMatchObject({
      method: "POST",
      url: "/api/1.0/batch?action=restart",
      forwardedUrl: "/api/1.0/batch%3Faction%3Drestart",
      status: 400,
      violations: [expect.stringMatching(/^request\.body\.async: .*pattern/)],
    });
    expect(log[before]!.durationMs).toBeGreaterThan(0);
  });

  it("refuses a malformed signing header with 401 itself (Prism checks only that it is there), and logs why", async () => {
    const before = log.length;
    const response = await post(`${mock.url}${operationPaths.run}`, BODIES.run, { ...HEADERS, "content-md5": "not-an-md5", "x-api-version": "2.0" });
    expect(response.status).toBe(401);
    expect(response.headers.get("access-control-allow-origin")).toBeNull(); // answered in front of Prism
    expect(await response.json()).toEqual({
      errorCode: 401,
      message: "Unauthorized",
      specificCode: 0,
      additionalMessages: ['Content-MD5 must match pattern "^[0-9a-fA-F]{32}$"', "X-Api-Version must be equal to one of the allowed values (1.0)"],
    });
    await expect.poll(() => log.length).toBe(before + 1);
    expect(log[before]).toMatchObject({
      status: 401,
      violations: [expect.stringMatching(/^request\.header\.Content-MD5: /), expect.stringMatching(/^request\.header\.X-Api-Version: /)],
    });

    // A missing one is Prism's to refuse: its security check answers the contract's 401.
    const { "ivvy-date": _, ...undated } = HEADERS;
    const missing = await post(`${mock.url}${operationPaths.run}`, BODIES.run, undated);
    expect(missing.status).toBe(401);
    expect(missing.headers.get("access-control-allow-origin")).toBe("*");
    expect(missing.headers.get("sl-violations")).toMatch(/security/i);
    // The standard Date header instead of IVVY-Date meets another requirement of the contract.
    const dated = await post(`${mock.url}${operationPaths.run}`, BODIES.run, { ...undated, date: "Sat, 28 Nov 2026 16:23:24 GMT" });
    expect(dated.status).toBe(200);
  });

  it("answers 502 with a problem document when Prism does not answer", async () => {
    const broken = await startMock({ quiet: true });
    try {
      // Kill Prism behind the proxy's back.
      process.kill(broken.prism.pid, "SIGKILL");
      await waitForProcessExit(broken.prism.pid);
      const response = await post(`${broken.url}${operationPaths.ping}`, {});
      expect(response.status).toBe(502);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(await response.json()).toMatchObject({ status: 502, title: "The Prism mock did not answer" });
    } finally {
      await broken.close();
    }
  });
});

describe("startMock options", () => {
  it.each([
    [{ port: -1 }, /port must be an integer from 0 to 65535/],
    [{ port: 70_000 }, /port must be an integer/],
    [{ port: 1.5 }, /port must be an integer/],
    [{ host: "" }, /host must be a non-empty string/],
    [{ startupTimeoutMs: 0 }, /startupTimeoutMs must be a positive number/],
    [{ specPath: "/no/such/openapi.yaml" }, /specPath \/no\/such\/openapi.yaml does not exist/],
  ])("rejects %o before starting anything", async (options, message) => {
    await expect(startMock(options)).rejects.toThrow(message);
  });

  it("reports a port in use, naming it", async () => {
    const busy = await startCaptureServer();
    try {
      await expect(startMock({ port: busy.port, quiet: true })).rejects.toThrow(`127.0.0.1:${busy.port} is already in use`);
    } finally {
      await busy.close();
    }
  });

  it("reports a spec Prism cannot load, with what Prism said", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mock-spec-"));
    try {
      const path = join(dir, "broken.yaml");
      writeFileSync(path, "openapi: 3.0.3\npaths: [not, a, map\n");
      await expect(startMock({ specPath: path, quiet: true })).rejects.toThrow(/Prism exited .*before it listened[\s\S]*Prism said/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("finding openapi.yaml and Prism", () => {
  it("finds the package's openapi.yaml from src/ and from dist/ alike", () => {
    const root = join(import.meta.dirname, "..", "..");
    const expected = join(root, "openapi.yaml");
    expect(defaultSpecPath()).toBe(expected);
    expect(defaultSpecPath(pathToFileURL(join(root, "src/mock/start-mock.ts")).href)).toBe(expected);
    expect(defaultSpecPath(pathToFileURL(join(root, "dist/src/mock/start-mock.js")).href)).toBe(expected);
  });

  it("says to pass specPath when there is no openapi.yaml above the module", () => {
    const dir = mkdtempSync(join(tmpdir(), "mock-nospec-"));
    try {
      expect(() => defaultSpecPath(pathToFileURL(join(dir, "start-mock.js")).href)).toThrow(/pass specPath/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("resolves Prism's CLI script", () => {
    expect(resolvePrismCli()).toMatch(/node_modules\/@stoplight\/prism-cli\/dist\/index\.js$/);
  });

  it("says how to install Prism when it is missing", () => {
    const missing = (request: string): string => {
      throw Object.assign(new Error(`Cannot find module '${request}'`), { code: "MODULE_NOT_FOUND" });
    };
    expect(() => resolvePrismCli(missing)).toThrow("npm install --save-dev @stoplight/prism-cli@5.14.2");
  });
});

describe("stopping Prism", () => {
  it("close() leaves no Prism process and no listener, and can be called twice", async () => {
    const mock = await startMock({ quiet: true });
    const prismPort = Number(new URL(mock.prism.url).port);
    expect(isProcessAlive(mock.prism.pid)).toBe(true);
    await mock.close();
    expect(isProcessAlive(mock.prism.pid)).toBe(false);
    await waitForPortClosed(mock.port, { timeoutMs: 1_000 });
    await waitForPortClosed(prismPort, { timeoutMs: 1_000 });
    await expect(mock.close()).resolves.toBeUndefined();
  });

  it.each([
    ["exits without calling close()", "exit", undefined],
    ["is killed with SIGKILL (no exit handler runs)", "wait", "SIGKILL"],
    ["is killed with SIGTERM", "wait", "SIGTERM"],
  ] as const)("Prism goes away when the parent process %s", async (_how, mode, signal) => {
    const child = spawnTs(join(import.meta.dirname, "fixtures/mock-then-die.ts"), [mode]);
    try {
      const line = await waitForOutput(child, /"prismPid":\d+/);
      const { prismPid } = JSON.parse(line.trim().split("\n").pop()!) as { prismPid: number };
      expect(isProcessAlive(prismPid)).toBe(true);
      if (signal) child.kill(signal);
      await waitForProcessExit(prismPid, 5_000);
    } finally {
      child.kill("SIGKILL");
    }
  });
});
