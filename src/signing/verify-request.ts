// Server-side check of an IWS signature, as the iVvy API server does it: check the
// headers, rebuild the string to sign, look up the key's secret and compare in constant
// time, check the date against the clock, then Content-MD5 against the body.
// The signature covers Content-MD5, not the body, so a server can verify the headers
// (verifySignedHeaders) before it reads a byte of the body, then the body's MD5
// (verifyContentMd5) as it reads it: an unsigned upload is refused unread.
// Pure: the clock and the key store are passed in.
import { timingSafeEqual } from "node:crypto";
import { SpecificCode } from "../contract/specific-codes.js";
import { API_VERSION, hmacSha1Hex, md5Hex, stringToSign } from "./sign-request.js";
import { IVVY_TIMESTAMP_FORMAT, parseIvvyTimestamp, parsePhpSdkDay } from "./timestamp.js";

/** Requests more than this far from the server's clock are stale (23005). */
export const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

/**
 * The headers verifyRequest reads: a WHATWG `Headers` is one, and so is a small adapter
 * over Node's `IncomingMessage.headers`, so a plain node:http server need not build a
 * `Headers` per request. Names are matched case-insensitively.
 */
export interface RequestHeaders {
  get(name: string): string | null;
  forEach(callback: (value: string, name: string) => void): void;
}

export interface VerifyInput {
  method: string;
  /** Path and query as received. */
  requestString: string;
  /** Request headers (names in any case): a `Headers`, or any `RequestHeaders`. */
  headers: RequestHeaders;
  /** The exact body bytes received. */
  body: Uint8Array;
  /** The secret of an API key, or undefined for an unknown key. */
  secretFor: (apiKey: string) => string | undefined;
  now: number;
  maxSkewMs?: number;
}

export type VerifyFailure = {
  ok: false;
  specificCode: number;
  message: string;
  /** The precise reason, for the server's own log: it tells an unknown key from a wrong signature. */
  reason: string;
  /**
   * What may be told to the caller: the same for an unknown key as for a wrong signature,
   * so a 401 cannot be used to find which keys exist.
   */
  publicReason: string;
  /** The lowercased string to sign computed from the request, once the headers were complete enough to build it. */
  stringToSign?: string;
};

export type VerifyResult = { ok: true; apiKey: string } | VerifyFailure;

export type SignedHeadersResult = { ok: true; apiKey: string; contentMd5: string } | VerifyFailure;

export const UNKNOWN_KEY_OR_SIGNATURE = "The API key is unknown or the signature does not match the request";

const fail = (
  reason: string,
  specificCode: number = SpecificCode.Unspecified,
  message = "Unauthorized",
  extra?: { publicReason?: string; stringToSign?: string },
): VerifyFailure => ({
  ok: false,
  specificCode,
  message,
  reason,
  publicReason: extra?.publicReason ?? reason,
  ...(extra?.stringToSign !== undefined ? { stringToSign: extra.stringToSign } : {}),
});

/** The `{version}` of `/api/{version}/…` (the version that is signed), or undefined for another path. */
export function urlApiVersion(requestString: string): string | undefined {
  return /^\/api\/([^/?#]+)\//.exec(requestString)?.[1];
}

/** verifySignedHeaders, then verifyContentMd5 over the body. */
export function verifyRequest(input: VerifyInput): VerifyResult {
  const verdict = verifySignedHeaders(input);
  if (!verdict.ok) return verdict;
  const body = verifyContentMd5(verdict.contentMd5, input.body);
  return body ?? { ok: true, apiKey: verdict.apiKey };
}

/** The body's MD5 against the signed Content-MD5: undefined when they match. */
export function verifyContentMd5(contentMd5: string, body: Uint8Array): VerifyFailure | undefined {
  return contentMd5.toLowerCase() === md5Hex(body) ? undefined : fail("Content-MD5 does not match the request body");
}

/** Everything but the body: the signature (which covers Content-MD5) and the date. */
export function verifySignedHeaders(input: Omit<VerifyInput, "body">): SignedHeadersResult {
  const auth = input.headers.get("x-api-authorization");
  if (!auth) return fail("The X-Api-Authorization header is missing");
  const match = /^IWS ([^:\s]+):([0-9a-fA-F]{40})$/.exec(auth.trim());
  if (!match) return fail("X-Api-Authorization must be 'IWS key:signature' with a 40 character hex signature");
  const [, apiKey, signature] = match as unknown as [string, string, string];

  // The version that is signed is the URL's: ivvy-sdk-net never sends X-Api-Version
  // (see the x-decision on ApiVersion in openapi.yaml). One that is sent must agree.
  const apiVersion = urlApiVersion(input.requestString) ?? API_VERSION;
  const versionHeader = input.headers.get("x-api-version");
  if (versionHeader !== null && versionHeader !== API_VERSION) {
    return fail(`X-Api-Version must be ${API_VERSION}, the only version iVvy supports, when it is sent (got '${versionHeader}')`);
  }
  const contentMd5 = input.headers.get("content-md5");
  if (!contentMd5) return fail("The Content-MD5 header is missing");
  const ivvyDate = input.headers.get("ivvy-date");
  const dateHeader = input.headers.get("date");
  if (ivvyDate === null && dateHeader === null) return fail("Either the IVVY-Date or the Date header is required");

  // Every header; stringToSign keeps the IVVY ones.
  const headers: [string, string][] = [];
  input.headers.forEach((value, name) => void headers.push([name, value]));
  const toSign = stringToSign({
    method: input.method,
    contentMd5,
    contentType: input.headers.get("content-type") ?? "",
    // One of the two is present (checked above).
    date: ivvyDate === null ? (dateHeader as string) : "",
    requestString: input.requestString,
    apiVersion,
    ivvyHeaders: headers,
  });
  // The key is looked up only now, after every check that does not depend on it, and an
  // unknown key costs the same HMAC as a known one: neither the answer nor its timing
  // tells which keys exist.
  const secret = input.secretFor(apiKey);
  const expected = hmacSha1Hex(toSign, secret ?? "");
  const keyOrSignature = { publicReason: UNKNOWN_KEY_OR_SIGNATURE, stringToSign: toSign };
  if (secret === undefined) return fail(`Unknown API key '${apiKey}'`, SpecificCode.Unspecified, "Unauthorized", keyOrSignature);
  if (!timingSafeEqual(Buffer.from(expected), Buffer.from(signature.toLowerCase()))) {
    return fail("The signature does not match the request", SpecificCode.Unspecified, "Unauthorized", keyOrSignature);
  }

  const maxSkewMs = input.maxSkewMs ?? MAX_CLOCK_SKEW_MS;
  const stale = () => fail("The request date is more than 5 minutes from the server's clock", SpecificCode.RequestStale, "Request is stale");
  const sentAt = ivvyDate !== null ? parseIvvyTimestamp(ivvyDate) : Date.parse(dateHeader as string);
  if (sentAt === undefined || Number.isNaN(sentAt)) {
    // ivvy-sdk-php's doubled fields (the x-decision on IvvyDate): only its day can be checked.
    // Its date is local time, so that day is the server's UTC day in some zone from UTC-12 to UTC+14.
    const day = ivvyDate === null ? undefined : parsePhpSdkDay(ivvyDate);
    if (day !== undefined) {
      const hour = 3_600_000;
      if (input.now < day - 14 * hour - maxSkewMs || input.now > day + 36 * hour + maxSkewMs) return stale();
      return { ok: true, apiKey, contentMd5 };
    }
    return fail(
      ivvyDate !== null
        ? `IVVY-Date '${ivvyDate}' is not an iVvy timestamp: expected ${IVVY_TIMESTAMP_FORMAT}`
        : `The Date header '${dateHeader}' is not a valid date: expected an HTTP date (e.g. Sat, 28 Nov 2026 16:23:24 GMT)`,
    );
  }
  if (Math.abs(input.now - sentAt) > maxSkewMs) return stale();
  return { ok: true, apiKey, contentMd5 };
}
