// The two body readers the receiver and the emulator share (util/read-web-body.ts,
// util/read-node-body.ts): a limit counted as the bytes stream, a timeout on the injected
// clock, a signal, and the shared byte budget.
import type { IncomingMessage } from "node:http";
import { PassThrough } from "node:stream";
import { describe, expect, it, vi } from "vitest";
import { createByteBudget } from "../../src/util/byte-budget.js";
import { createManualClock } from "../../src/util/clock.js";
import { readNodeBody } from "../../src/util/read-node-body.js";
import { readWebBody } from "../../src/util/read-web-body.js";
import { within } from "./fixtures.js";

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (body: Uint8Array) => new TextDecoder().decode(body);

/** A stream that sends `chunks`, then stays open until cancelled (or closes when `close`). */
function webStream(chunks: string[], close = false) {
  const state = { cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(bytes(chunk));
      if (close) controller.close();
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

/** What readNodeBody reads: a stream with headers, as node:http's IncomingMessage is. */
function nodeRequest(headers: Record<string, string> = {}) {
  const stream = new PassThrough();
  return { stream, request: Object.assign(stream, { headers }) as unknown as IncomingMessage };
}

describe("readWebBody", () => {
  it("reads a Request or a stream whole, and a missing body as empty", async () => {
    const read = await readWebBody(webStream(['{"a":', "1}"], true).stream, 100);
    expect(read.ok && text(read.bytes)).toBe('{"a":1}');
    const request = new Request("http://x/", { method: "POST", body: "hello" });
    expect(await readWebBody(request, 100)).toEqual({ ok: true, bytes: bytes("hello") });
    expect(await readWebBody(null, 100)).toEqual({ ok: true, bytes: new Uint8Array(0) });
  });

  it("stops at the limit, counting what streams in, and cancels the stream", async () => {
    const { stream, state } = webStream(["12345", "67890"]);
    expect(await readWebBody(stream, 7)).toEqual({ ok: false, reason: "too-large" });
    expect(state.cancelled).toBe(true);
  });

  it("times out on the injected clock, and only when the clock passes the timeout", async () => {
    const clock = createManualClock();
    const { stream, state } = webStream(["{"]);
    const reading = readWebBody(stream, 100, { timeoutMs: 1_000, clock });
    clock.advance(999);
    expect(state.cancelled).toBe(false);
    clock.advance(1);
    expect(await within(reading, "the timeout")).toEqual({ ok: false, reason: "timeout", message: "the body was not complete within 1000 ms" });
    expect(state.cancelled).toBe(true);
    expect(clock.pending).toBe(0);
  });

  it("stops when the signal aborts, saying why", async () => {
    const controller = new AbortController();
    const { stream, state } = webStream(["{"]);
    const reading = readWebBody(stream, 100, { signal: controller.signal });
    controller.abort(new Error("too slow for the caller"));
    expect(await within(reading, "the abort")).toEqual({ ok: false, reason: "aborted", message: "the read was stopped: too slow for the caller" });
    expect(state.cancelled).toBe(true);
    expect(await readWebBody(webStream([]).stream, 100, { signal: controller.signal })).toMatchObject({ reason: "aborted" });
  });

  it("takes each chunk from the budget, and stops when it is spent", async () => {
    const budget = createByteBudget(8);
    const lease = budget.lease();
    expect(await readWebBody(webStream(["12345", "67890"], true).stream, 100, { budget: lease })).toMatchObject({ reason: "overloaded" });
    expect(budget.held).toBe(5);
    lease.release();
    expect(budget.held).toBe(0);
  });

  it("says why a broken stream could not be read", async () => {
    const broken = new ReadableStream<Uint8Array>({ pull: (controller) => controller.error(new Error("connection reset")) });
    expect(await readWebBody(broken, 100)).toEqual({ ok: false, reason: "unreadable", message: "connection reset" });
  });
});

describe("readNodeBody", () => {
  it("reads the body whole", async () => {
    const { stream, request } = nodeRequest();
    const reading = readNodeBody(request, 100);
    stream.write('{"a":');
    stream.end("1}");
    const read = await within(reading, "the body");
    expect(read.ok && text(read.bytes)).toBe('{"a":1}');
  });

  it("refuses a declared length past the limit before reading, and stops (paused) once the bytes pass it", async () => {
    expect(await readNodeBody(nodeRequest({ "content-length": "101" }).request, 100)).toEqual({ ok: false, reason: "too-large" });
    const { stream, request } = nodeRequest();
    const reading = readNodeBody(request, 7);
    stream.write("12345");
    stream.write("67890");
    expect(await within(reading, "the refusal")).toEqual({ ok: false, reason: "too-large" });
    expect(stream.isPaused()).toBe(true);
    expect(stream.listenerCount("data")).toBe(0);
  });

  it("times out on the injected clock", async () => {
    const clock = createManualClock();
    const { stream, request } = nodeRequest();
    const reading = readNodeBody(request, 100, { timeoutMs: 500, clock });
    stream.write("{");
    await vi.waitFor(() => expect(stream.readableLength, "the first chunk was taken").toBe(0), { timeout: 5_000 });
    clock.advance(500);
    expect(await within(reading, "the timeout")).toEqual({ ok: false, reason: "timeout", message: "the body was not complete within 500 ms" });
    expect(stream.listenerCount("data")).toBe(0);
    expect(clock.pending).toBe(0);
  });

  it("stops when the signal aborts, and says why a body could not be read", async () => {
    const controller = new AbortController();
    const first = nodeRequest();
    const reading = readNodeBody(first.request, 100, { signal: controller.signal });
    controller.abort(new Error("gave up"));
    expect(await within(reading, "the abort")).toEqual({ ok: false, reason: "aborted", message: "the read was stopped: gave up" });

    const second = nodeRequest();
    const broken = readNodeBody(second.request, 100);
    second.stream.destroy(new Error("socket hang up"));
    expect(await within(broken, "the error")).toEqual({ ok: false, reason: "unreadable", message: "socket hang up" });
  });

  it("takes each chunk from the budget", async () => {
    const lease = createByteBudget(8).lease();
    const { stream, request } = nodeRequest();
    const reading = readNodeBody(request, 100, { budget: lease });
    stream.write("12345");
    stream.write("67890");
    expect(await within(reading, "the refusal")).toMatchObject({ ok: false, reason: "overloaded" });
  });
});
