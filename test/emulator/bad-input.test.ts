// Bad input never crashes the emulator and never gets a 5xx: each kind gets a clear iVvy
// envelope with the contract's status, and no stored batch changes.
import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { SpecificCode } from "../../src/contract/specific-codes.js";
import { operationPaths } from "../../src/contract/types.js";
import type { Emulator } from "../../src/emulator/create-emulator.js";
import { closeAll, echoHandlers, echoJobs, emulatorWith, expectConforms, expectEnvelope, rawRequest, read, send, settled } from "./harness.js";

afterEach(closeAll);

/** A finished batch whose view must not change whatever bad requests follow. */
async function withFinishedBatch(options = {}) {
  const emulator = emulatorWith({ handlers: echoHandlers, ...options });
  const run = await send(emulator, "run", { json: { jobs: echoJobs(3) } });
  await settled(emulator);
  const asyncId: string = run.body.asyncId;
  return { emulator, asyncId, snapshot: () => JSON.stringify(emulator.batches.list()) };
}

describe("malformed bodies", () => {
  const bodies: [string, string | Uint8Array][] = [
    ["malformed JSON", '{"jobs": ['],
    ["a truncated body", JSON.stringify({ jobs: echoJobs(2) }).slice(0, 40)],
    ["invalid UTF-8", new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d])],
    ["JSON nested 100,000 deep", "[".repeat(100_000) + "]".repeat(100_000)],
    ["a JSON number", "42"],
  ];
  it("an empty body is a request with no parameters: ping answers, the others name the missing parameter (23017), nothing changes", async () => {
    const { emulator, snapshot } = await withFinishedBatch();
    const before = snapshot();
    const ping = await send(emulator, "ping", { body: "" });
    expect(ping.status).toBe(200);
    expectConforms("ping", ping);
    for (const operation of ["run", "progress", "results", "restart", "repost"] as const) {
      const answer = await send(emulator, operation, { body: "" });
      expectEnvelope(answer, 400, SpecificCode.MissingParameter);
      expect(answer.body.message).toBe(operation === "run" ? "'jobs' is required" : "'async' is required");
      expectConforms(operation, answer);
    }
    expect(snapshot()).toBe(before);
  });

  it.each(bodies)("%s is 400 23016 and changes nothing", async (_name, body) => {
    const { emulator, snapshot } = await withFinishedBatch();
    const before = snapshot();
    for (const operation of ["run", "progress", "results", "restart", "repost", "ping"] as const) {
      const answer = await send(emulator, operation, { body });
      expectEnvelope(answer, 400, SpecificCode.InvalidParameter);
      expectConforms(operation, answer);
    }
    expect(snapshot()).toBe(before);
  });

  it("refuses job params nested deeper than 64 levels, which would otherwise overflow later", async () => {
    let params: Record<string, unknown> = {};
    for (let i = 0; i < 70; i++) params = { inner: params };
    const answer = await send(emulatorWith(), "run", { json: { jobs: [{ namespace: "a", action: "b", params }] } });
    expectEnvelope(answer, 400, 23016);
    expect(answer.body.additionalMessages[0]).toMatch(/deeper than 64/);
  });

  it("answers wrong types in every field of run with a 400 envelope", async () => {
    const emulator = emulatorWith();
    const values = [null, true, 0, -1.5, "", "x", [], {}, [null], { a: [] }];
    for (const field of ["jobs", "callbackUrl", "namespace", "action", "params"]) {
      for (const value of values) {
        const job: Record<string, unknown> = { namespace: "test", action: "ping", params: {} };
        const body: Record<string, unknown> = { jobs: [job] };
        if (field === "jobs" || field === "callbackUrl") body[field] = value;
        else job[field] = value;
        const answer = await send(emulator, "run", { json: body });
        // Only these values are valid for their field; everything else must be refused.
        // `params: []` is no parameters (openapi.yaml, "Decisions": ivvy-sdk-php sends it).
        const noParameters = Array.isArray(value) && value.length === 0;
        const valid =
          (field === "params" && (noParameters || (!Array.isArray(value) && typeof value === "object" && value !== null))) ||
          ((field === "namespace" || field === "action") && value === "x");
        expect(answer.status, `${field}=${JSON.stringify(value)}`).toBe(valid ? 200 : 400);
        expectConforms("run", answer);
      }
    }
  });
});

describe("content type and size", () => {
  it.each([["text/plain"], ["application/x-www-form-urlencoded"], ["application/jsonx"], [null]])("content type %s is 415 0", async (type) => {
    const { emulator, snapshot } = await withFinishedBatch();
    const before = snapshot();
    for (const operation of ["run", "progress", "ping"] as const) {
      const answer = await send(emulator, operation, { json: { jobs: echoJobs(1) }, headers: { "content-type": type } });
      expectEnvelope(answer, 415, 0);
      expectConforms(operation, answer);
    }
    expect(snapshot()).toBe(before);
  });

  it("accepts application/json with a charset parameter", async () => {
    const emulator = emulatorWith();
    // The signature covers the content type as sent, so sign with the charset in it.
    const { signRequest } = await import("../../src/signing/sign-request.js");
    const headers = signRequest({
      apiKey: "emulator-demo-key",
      apiSecret: "emulator-demo-secret",
      requestString: operationPaths.ping,
      body: "{}",
      contentType: "application/json; charset=utf-8",
      now: Date.now(),
    });
    const response = await emulator.fetch(new Request(`http://e${operationPaths.ping}`, { method: "POST", headers: { ...headers }, body: "{}" }));
    expect(response.status).toBe(200);
  });

  it("refuses a body over maxBodyBytes with 413, in-process with and without a Content-Length", async () => {
    const emulator = emulatorWith({ maxBodyBytes: 1000 });
    const big = JSON.stringify({ jobs: echoJobs(50) });
    expect(big.length).toBeGreaterThan(1000);
    const answer = await send(emulator, "run", { body: big });
    expectEnvelope(answer, 413, 0);
    expectConforms("run", answer);
    expect(answer.body.additionalMessages).toEqual(["The limit is 1000 bytes"]);

    // A streamed body with no Content-Length: counted as it is read, refused once past the limit.
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        if (pulled > 1000) return controller.close(); // would be 500 KB; must stop long before
        controller.enqueue(new TextEncoder().encode(" ".repeat(500)));
      },
    });
    const signed = rawRequest(emulator, operationPaths.run, { body: big });
    const streamed = await emulator.fetch(new Request(signed.url, { method: "POST", headers: signed.headers, body: stream, duplex: "half" } as RequestInit));
    expectEnvelope(await read(streamed), 413, 0);
    expect(pulled).toBeLessThan(10);
    expect(emulator.batches.list()).toEqual([]);
  });

  it("refuses a lying Content-Length in-process (the bytes are what count)", async () => {
    const emulator = emulatorWith({ maxBodyBytes: 100 });
    const request = rawRequest(emulator, operationPaths.run, { body: JSON.stringify({ jobs: echoJobs(10) }), headers: { "content-length": "10" } });
    expectEnvelope(await read(await emulator.fetch(request)), 413, 0);
  });
});

describe("routing", () => {
  it.each([
    ["/api/1.0/batch?action=explode", 404],
    ["/api/1.0/batch", 404],
    // Other namespaces are direct calls (test/emulator/direct-calls.test.ts): an action with no handler is a 404.
    ["/api/1.0/event?action=noSuchAction", 404],
    ["/api/1.0/test?action=noSuchAction", 404],
    ["/api/1.0/ev%20ent?action=getEventList", 404],
    ["/api/1.0/batch?action=constructor", 404],
    ["/api/2.0/batch?action=run", 404],
    ["/", 404],
  ])("%s is a %i envelope", async (path, status) => {
    const emulator = emulatorWith();
    const answer = await read(await emulator.fetch(rawRequest(emulator, path)));
    expectEnvelope(answer, status, 0);
  });

  it.each(["GET", "PUT", "DELETE", "PATCH"])("%s on an action is 405 with Allow: POST", async (method) => {
    const emulator = emulatorWith();
    const answer = await read(await emulator.fetch(rawRequest(emulator, operationPaths.progress, { method })));
    expectEnvelope(answer, 405, 0);
    expect(answer.headers.get("allow")).toBe("POST");
  });
});

describe("over a real socket", () => {
  async function listening(options = {}): Promise<{ emulator: Emulator; port: number }> {
    const emulator = emulatorWith(options);
    const { port } = await emulator.listen({ port: 0 });
    return { emulator, port };
  }

  it("refuses an oversized body by its Content-Length without reading it, and keeps serving", async () => {
    const { emulator, port } = await listening({ maxBodyBytes: 1024 });
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest({
        port,
        host: "127.0.0.1",
        method: "POST",
        path: operationPaths.run,
        headers: { "content-type": "application/json", "content-length": 10 * 1024 * 1024 },
      });
      req.on("response", (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      req.write(Buffer.alloc(64 * 1024, 32)); // a start; the rest never comes
    });
    expect(status).toBe(413);
    const after = await fetch(`http://127.0.0.1:${port}${operationPaths.ping}`, rawRequest(emulator, operationPaths.ping));
    expect(after.status).toBe(200);
  });

  it("refuses a chunked body once it passes the limit", async () => {
    const { emulator, port } = await listening({ maxBodyBytes: 1024 });
    const signed = rawRequest(emulator, operationPaths.run, { body: JSON.stringify({ jobs: echoJobs(100) }) });
    const response = await fetch(`http://127.0.0.1:${port}${operationPaths.run}`, {
      method: "POST",
      headers: signed.headers,
      body: new Blob([JSON.stringify({ jobs: echoJobs(100) })]).stream(),
      duplex: "half",
    } as RequestInit);
    expectEnvelope(await read(response), 413, 0);
  });

  it("survives a client that sends half a body and hangs up, and state is untouched", async () => {
    const { emulator, port } = await listening();
    await new Promise<void>((resolve) => {
      const socket = connect({ port, host: "127.0.0.1" }, () => {
        socket.write(`POST ${operationPaths.run} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"jobs":[`);
        setTimeout(() => socket.destroy(), 20);
      });
      socket.on("close", () => resolve());
    });
    const after = await fetch(`http://127.0.0.1:${port}${operationPaths.ping}`, rawRequest(emulator, operationPaths.ping));
    expect(after.status).toBe(200);
    expect(emulator.batches.list()).toEqual([]);
  });

  it("routes an absolute-form target by its path, and answers HEAD with 405 and no body", async () => {
    const { emulator, port } = await listening();
    const signed = rawRequest(emulator, operationPaths.ping);
    const status = await new Promise<number>((resolve, reject) => {
      const path = `http://127.0.0.1:${port}${operationPaths.ping}`;
      const req = httpRequest({ port, host: "127.0.0.1", method: "POST", path, headers: Object.fromEntries(signed.headers) }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      req.end("{}");
    });
    expect(status).toBe(200);
    const head = await fetch(`http://127.0.0.1:${port}${operationPaths.progress}`, { method: "HEAD" });
    expect(head.status).toBe(405);
    expect(head.headers.get("allow")).toBe("POST");
    expect(await head.text()).toBe("");
  });

  it("answers malformed JSON and a wrong content type over HTTP as in-process", async () => {
    const { emulator, port } = await listening();
    const bad = rawRequest(emulator, operationPaths.run, { body: "{nope" });
    expectEnvelope(
      await read(await fetch(`http://127.0.0.1:${port}${operationPaths.run}`, { method: "POST", headers: bad.headers, body: "{nope" })),
      400,
      23016,
    );
    const text = rawRequest(emulator, operationPaths.run, { body: "{}", headers: { "content-type": "text/plain" } });
    expectEnvelope(await read(await fetch(`http://127.0.0.1:${port}${operationPaths.run}`, { method: "POST", headers: text.headers, body: "{}" })), 415, 0);
  });
});
