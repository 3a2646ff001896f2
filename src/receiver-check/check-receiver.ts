// checkReceiver: what the contract and iVvy's behaviour need from a callback endpoint,
// checked by sending it made-up callbacks (only to the URLs it is given) and reading the
// answers. iVvy's docs ("Batch API", callbackUrl) promise a POST of the results and no
// more; the emulator models the rest (docs/emulator.md, Callbacks): a delivery that is not
// answered 2xx within the timeout is retried, and a repost delivers the same results again.
import type { BatchCallback } from "../contract/types.js";
import { type Clock, clockOption } from "../util/clock.js";
import { abortSignal, checkOptions, custom, func, integer, string } from "../util/options.js";
import { type PostOutcome, postCallback } from "./post-callback.js";
import { type CheckVerdict, describeOutcome, maskUrl, type ReceiverCheckId, type ReceiverCheckRow, type SentRequest } from "./receiver-check-row.js";
import { type SampleResults, sampleResults } from "./sample-results.js";
import { callbackDelivery, DEFAULT_MAX_MS, randomAsyncId } from "./trigger-callback.js";

export interface CheckReceiverOptions {
  /** The endpoint, for one that takes any callback at one URL. */
  url?: string;
  /**
   * URLs your app issued for known asyncIds (`{ [asyncId]: url }`), for an endpoint that
   * binds a token per batch: the deliveries go to the first, and the token rows need one
   * (missing, wrong) or two (foreign).
   */
  callbackUrls?: Readonly<Record<string, string>>;
  /** Or a function that issues one for an asyncId (and binds it, if your app binds): two are asked for. */
  issueUrl?: (asyncId: string) => string | URL | Promise<string | URL>;
  /** The bound on every answer (default 10 s, iVvy's delivery timeout as the emulator models it). */
  maxMs?: number;
  clock?: Clock;
  signal?: AbortSignal;
  /** Told each row as it is done. */
  onRow?: (row: ReceiverCheckRow) => void;
}

export interface ReceiverCheckReport {
  /** True when no row failed. */
  ok: boolean;
  maxMs: number;
  rows: ReceiverCheckRow[];
  /** Rows left out, and why. */
  notes: string[];
}

/** Larger than any real callback: the receiver of this package refuses over 10 MiB by default. */
export const OVERSIZED_BYTES = 16 * 1024 * 1024;
/** The slow body goes in this many pieces, spread over half the bound. */
const SLOW_PIECES = 10;

interface Target {
  asyncId: string;
  url: string;
}

const CHECKS: Record<ReceiverCheckId, string> = {
  "one-result": "a callback with 1 result is answered 2xx within the bound",
  "full-batch": "a callback with 200 results (about 1 MB) is answered 2xx within the bound",
  repeat: "the same delivery again (a repost) is answered 2xx",
  "slow-body": "a callback sent slowly, in pieces over half the bound, is answered within the bound",
  "not-json": "a body that is not JSON is answered 4xx (never 5xx, never dropped)",
  "not-a-callback": "a JSON body that is not a callback is answered 4xx (never 5xx, never dropped)",
  "wrong-content-type": "a callback sent as text/plain is answered 4xx (never 5xx, never dropped)",
  "empty-body": "an empty body is answered 4xx (never 5xx, never dropped)",
  "oversized-body": "a body larger than any real callback (16 MiB) is refused within the bound",
  "missing-token": "a callback to the URL without its query (no token) is refused",
  "wrong-token": "a callback with a made-up token is refused",
  "foreign-token": "a callback with another batch's token is refused",
};

const is2xx = (o: PostOutcome) => o.kind === "answered" && o.status >= 200 && o.status <= 299;
const is4xx = (o: PostOutcome) => o.kind === "answered" && o.status >= 400 && o.status <= 499;
const is5xx = (o: PostOutcome) => o.kind === "answered" && o.status >= 500;

function breaksDelivery(o: PostOutcome, maxMs: number): string | undefined {
  if (o.kind === "timeout") return `no answer within ${maxMs} ms: the sender gives up and retries, holding a connection each time`;
  if (o.kind === "dropped") return `the connection was dropped with no answer (${o.error}): the endpoint crashed or refused the connection`;
  if (is5xx(o))
    return `a ${(o as { status: number }).status} says the endpoint failed: a request it does not want should get a 4xx, and a 5xx looks like an outage to monitoring`;
  return undefined;
}

/** A good delivery: 2xx within the bound, or the row fails. */
function mustAccept(o: PostOutcome, maxMs: number): [CheckVerdict, string] {
  if (is2xx(o)) return ["pass", "answered 2xx"];
  const broken = breaksDelivery(o, maxMs);
  if (broken) return ["fail", broken];
  return ["fail", `a ${(o as { status: number }).status} tells iVvy the delivery failed: it retries, then gives up, and the results are never handled`];
}

/** A request iVvy never sends: a 4xx is right, a 2xx is advice, a 5xx, a drop or a hang fails. */
function mustRefuse(o: PostOutcome, maxMs: number, what: string, dropIsFine = false): [CheckVerdict, string] {
  if (is4xx(o)) return ["pass", "refused with a 4xx"];
  // Closing the connection on an upload it will not read is what Node's and nginx's limits do: the body was not read, and nothing hung.
  if (o.kind === "dropped" && dropIsFine) return ["pass", `closed the connection without reading the body (${o.error})`];
  const broken = breaksDelivery(o, maxMs);
  if (broken) return ["fail", broken];
  return ["advice", `answered ${(o as { status: number }).status}: ${what}`];
}

function mustAnswer(o: PostOutcome, maxMs: number): [CheckVerdict, string] {
  if (is2xx(o)) return ["pass", "answered 2xx once the last piece arrived"];
  const broken = breaksDelivery(o, maxMs);
  if (broken) return ["fail", broken];
  return [
    "advice",
    `answered ${(o as { status: number }).status}: a slow but complete callback is a real delivery (a slow network), and refusing it makes iVvy retry`,
  ];
}

/** Drops the query (where a token goes); undefined when there is none to drop. */
function withoutQuery(url: string): string | undefined {
  const parsed = new URL(url);
  if (!parsed.search) return undefined;
  parsed.search = "";
  return parsed.toString();
}

/** Each query value replaced by a made-up one of the same length (base64url letters). */
function withMadeUpQuery(url: string): string | undefined {
  const parsed = new URL(url);
  if (!parsed.search) return undefined;
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  for (const [key, value] of [...parsed.searchParams]) {
    let made = "";
    for (let i = 0; i < Math.max(value.length, 8); i++) made += letters[Math.floor(Math.random() * letters.length)];
    parsed.searchParams.set(key, made);
  }
  return parsed.toString();
}

async function resolveTargets(o: {
  url: string | undefined;
  callbackUrls: Readonly<Record<string, string>> | undefined;
  issueUrl: CheckReceiverOptions["issueUrl"];
}): Promise<{ main: Target; other: Target | undefined; tokens: boolean }> {
  if (o.issueUrl) {
    const [a, b] = [randomAsyncId(), randomAsyncId()];
    const main = { asyncId: a, url: String(await o.issueUrl(a)) };
    const other = { asyncId: b, url: String(await o.issueUrl(b)) };
    return { main, other, tokens: true };
  }
  const issued = Object.entries(o.callbackUrls ?? {}).map(([asyncId, url]) => ({ asyncId, url }));
  if (issued.length) return { main: issued[0] as Target, other: issued[1], tokens: true };
  return { main: { asyncId: randomAsyncId(), url: o.url as string }, other: undefined, tokens: false };
}

const ASYNC_ID = /^[0-9a-f]{32}$/;

/**
 * Checks a callback endpoint: one row per check, each "pass", "fail" or "advice", with
 * what was sent and what came back. Sends only to the URLs given.
 */
export async function checkReceiver(options: CheckReceiverOptions): Promise<ReceiverCheckReport> {
  const o = checkOptions("checkReceiver", options, {
    url: string({ pattern: /^https?:\/\//, describe: "an http(s) URL" }),
    callbackUrls: custom<Readonly<Record<string, string>> | undefined>((value, fail) => {
      if (value === undefined) return undefined;
      if (typeof value !== "object" || value === null || Array.isArray(value)) return fail("must be an object { [asyncId]: callbackUrl }");
      for (const [asyncId, url] of Object.entries(value)) {
        if (!ASYNC_ID.test(asyncId)) fail(`has the key ${JSON.stringify(asyncId)}, which is not an asyncId (32 hex digits)`);
        if (typeof url !== "string" || !/^https?:\/\//.test(url)) fail(`has a value for ${asyncId} that is not an http(s) URL`);
      }
      return value as Record<string, string>;
    }),
    issueUrl: func<NonNullable<CheckReceiverOptions["issueUrl"]>>({ describe: "(asyncId) => callbackUrl" }),
    maxMs: integer({ min: 1, unit: "ms", default: DEFAULT_MAX_MS }),
    clock: clockOption(),
    signal: abortSignal(),
    onRow: func<NonNullable<CheckReceiverOptions["onRow"]>>({ describe: "(row) => void" }),
  });
  const given = [o.url, o.callbackUrls && Object.keys(o.callbackUrls).length ? o.callbackUrls : undefined, o.issueUrl].filter((x) => x !== undefined).length;
  if (given !== 1)
    throw new TypeError(
      "checkReceiver: give exactly one of url (an endpoint with no token), callbackUrls or issueUrl (an endpoint that binds a token per batch)",
    );

  const { maxMs, clock } = o;
  const samples: SampleResults = await sampleResults();
  const { main, other, tokens } = await resolveTargets(o);
  const rows: ReceiverCheckRow[] = [];
  const notes: string[] = [];

  const send = async (
    id: ReceiverCheckId,
    request: { url: string; headers: Record<string, string>; body: string | Buffer | readonly Buffer[]; bytes: number; describe: string; pauseMs?: number },
    judge: (o: PostOutcome) => [CheckVerdict, string],
  ): Promise<PostOutcome> => {
    const answer = await postCallback({
      url: request.url,
      headers: request.headers,
      body: request.body,
      timeoutMs: maxMs,
      clock,
      ...(request.pauseMs ? { pauseMs: request.pauseMs } : {}),
      ...(o.signal ? { signal: o.signal } : {}),
    });
    const [verdict, reason] = judge(answer);
    const sent: SentRequest = { url: maskUrl(request.url), contentType: request.headers["content-type"], bytes: request.bytes, body: request.describe };
    const row: ReceiverCheckRow = { id, check: CHECKS[id], verdict, reason, sent, answer };
    rows.push(row);
    o.onRow?.(row);
    return answer;
  };
  const valid = (callback: BatchCallback) => {
    const { headers, body } = callbackDelivery(callback);
    return { headers, body, bytes: Buffer.byteLength(body) };
  };

  const one = valid({ asyncId: main.asyncId, results: samples.one });
  const full = valid({ asyncId: main.asyncId, results: samples.full });
  const failures = samples.full.filter((r) => typeof r.response === "object" && r.response !== null && "errorCode" in r.response).length;
  await send("one-result", { url: main.url, ...one, describe: `a callback for ${main.asyncId} with 1 result` }, (a) => mustAccept(a, maxMs));
  const fullWhat = `a callback for ${main.asyncId} with 200 results (${failures} of them job errors), as after a restart`;
  await send("full-batch", { url: main.url, ...full, describe: fullWhat }, (a) => mustAccept(a, maxMs));
  await send("repeat", { url: main.url, ...full, describe: "the same bytes again, as a repost delivers them" }, (a) => mustAccept(a, maxMs));

  const slowBytes = Buffer.from(one.body);
  const size = Math.ceil(slowBytes.length / SLOW_PIECES);
  const pieces = Array.from({ length: SLOW_PIECES }, (_, i) => slowBytes.subarray(i * size, (i + 1) * size)).filter((p) => p.length > 0);
  const pauseMs = Math.max(1, Math.floor(maxMs / 2 / SLOW_PIECES));
  await send(
    "slow-body",
    {
      url: main.url,
      headers: one.headers,
      body: pieces,
      bytes: one.bytes,
      pauseMs,
      describe: `the 1-result callback in ${pieces.length} pieces, ${pauseMs} ms apart`,
    },
    (a) => mustAnswer(a, maxMs),
  );

  const json = { "content-type": "application/json", "user-agent": one.headers["user-agent"] as string };
  const raw = (body: string, headers: Record<string, string> = json) => ({
    headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
    body,
    bytes: Buffer.byteLength(body),
  });
  const notJson = one.body.slice(0, Math.floor(one.body.length / 2));
  await send("not-json", { url: main.url, ...raw(notJson), describe: "the first half of a callback (not JSON)" }, (a) =>
    mustRefuse(a, maxMs, "a body that is not JSON was accepted, so a truncated delivery would be acknowledged and lost"),
  );
  await send(
    "not-a-callback",
    { url: main.url, ...raw(`{"asyncId":"${main.asyncId}","result":[]}`), describe: "JSON that is not a BatchCallback (results misspelt)" },
    (a) =>
      mustRefuse(
        a,
        maxMs,
        "a body that is not a BatchCallback was accepted: validate it against the contract, or a malformed delivery is acknowledged and lost",
      ),
  );
  await send(
    "wrong-content-type",
    { url: main.url, ...raw(one.body, { ...json, "content-type": "text/plain" }), describe: "the 1-result callback as text/plain" },
    (a) => mustRefuse(a, maxMs, "iVvy sends application/json; accepting other types lets form posts and scanners through"),
  );
  await send("empty-body", { url: main.url, ...raw(""), describe: "no body (Content-Length: 0)" }, (a) =>
    mustRefuse(a, maxMs, "an empty body was accepted, so it was acknowledged with nothing to handle"),
  );
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  const oversized = Array.from({ length: OVERSIZED_BYTES / chunk.length }, () => chunk);
  await send(
    "oversized-body",
    {
      url: main.url,
      headers: { ...json, "content-length": String(OVERSIZED_BYTES) },
      body: oversized,
      bytes: OVERSIZED_BYTES,
      describe: "16 MiB of spaces declared as application/json",
    },
    (a) => mustRefuse(a, maxMs, "a body larger than any real callback was read to the end; cap the body size (a 413), or one sender can fill the memory", true),
  );

  if (!tokens) {
    notes.push(
      "token rows left out: give the URLs your app issues for known asyncIds (--callback-url <asyncId>=<url>, or issueUrl) to check that a missing, a wrong and a foreign token are refused",
    );
  } else {
    const missing = withoutQuery(main.url);
    const wrong = withMadeUpQuery(main.url);
    const token = async (id: ReceiverCheckId, url: string | undefined, describe: string) => {
      if (url === undefined) {
        notes.push(`${id} left out: ${maskUrl(main.url)} has no query to ${id === "missing-token" ? "drop" : "change"}`);
        return;
      }
      await send(id, { url, ...one, describe }, (a) =>
        mustRefuse(a, maxMs, "the endpoint accepted a callback anyone could send: bind a secret token to each batch's URL"),
      );
    };
    await token("missing-token", missing, "the 1-result callback, to the URL without its query");
    await token("wrong-token", wrong, "the 1-result callback, to the URL with made-up query values");
    if (other === undefined) {
      notes.push("foreign-token left out: it needs URLs issued for two asyncIds (--callback-url twice)");
    } else {
      // The other batch's own delivery first, so a token that is bound on arrival is bound to it.
      const own = valid({ asyncId: other.asyncId, results: samples.one });
      const first = await postCallback({
        url: other.url,
        headers: own.headers,
        body: own.body,
        timeoutMs: maxMs,
        clock,
        ...(o.signal ? { signal: o.signal } : {}),
      });
      const primed = is2xx(first) ? "" : ` (its own callback was answered ${describeOutcome(first, maxMs)})`;
      await send(
        "foreign-token",
        { url: other.url, ...one, describe: `the callback for ${main.asyncId}, to the URL issued for ${other.asyncId}${primed}` },
        (a) => mustRefuse(a, maxMs, "a token issued for one batch was accepted for another: check the token against the body's asyncId"),
      );
    }
  }
  return { ok: rows.every((r) => r.verdict !== "fail"), maxMs, rows, notes };
}
