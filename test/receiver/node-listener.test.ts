import { once } from "node:events";
import { createServer, request as httpRequest, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import type { BatchCallback } from "../../src/contract/types.js";
import { type CallbackReceiver, createCallbackReceiver, type NodeListener, toNodeListener } from "../../src/receiver/index.js";
import { makeCallback, newAsyncId } from "./fixtures.js";

let server: Server | undefined;
afterEach(async () => {
  if (server?.listening) {
    server.closeAllConnections();
    server.close();
    await once(server, "close");
  }
  server = undefined;
});

/** Serves `listener` on a real socket at an OS-chosen port. */
async function serve(listener: (req: IncomingMessage, res: Parameters<NodeListener>[1]) => void): Promise<string> {
  server = createServer(listener);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function setup(maxBodyBytes?: number) {
  const received: BatchCallback[] = [];
  const receiver = createCallbackReceiver({
    publicUrl: "https://my.app/ivvy/callback",
    onCallback: (payload) => void received.push(payload),
    ...(maxBodyBytes ? { maxBodyBytes } : {}),
  });
  return { receiver, received };
}

/** The issued URL's path and token, re-pointed at the local server. */
async function localCallbackUrl(receiver: CallbackReceiver, base: string, asyncId: string): Promise<string> {
  const { callbackUrl, token } = await receiver.issueCallbackUrl();
  await receiver.bind(token, asyncId);
  const url = new URL(callbackUrl);
  return `${base}${url.pathname}${url.search}`;
}

describe("toNodeListener over a real socket", () => {
  it("accepts a valid callback and hands it on once, however often it is delivered", async () => {
    const { receiver, received } = setup();
    const base = await serve(toNodeListener(receiver));
    const asyncId = newAsyncId();
    const url = await localCallbackUrl(receiver, base, asyncId);
    const body = JSON.stringify(makeCallback(asyncId, 200));
    for (let i = 0; i < 3; i++) {
      const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ received: true, duplicate: i > 0 });
    }
    await receiver.whenIdle();
    expect(received).toHaveLength(1);
    expect(received[0]!.results).toHaveLength(200);
  });

  it("answers 413 to a chunked upload past maxBodyBytes and closes the connection", async () => {
    const { receiver, received } = setup(32 * 1024);
    const base = await serve(toNodeListener(receiver));
    const url = new URL(await localCallbackUrl(receiver, base, newAsyncId()));
    const req = httpRequest(url, { method: "POST", headers: { "content-type": "application/json", "transfer-encoding": "chunked" } });
    const answered = once(req, "response") as Promise<[IncomingMessage]>;
    req.on("error", () => undefined); // the server may close while we are still writing
    // Keep writing until the server answers: it must not wait for the end of the body.
    const chunk = Buffer.alloc(8 * 1024, 0x20);
    let stop = false;
    void answered.then(() => (stop = true));
    while (!stop && !req.destroyed) {
      if (!req.write(chunk)) await Promise.race([once(req, "drain"), answered]);
    }
    const [response] = await answered;
    expect(response.statusCode).toBe(413);
    expect(response.headers.connection).toBe("close");
    const text = (await response.toArray()).join("");
    expect(JSON.parse(text)).toMatchObject({ errorCode: 413, message: expect.stringMatching(/maxBodyBytes/) });
    req.destroy();
    expect(received).toHaveLength(0);
  });

  it("with a path, handles only that path and passes others to next()", async () => {
    const { receiver } = setup();
    const listener = toNodeListener(receiver, { path: "/ivvy/callback" });
    const passed: string[] = [];
    const base = await serve((req, res) =>
      listener(req, res, () => {
        passed.push(req.url ?? "");
        res.end("next");
      }),
    );
    expect(await (await fetch(`${base}/health`)).text()).toBe("next");
    expect((await fetch(`${base}/ivvy/callback`, { method: "POST" })).status).toBe(401);
    expect(passed).toEqual(["/health"]);
  });

  it("uses a raw Buffer body left by express.raw(), and explains a body already parsed by express.json()", async () => {
    const { receiver, received } = setup();
    const listener = toNodeListener(receiver);
    const asyncId = newAsyncId();
    let parseFirst = false;
    const base = await serve(async (req, res) => {
      // What express.raw() / express.json() leave behind: the stream read, req.body set.
      const raw = Buffer.concat(await req.toArray());
      Object.assign(req, { body: parseFirst ? JSON.parse(raw.toString("utf8")) : raw });
      listener(req, res);
    });
    const url = await localCallbackUrl(receiver, base, asyncId);
    const body = JSON.stringify(makeCallback(asyncId));
    const init = { method: "POST", headers: { "content-type": "application/json" }, body };
    expect((await fetch(url, init)).status).toBe(200);
    parseFirst = true;
    const parsed = await fetch(url, init);
    expect(parsed.status).toBe(500);
    expect(((await parsed.json()) as { message: string }).message).toMatch(/mount the receiver before express\.json\(\)/);
    await receiver.whenIdle();
    expect(received).toHaveLength(1);
  });

  it("rejects a bad path option at construction", () => {
    const { receiver } = setup();
    expect(() => toNodeListener(receiver, { path: "ivvy" })).toThrow("toNodeListener: option 'path' must start with '/'");
  });
});
