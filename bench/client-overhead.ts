// Benchmark 1: what the signing client adds to a call. The same progress request, sent
// sequentially to one bare node:http server (in its own process) by: plain fetch, a bare
// openapi-fetch client, openapi-fetch with our signing middleware (`client.raw`),
// and the client's own `progress()` (signing, per-attempt timeout, error mapping).
import createClient from "openapi-fetch";
import { createBatchClient } from "../src/client/create-batch-client.js";
import { operationPaths, type paths } from "../src/contract/types.js";
import { DEMO_CREDENTIALS } from "../src/emulator/options/demo-credentials.js";
import { signRequest } from "../src/signing/sign-request.js";
import { alternate, seededRandom } from "./lib/alternate.js";
import { type BenchResult, fmt, row } from "./lib/bench-result.js";
import { benchFile, spawnTsChild } from "./lib/child-process.js";
import { median } from "./lib/stats.js";

export interface ClientOverheadOptions {
  rounds?: number;
  /** Sequential calls per contender per round. */
  callsPerRound?: number;
}

const ASYNC_ID = "0123456789abcdef0123456789abcdef";
const PATH = operationPaths.progress;

export async function benchClientOverhead(options: ClientOverheadOptions = {}): Promise<BenchResult> {
  const rounds = options.rounds ?? 21;
  const calls = options.callsPerRound ?? 500;
  const server = spawnTsChild(benchFile("lib/bare-server-child.ts"));
  try {
    const baseUrl = (await server.line(/^http:/)).trim();
    const body = JSON.stringify({ async: ASYNC_ID });
    const bare = createClient<paths>({ baseUrl });
    const client = createBatchClient({ ...DEMO_CREDENTIALS, baseUrl });
    const staticHeaders = signRequest({ ...DEMO_CREDENTIALS, requestString: PATH, body, now: Date.now() });

    const contenders: Record<string, () => Promise<unknown>> = {
      "plain fetch": async () => {
        const response = await fetch(baseUrl + PATH, { method: "POST", headers: { "content-type": "application/json" }, body });
        return response.json();
      },
      "openapi-fetch": async () => (await bare.POST(PATH, { body: { async: ASYNC_ID } })).data,
      // What client.progress() does to sign, without its per-attempt timeout: serialise
      // once, sign those bytes, send them.
      "openapi-fetch, signed": async () => {
        const json = JSON.stringify({ async: ASYNC_ID });
        const headers = signRequest({ ...DEMO_CREDENTIALS, requestString: PATH, body: json, now: Date.now() });
        return (await bare.POST(PATH, { body: { async: ASYNC_ID }, bodySerializer: () => json, headers: { ...headers } })).data;
      },
      // The same five headers with values computed once: what iVvy's protocol costs on
      // the wire (and in undici's header handling) without computing any signature.
      "openapi-fetch, same headers precomputed": async () =>
        (await bare.POST(PATH, { body: { async: ASYNC_ID }, bodySerializer: () => body, headers: { ...staticHeaders } })).data,
      "client.raw (signing middleware)": async () => (await client.raw.POST(PATH, { body: { async: ASYNC_ID } })).data,
      "client.progress()": () => client.progress(ASYNC_ID),
    };
    const timeCalls = (call: () => Promise<unknown>) => async () => {
      const started = performance.now();
      for (let i = 0; i < calls; i++) await call();
      return ((performance.now() - started) * 1000) / calls; // µs per call
    };
    // Warm up every path (JIT, connection pool) before measuring.
    for (const call of Object.values(contenders)) for (let i = 0; i < Math.min(200, calls); i++) await call();

    // The signature computation itself (MD5, HMAC-SHA1, timestamp, header object), timed
    // in the same rounds as the calls so its share of a call is a same-run ratio.
    const signOnly = async () => {
      const n = calls * 10;
      const started = performance.now();
      for (let i = 0; i < n; i++) signRequest({ ...DEMO_CREDENTIALS, requestString: PATH, body, now: Date.now() });
      return ((performance.now() - started) * 1000) / n;
    };
    const samples = await alternate(
      [...Object.entries(contenders).map(([name, call]) => ({ name, measure: timeCalls(call) })), { name: "signRequest() alone", measure: signOnly }],
      rounds,
      seededRandom(20261128),
    );
    const us = (name: string) => median(samples[name]!);
    // The ratio of each round's pair, then the median: a slow round slows both alike.
    const ratio = (a: string, b: string) => median(samples[a]!.map((v, i) => v / samples[b]![i]!));
    const abs = (a: string, b: string) => `${fmt(us(a), 0)} µs vs ${fmt(us(b), 0)} µs per call`;
    return {
      rows: [
        row({
          benchmark: "client",
          ratio: "client.progress() / openapi-fetch",
          value: ratio("client.progress()", "openapi-fetch"),
          absolute: abs("client.progress()", "openapi-fetch"),
          atMost: 1.05,
        }),
        row({
          benchmark: "client",
          ratio: "signing alone: openapi-fetch signed / openapi-fetch",
          value: ratio("openapi-fetch, signed", "openapi-fetch"),
          absolute: abs("openapi-fetch, signed", "openapi-fetch"),
          atMost: 1.05,
        }),
        row({
          benchmark: "client",
          ratio: "signRequest() alone / one openapi-fetch call",
          value: ratio("signRequest() alone", "openapi-fetch"),
          absolute: abs("signRequest() alone", "openapi-fetch"),
          atMost: 0.05,
        }),
        row({
          benchmark: "client",
          ratio: "signature computation: openapi-fetch signed / same headers precomputed",
          value: ratio("openapi-fetch, signed", "openapi-fetch, same headers precomputed"),
          absolute: abs("openapi-fetch, signed", "openapi-fetch, same headers precomputed"),
          atMost: 1.05,
        }),
        row({
          benchmark: "client",
          ratio: "the protocol's headers: same headers precomputed / openapi-fetch",
          value: ratio("openapi-fetch, same headers precomputed", "openapi-fetch"),
          absolute: abs("openapi-fetch, same headers precomputed", "openapi-fetch"),
        }),
        row({
          benchmark: "client",
          ratio: "client.raw (middleware) / openapi-fetch",
          value: ratio("client.raw (signing middleware)", "openapi-fetch"),
          absolute: abs("client.raw (signing middleware)", "openapi-fetch"),
        }),
        row({
          benchmark: "client",
          ratio: "openapi-fetch / plain fetch",
          value: ratio("openapi-fetch", "plain fetch"),
          absolute: abs("openapi-fetch", "plain fetch"),
        }),
      ],
      notes: [
        "client.progress() = signing + a per-attempt timeout (AbortController passed to the Request) + error mapping; 'signing alone' is the same signing on a bare openapi-fetch call; 'same headers precomputed' sends the five IWS headers with fixed values, so 'signature computation' isolates MD5 + HMAC + date from the cost of carrying the headers; client.raw signs in the openapi-fetch middleware, reading the body back from the Request; the methods sign the JSON they serialised before the Request is built and pass the headers in",
        `${rounds} rounds of ${calls} sequential progress calls per contender, in a shuffled order each round (seeded); bare node:http server in its own process`,
      ],
    };
  } finally {
    await server.stop();
  }
}
