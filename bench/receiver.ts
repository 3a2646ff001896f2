// Benchmark 3: what accepting a callback costs beside parsing it. The receiver's core
// (`handle`: token check, content type, size, UTF-8 check, JSON.parse, schema
// validation, dedupe hash) and its `fetch` (plus building the Request and Response) on a
// 200-result callback, against decoding and JSON.parse of the same bytes alone.

import type { BatchResult } from "../src/contract/types.js";
import { createCallbackReceiver } from "../src/receiver/create-callback-receiver.js";
import { alternate } from "./lib/alternate.js";
import { type BenchResult, fmt, row } from "./lib/bench-result.js";
import { median } from "./lib/stats.js";

export interface ReceiverOptions {
  rounds?: number;
  iterations?: number;
}

const ASYNC_ID = "a1b2c3d4e5f60718293a4b5c6d7e8f90";

/** 200 results shaped like event.inviteContacts answers, as a real callback carries. */
function callbackBody(): Uint8Array {
  const results: BatchResult[] = Array.from({ length: 200 }, (_, i) => ({
    namespace: "event",
    action: "inviteContacts",
    request: { event: 42, contacts: [1000 + i] },
    response: {
      results: [
        {
          contact: 1000 + i,
          status: true,
          inviteLinkYes: `https://example.test/invite/42/${1000 + i}/yes`,
          inviteLinkNo: `https://example.test/invite/42/${1000 + i}/no`,
        },
      ],
    },
  }));
  return new TextEncoder().encode(JSON.stringify({ asyncId: ASYNC_ID, results }));
}

export async function benchReceiver(options: ReceiverOptions = {}): Promise<BenchResult> {
  const rounds = options.rounds ?? 7;
  const iterations = options.iterations ?? 2_000;
  const bytes = callbackBody();
  const receiver = createCallbackReceiver({ publicUrl: "http://127.0.0.1:9/ivvy/callback" });
  const { callbackUrl, token } = await receiver.issueCallbackUrl();
  await receiver.bind(token, ASYNC_ID);
  const incoming = {
    method: "POST",
    url: callbackUrl,
    contentType: "application/json",
    contentLength: String(bytes.byteLength),
    readBody: async () => bytes,
  };
  // Fail loudly if the receiver is not accepting: a benchmark of its 401 path would be fast and wrong.
  const first = await receiver.handle(incoming);
  if (first.status !== 200) throw new Error(`receiver answered ${first.status}: ${first.body}`);

  let sink = 0;
  const timed = (fn: () => unknown) => async () => {
    const started = performance.now();
    for (let i = 0; i < iterations; i++) {
      const out = fn();
      if (out instanceof Promise) await out;
      sink++;
    }
    return ((performance.now() - started) * 1000) / iterations;
  };
  const parseOnly = () => JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"));
  const samples = await alternate(
    [
      { name: "JSON.parse", measure: timed(parseOnly) },
      { name: "handle", measure: timed(() => receiver.handle(incoming)) },
      {
        name: "fetch",
        measure: timed(async () => {
          const response = await receiver.fetch(new Request(callbackUrl, { method: "POST", headers: { "content-type": "application/json" }, body: bytes }));
          await response.arrayBuffer();
        }),
      },
    ],
    rounds,
  );
  if (sink === 0) throw new Error("nothing ran");
  const us = (name: string) => median(samples[name]!);
  const ratio = (a: string, b: string) => median(samples[a]!.map((v, i) => v / samples[b]![i]!));
  return {
    rows: [
      row({
        benchmark: "receiver",
        ratio: "receiver.handle / JSON.parse (200 results)",
        value: ratio("handle", "JSON.parse"),
        absolute: `${fmt(us("handle"), 0)} µs vs ${fmt(us("JSON.parse"), 0)} µs`,
        atMost: 2,
      }),
      row({
        benchmark: "receiver",
        ratio: "receiver.fetch (Request in, Response out) / JSON.parse",
        value: ratio("fetch", "JSON.parse"),
        absolute: `${fmt(us("fetch"), 0)} µs vs ${fmt(us("JSON.parse"), 0)} µs`,
      }),
    ],
    notes: [
      `${bytes.byteLength.toLocaleString("en-US")} byte callback of 200 results; ${rounds} rounds of ${iterations} calls, order alternated; every call after the first is a duplicate delivery (same work, no handler)`,
    ],
  };
}
