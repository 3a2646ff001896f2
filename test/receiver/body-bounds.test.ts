// Bodies that arrive slowly or never end cannot pin memory (docs/receiver.md, "Options":
// maxBufferedBytes, bodyTimeoutMs). Before: no bound across requests (50 slow 6 MiB bodies
// pinned about 300 MiB) and no read timeout short of Node's 300 s request timeout. The
// timeouts run on a manual clock: the tests move it, and wait for events with a bound.
import { once } from "node:events";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type CallbackReceiver, type CallbackReceiverOptions, createCallbackReceiver, toNodeListener } from "../../src/receiver/index.js";
import { fakeClock, makeCallback, newAsyncId, post, within } from "./fixtures.js";

const MiB = 1024 * 1024;

async function boundUrl(receiver: CallbackReceiver, base = "https://my.app/ivvy/callback"): Promise<{ url: string; asyncId: string }> {
  const asyncId = newAsyncId();
  const { callbackUrl, token } = await receiver.issueCallbackUrl();
  await receiver.bind(token, asyncId);
  const url = new URL(callbackUrl);
  return { url: `${base}${url.search}`, asyncId };
}

/** A request body that sends `first` bytes and then nothing, until cancelled; reports how far it was read. */
function stalledBody(first = 1024) {
  let cancelled = false;
  let sent = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!sent) {
        sent = true;
        controller.enqueue(new Uint8Array(first).fill(0x20));
      }
      // Never closes: the next pull waits forever.
      return new Promise(() => undefined);
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, cancelled: () => cancelled };
}

const receiverWith = (options: Partial<CallbackReceiverOptions>) => createCallbackReceiver({ publicUrl: "https://my.app/ivvy/callback", ...options });

describe("the body read timeout", () => {
  it("answers 408 to a body that stops arriving, and cancels its stream", async () => {
    const clock = fakeClock();
    const receiver = receiverWith({ bodyTimeoutMs: 100, clock });
    const { url } = await boundUrl(receiver);
    const body = stalledBody();
    const answer = receiver.fetch(post(url, body.stream));
    await vi.waitFor(() => expect(clock.pending, "the body read has begun, with its deadline on the clock").toBe(1), { timeout: 5_000 });
    clock.advance(99);
    expect(body.cancelled()).toBe(false);
    clock.advance(1);
    const response = await within(answer, "the 408 once bodyTimeoutMs passed on the clock");
    expect(response.status).toBe(408);
    expect(((await response.json()) as { message: string }).message).toContain("bodyTimeoutMs (100 ms)");
    expect(body.cancelled()).toBe(true);
  });

  it("is checked when the receiver is made", () => {
    expect(() => receiverWith({ bodyTimeoutMs: 0 })).toThrow("option 'bodyTimeoutMs' must be a positive integer");
  });
});

describe("maxBufferedBytes", () => {
  it("answers 429 with Retry-After, before reading, once the bodies being read would pass it; frees it as they finish", async () => {
    const clock = fakeClock();
    const receiver = receiverWith({ maxBodyBytes: 1 * MiB, maxBufferedBytes: 3 * MiB, bodyTimeoutMs: 300, clock });
    // Three bodies of unknown length each hold a maxBodyBytes share while they trickle.
    const stalled = await Promise.all([1, 2, 3].map(() => boundUrl(receiver)));
    const pending = stalled.map(({ url }) => receiver.fetch(post(url, stalledBody().stream)));
    await vi.waitFor(() => expect(clock.pending, "the three bodies are being read").toBe(3), { timeout: 5_000 });

    const { url, asyncId } = await boundUrl(receiver);
    const refused = stalledBody();
    const response = await receiver.fetch(post(url, refused.stream));
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("1");
    expect(((await response.json()) as { message: string }).message).toContain("maxBufferedBytes 3145728");

    clock.advance(300);
    expect((await within(Promise.all(pending), "the three 408s")).map((r) => r.status)).toEqual([408, 408, 408]);
    // Their shares were given back: the same callback is now read and accepted.
    expect((await receiver.fetch(post(url, JSON.stringify(makeCallback(asyncId))))).status).toBe(200);
  });

  it("counts a declared Content-Length, not maxBodyBytes, so many small bodies fit", async () => {
    const receiver = receiverWith({ maxBodyBytes: 1 * MiB, maxBufferedBytes: 1 * MiB });
    const batches = await Promise.all(Array.from({ length: 20 }, () => boundUrl(receiver)));
    const answers = await Promise.all(
      batches.map(({ url, asyncId }) => {
        const body = JSON.stringify(makeCallback(asyncId, 5));
        return receiver.fetch(
          new Request(url, { method: "POST", headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) }, body }),
        );
      }),
    );
    expect(answers.map((r) => r.status)).toEqual(batches.map(() => 200));
  });

  it("refuses a body longer than its declared Content-Length with 413", async () => {
    const receiver = receiverWith({});
    const { url, asyncId } = await boundUrl(receiver);
    const body = JSON.stringify(makeCallback(asyncId));
    const lying = new Request(url, { method: "POST", headers: { "content-type": "application/json", "content-length": "10" }, body });
    const response = await receiver.fetch(lying);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { message: string }).message).toContain("longer than its Content-Length (10 bytes)");
  });

  it("must be at least maxBodyBytes", () => {
    expect(() => receiverWith({ maxBodyBytes: 2 * MiB, maxBufferedBytes: MiB })).toThrow("option 'maxBufferedBytes' must be at least maxBodyBytes (2097152)");
    expect(() => receiverWith({ maxBodyBytes: 100 * MiB })).not.toThrow();
  });
});

describe("over a real socket (toNodeListener)", () => {
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    server?.close();
    if (server) await once(server, "close");
    server = undefined;
  });

  it("a slow body gets 408 and its connection is closed; past the bound, 429 at once", async () => {
    const clock = fakeClock();
    const receiver = receiverWith({ maxBodyBytes: MiB, maxBufferedBytes: 2 * MiB, bodyTimeoutMs: 200, clock });
    server = createServer(toNodeListener(receiver));
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

    let answers = 0;
    const send = async (declared: number) => {
      const { url } = await boundUrl(receiver, base);
      return new Promise<{ status: number; connection: string | undefined; at: number }>((resolve, reject) => {
        const request = httpRequest(url, { method: "POST", headers: { "content-type": "application/json", "content-length": declared } }, (response) => {
          response.resume();
          resolve({ status: response.statusCode ?? 0, connection: response.headers.connection, at: ++answers });
        });
        request.on("error", reject);
        // A first few bytes, then silence.
        request.write("{".padEnd(100, " "));
      });
    };
    const slow = [send(MiB), send(MiB)];
    await vi.waitFor(() => expect(clock.pending, "both slow bodies are being read").toBe(2), { timeout: 5_000 });
    const refused = await within(send(MiB), "the 429");
    // Answered first, while the two slow bodies are still being waited for.
    expect(refused).toMatchObject({ status: 429, connection: "close", at: 1 });
    clock.advance(200);
    for (const answer of await within(Promise.all(slow), "the two 408s")) expect(answer).toMatchObject({ status: 408, connection: "close" });
  });
});
