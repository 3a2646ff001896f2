// Byte-exact replicas of what iVvy's own SDKs put on the wire (shared/reference/known-clients.md),
// written from their source with node:crypto alone, so that nothing of this package's
// signer is trusted: header names in the SDKs' spelling and order, their string to sign,
// their body bytes.
import { createHash, createHmac } from "node:crypto";

export interface WireRequest {
  /** Which SDK call this replicates, e.g. `ivvy-sdk-net PingAsync()`. */
  call: string;
  method: "POST";
  /** Path and query, exactly as the SDK builds them. */
  path: string;
  /** In the SDK's order and spelling (Host and Content-Length are added by the transport). */
  headers: [string, string][];
  body: Buffer;
  /** The string the SDK signs, for the record. */
  stringToSign: string;
}

export interface Credentials {
  apiKey: string;
  apiSecret: string;
}

const md5 = (bytes: Buffer) => createHash("md5").update(bytes).digest("hex");
const hmac = (text: string, secret: string) => createHmac("sha1", secret).update(text, "utf8").digest("hex");
const pad = (n: number) => String(n).padStart(2, "0");
/** `YYYY-MM-DD HH:mm:ss` in UTC (moment.utc().format in the JS SDK, yyyy-MM-dd HH:mm:ss in .NET). */
const utcStamp = (epochMs: number) => {
  const d = new Date(epochMs);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
};

/**
 * ivvy-sdk-js 0.0.3: `JSON.stringify(body)` for an object, the string as given otherwise
 * (test.ping sends ""); Content-Type `application/json`; lowercase MD5; IVVY-Date with no
 * suffix; `X-Api-Version: 1.0`; string to sign
 * `POST + md5 + contentType + '' + path + '1.0' + 'ivvydate=' + date`, lowercased.
 */
export function jsSdkRequest(call: string, namespace: string, action: string, body: object | string, creds: Credentials, now: number): WireRequest {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  const bytes = Buffer.from(text, "utf8");
  const path = `/api/1.0/${namespace}?action=${action}`;
  const contentType = "application/json";
  const contentMd5 = md5(bytes);
  const date = utcStamp(now);
  const stringToSign = `POST${contentMd5}${contentType}${path}1.0ivvydate=${date}`.toLowerCase();
  return {
    call: `ivvy-sdk-js ${call}`,
    method: "POST",
    path,
    headers: [
      ["Content-Type", contentType],
      ["Content-MD5", contentMd5],
      ["IVVY-Date", date],
      ["X-Api-Version", "1.0"],
      ["X-Api-Authorization", `IWS ${creds.apiKey}:${hmac(stringToSign, creds.apiSecret)}`],
    ],
    body: bytes,
    stringToSign,
  };
}

/**
 * ivvy-sdk-net: Newtonsoft JSON with nulls left out (the caller passes the JSON it would
 * write), "" for a call with no request data; Content-Type `application/json; charset=utf-8`,
 * signed with its charset; lowercase MD5 of the UTF-8 bytes; IVVY-Date with ` UTC`; no
 * X-Api-Version (its signed 1.0 comes from the URL); string to sign
 * `POST + md5 + contentType + '' + path + '1.0' + 'IVVYDate=' + date`, lowercased.
 */
export function netSdkRequest(call: string, namespace: string, action: string, json: string, creds: Credentials, now: number): WireRequest {
  const bytes = Buffer.from(json, "utf8");
  const path = `/api/1.0/${namespace}?action=${action}`;
  const contentType = "application/json; charset=utf-8";
  const contentMd5 = md5(bytes);
  const date = `${utcStamp(now)} UTC`;
  const stringToSign = `POST${contentMd5}${contentType}${path}1.0IVVYDate=${date}`.toLowerCase();
  return {
    call: `ivvy-sdk-net ${call}`,
    method: "POST",
    path,
    headers: [
      ["X-Api-Authorization", `IWS ${creds.apiKey}:${hmac(stringToSign, creds.apiSecret)}`],
      ["IVVY-Date", date],
      ["Content-Type", contentType],
      ["Content-MD5", contentMd5],
    ],
    body: bytes,
    stringToSign,
  };
}

/** A job both SDKs would send, with a non-ASCII parameter so the MD5 is over UTF-8 bytes. */
export const SDK_JOBS = [
  { namespace: "event", action: "inviteContacts", params: { event: 1, contacts: [1, 2, 3] } },
  { namespace: "test", action: "ping", params: { note: "café" } },
];

/** Every request each SDK makes for one batch's life, given the asyncId that run answered. */
export function jsSdkCalls(creds: Credentials, now: number, callbackUrl: string) {
  return {
    ping: jsSdkRequest("test.ping()", "test", "ping", "", creds, now),
    run: jsSdkRequest("batch.run(jobs, callbackUrl)", "batch", "run", { jobs: SDK_JOBS, callbackUrl }, creds, now),
    /** The SDK's bug: progress() sends action run with {"async": id}. */
    progressBug: (asyncId: string) => jsSdkRequest("batch.progress(asyncId) [sends action run]", "batch", "run", { async: asyncId }, creds, now),
    results: (asyncId: string) => jsSdkRequest("batch.results(asyncId)", "batch", "results", { async: asyncId }, creds, now),
    restart: (asyncId: string) => jsSdkRequest("batch.restart(asyncId)", "batch", "restart", { async: asyncId }, creds, now),
    repost: (asyncId: string) => jsSdkRequest("batch.repost(asyncId)", "batch", "repost", { async: asyncId }, creds, now),
  };
}

export function netSdkCalls(creds: Credentials, now: number) {
  // Newtonsoft writes properties in declaration order, no whitespace, non-ASCII unescaped;
  // RunAsync(jobs) with callbackUrl null leaves the key out.
  const jobsJson = JSON.stringify({ jobs: SDK_JOBS });
  const ref = (asyncId: string) => `{"async":"${asyncId}"}`;
  return {
    ping: netSdkRequest("PingAsync()", "test", "ping", "", creds, now),
    run: netSdkRequest("RunAsync(jobs, callbackUrl: null)", "batch", "run", jobsJson, creds, now),
    progress: (asyncId: string) => netSdkRequest("GetProgressAsync(asyncId)", "batch", "progress", ref(asyncId), creds, now),
    results: (asyncId: string) => netSdkRequest("GetResultsAsync(asyncId)", "batch", "results", ref(asyncId), creds, now),
    restart: (asyncId: string) => netSdkRequest("RestartAsync(asyncId)", "batch", "restart", ref(asyncId), creds, now),
    repost: (asyncId: string) => netSdkRequest("RepostAsync(asyncId)", "batch", "repost", ref(asyncId), creds, now),
  };
}

/**
 * PHP's `json_encode` with its default flags: `/` escaped as `\/`, non-ASCII as `\uXXXX`,
 * and an empty PHP array (what an empty object or list is in PHP) as `[]`.
 */
export function phpJsonEncode(value: unknown): string {
  const emptyAsArray = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(emptyAsArray);
    if (v !== null && typeof v === "object") {
      const entries = Object.entries(v);
      return entries.length ? Object.fromEntries(entries.map(([k, x]) => [k, emptyAsArray(x)])) : [];
    }
    return v;
  };
  return JSON.stringify(emptyAsArray(value))
    .replace(/\//g, "\\/")
    .replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * ivvy-sdk-php's IVVY-Date: `date('Y-m-d hh:mm:ss')` in the server's zone (offset in
 * minutes east of UTC): `h` is the 12-hour hour, `m` the month, `s` the seconds, each doubled.
 */
export function phpSdkDate(epochMs: number, zoneOffsetMinutes = 0): string {
  const d = new Date(epochMs + zoneOffsetMinutes * 60_000);
  const h12 = pad(d.getUTCHours() % 12 || 12);
  const month = pad(d.getUTCMonth() + 1);
  const s = pad(d.getUTCSeconds());
  return `${d.getUTCFullYear()}-${month}-${pad(d.getUTCDate())} ${h12}${h12}:${month}${month}:${s}${s}`;
}

/** The signing every PHP client below shares with ivvy-sdk-js: `application/json`, X-Api-Version 1.0, IVVY-Date. */
function phpStyleRequest(
  call: string,
  namespace: string,
  action: string,
  text: string,
  creds: Credentials,
  date: string,
  extraHeaders: [string, string][] = [],
): WireRequest {
  const bytes = Buffer.from(text, "utf8");
  const path = `/api/1.0/${namespace}?action=${action}`;
  const contentType = "application/json";
  const contentMd5 = md5(bytes);
  const stringToSign = `POST${contentMd5}${contentType}${path}1.0ivvydate=${date}`.toLowerCase();
  return {
    call,
    method: "POST",
    path,
    headers: [
      ...extraHeaders,
      ["Content-Type", contentType],
      ["Content-MD5", contentMd5],
      ["IVVY-Date", date],
      ["X-Api-Version", "1.0"],
      ["X-Api-Authorization", `IWS ${creds.apiKey}:${hmac(stringToSign, creds.apiSecret)}`],
    ],
    body: bytes,
    stringToSign,
  };
}

/** Jobs as ivvy-sdk-php's samples build them: two `test.ping` with no parameters (`"params":[]`). */
export const PHP_SDK_JOBS = [
  { namespace: "test", action: "ping", params: {} },
  { namespace: "test", action: "ping", params: {} },
];

/** ivvy-sdk-php (PHP 7.1 + Guzzle 6): json_encode bodies, the doubled IVVY-Date, a callbackUrl always. */
export function phpSdkCalls(creds: Credentials, now: number, callbackUrl: string, zoneOffsetMinutes = 0) {
  const date = phpSdkDate(now, zoneOffsetMinutes);
  const call = (name: string, namespace: string, action: string, body: unknown) =>
    phpStyleRequest(`ivvy-sdk-php ${name}`, namespace, action, phpJsonEncode(body), creds, date);
  return {
    ping: call("ping()", "test", "ping", []),
    run: call("run(jobs, callbackUrl)", "batch", "run", { jobs: PHP_SDK_JOBS, callbackUrl }),
    results: (asyncId: string) => call("results(asyncId)", "batch", "results", { async: asyncId }),
  };
}

/** The three public integrations of shared/reference/known-clients.md, their ping and batch requests. */
export function integrationCalls(creds: Credentials, now: number, callbackUrl: string) {
  const jobs = [{ namespace: "event", action: "getEventList", params: { perPage: 10, start: 0 } }];
  return {
    /** A school-management product: curl, Laravel collections' toJson(); its ping sends iVvy's own example body. */
    schoolPing: phpStyleRequest("school integration ping", "test", "ping", '{"example":"body"}', creds, utcStamp(now)),
    schoolRun: phpStyleRequest("school integration run", "batch", "run", phpJsonEncode({ jobs, callbackUrl }), creds, utcStamp(now)),
    /** A Node CRM integration: axios, JSON.stringify pretty-printed with 4 spaces, Accept: application/json. */
    crmPing: phpStyleRequest("CRM integration ping", "test", "ping", JSON.stringify({}, null, 4), creds, utcStamp(now), [["Accept", "application/json"]]),
    crmRun: phpStyleRequest("CRM integration run", "batch", "run", JSON.stringify({ jobs, callbackUrl }, null, 4), creds, utcStamp(now), [
      ["Accept", "application/json"],
    ]),
    /** A CMS page: PHP curl, body {}, a hard-coded Host header, IVVY-Date from date() in the server's zone. */
    cmsPing: (zoneOffsetMinutes = 0) =>
      phpStyleRequest("CMS page ping", "test", "ping", "{}", creds, utcStamp(now + zoneOffsetMinutes * 60_000), [["Host", "api.ap-southeast-2.ivvy.com"]]),
  };
}
