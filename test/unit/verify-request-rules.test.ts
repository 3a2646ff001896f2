// What verifyRequest promises the emulator and anyone verifying iVvy-style requests: each
// rule checked on its own, against requests signed by the independent signer, so a
// loosened rule (a dropped anchor, a skipped check) fails here.
import { describe, expect, it } from "vitest";
import { SpecificCode } from "../../src/contract/specific-codes.js";
import { AUTHORIZATION_HEADER, canonicalIvvyHeaders, signRequest } from "../../src/signing/sign-request.js";
import { parseIvvyTimestamp } from "../../src/signing/timestamp.js";
import { MAX_CLOCK_SKEW_MS, type RequestHeaders, UNKNOWN_KEY_OR_SIGNATURE, verifyRequest } from "../../src/signing/verify-request.js";
import { plainSignature, plainStringToSign } from "./independent-signer.js";

const SECRET = "s3cret";
const NOW = Date.UTC(2026, 10, 28, 16, 0, 0);
const PATH = "/api/1.0/batch?action=progress";
const BODY = '{"async":"e35e06ee592d17a42dc9e6252a058617"}';
const secretFor = (key: string) => (key === "k" ? SECRET : undefined);

/** Headers signed by the independent implementation, over `path`, with `extra` headers. */
function plainlySigned(extra: Record<string, string> = {}, path = PATH, body = BODY): Headers {
  const headers: Record<string, string> = { "content-type": "application/json", "content-md5": "", ...extra };
  headers["content-md5"] = extra["content-md5"] ?? signRequest({ apiKey: "k", apiSecret: SECRET, requestString: path, body, now: NOW })["Content-MD5"];
  const signature = plainSignature(plainStringToSign({ method: "POST", path, headers, body: Buffer.from(body) }), SECRET);
  return new Headers({ ...headers, "x-api-authorization": `IWS k:${signature}` });
}

const verify = (headers: RequestHeaders, over: Partial<Parameters<typeof verifyRequest>[0]> = {}) =>
  verifyRequest({ method: "POST", requestString: PATH, headers, body: Buffer.from(BODY), secretFor, now: NOW, ...over });

const ivvyDate = { "ivvy-date": "2026-11-28 16:00:00" };

describe("the X-Api-Authorization header", () => {
  const valid = () => plainlySigned(ivvyDate);
  const withAuth = (value: string) => {
    const headers = valid();
    headers.set("x-api-authorization", value);
    return headers;
  };
  const signature = () => valid().get("x-api-authorization")!.slice("IWS k:".length);

  it("accepts exactly 'IWS key:signature', the signature in either case, surrounding spaces trimmed", () => {
    expect(verify(valid())).toEqual({ ok: true, apiKey: "k" });
    expect(verify(withAuth(`IWS k:${signature().toUpperCase()}`))).toEqual({ ok: true, apiKey: "k" });
    expect(verify(withAuth(`  IWS k:${signature()}  `))).toEqual({ ok: true, apiKey: "k" });
  });

  it.each([
    ["text before the scheme", (s: string) => `Bearer IWS k:${s}`],
    ["a lowercase scheme", (s: string) => `iws k:${s}`],
    ["a character after the signature", (s: string) => `IWS k:${s}0`],
    ["text after the signature", (s: string) => `IWS k:${s} extra`],
    ["a short signature", (s: string) => `IWS k:${s.slice(1)}`],
    ["a non-hex signature", (s: string) => `IWS k:${s.slice(1)}g`],
    ["no key", (s: string) => `IWS :${s}`],
    ["a space in the key", (s: string) => `IWS k k:${s}`],
    ["no colon", (s: string) => `IWS k${s}`],
  ])("refuses %s as malformed", (_, build) => {
    const reason = "X-Api-Authorization must be 'IWS key:signature' with a 40 character hex signature";
    expect(verify(withAuth(build(signature())))).toEqual({
      ok: false,
      specificCode: SpecificCode.Unspecified,
      message: "Unauthorized",
      reason,
      publicReason: reason,
    });
  });

  it("trims a header value that a RequestHeaders adapter hands over untrimmed", () => {
    const headers = valid();
    const raw: RequestHeaders = {
      get: (name) => (name.toLowerCase() === "x-api-authorization" ? ` ${headers.get(name)}\t` : headers.get(name)),
      forEach: (callback) => headers.forEach(callback),
    };
    expect(verify(raw)).toEqual({ ok: true, apiKey: "k" });
  });

  it("names an unknown key in its reason, but tells the caller what it tells a wrong signature", () => {
    const headers = valid();
    headers.set("x-api-authorization", `IWS nobody:${signature()}`);
    const unknown = verify(headers);
    expect(unknown).toMatchObject({
      ok: false,
      specificCode: 0,
      message: "Unauthorized",
      reason: "Unknown API key 'nobody'",
      publicReason: UNKNOWN_KEY_OR_SIGNATURE,
    });
    const wrong = verify(withAuth(`IWS k:${"0".repeat(40)}`));
    expect(wrong).toMatchObject({ reason: "The signature does not match the request", publicReason: UNKNOWN_KEY_OR_SIGNATURE });
    expect((unknown as { stringToSign?: string }).stringToSign).toBe((wrong as { stringToSign?: string }).stringToSign);
  });

  it("refuses a missing header", () => {
    const headers = valid();
    headers.delete("x-api-authorization");
    const reason = "The X-Api-Authorization header is missing";
    expect(verify(headers)).toEqual({ ok: false, specificCode: 0, message: "Unauthorized", reason, publicReason: reason });
  });
});

describe("what is signed", () => {
  it("with IVVY-Date, the Date header is not part of the string (either may be sent)", () => {
    const both = plainlySigned({ ...ivvyDate, date: "Sat, 28 Nov 2026 16:00:00 GMT" });
    expect(verify(both)).toEqual({ ok: true, apiKey: "k" });
  });

  it("with only Date, it is", () => {
    const dated = plainlySigned({ date: "Sat, 28 Nov 2026 16:00:00 GMT" });
    expect(verify(dated)).toEqual({ ok: true, apiKey: "k" });
    dated.set("date", "Sat, 28 Nov 2026 16:00:01 GMT");
    expect(verify(dated)).toMatchObject({ ok: false, reason: "The signature does not match the request" });
  });

  it("every IVVY header, and no header merely containing IVVY", () => {
    const traced = plainlySigned({ ...ivvyDate, "ivvy-trace": "t1", "x-ivvy-note": "not signed" });
    expect(verify(traced)).toEqual({ ok: true, apiKey: "k" });
    traced.set("ivvy-trace", "t2");
    expect(verify(traced)).toMatchObject({ reason: "The signature does not match the request" });
    const noted = plainlySigned({ ...ivvyDate, "x-ivvy-note": "a" });
    noted.set("x-ivvy-note", "b");
    expect(verify(noted)).toEqual({ ok: true, apiKey: "k" });
    expect(
      canonicalIvvyHeaders([
        ["X-Ivvy-Note", "b"],
        ["IVVY-A-B_C", "v"],
      ]),
    ).toBe("ivvyabc=v");
  });

  it("the content type as sent", () => {
    const headers = plainlySigned(ivvyDate);
    headers.set("content-type", "application/json; charset=utf-8");
    expect(verify(headers)).toMatchObject({ reason: "The signature does not match the request" });
  });

  it("the version of the URL, with or without X-Api-Version", () => {
    expect(verify(plainlySigned({ ...ivvyDate, "x-api-version": "1.0" }))).toEqual({ ok: true, apiKey: "k" });
    const path = "/api/1.1/batch?action=progress";
    const headers: Record<string, string> = {
      "content-type": "application/json",
      "content-md5": signRequest({ apiKey: "k", apiSecret: SECRET, requestString: path, body: BODY, now: NOW })["Content-MD5"],
      ...ivvyDate,
    };
    // Signed with the URL's version 1.1 in place of 1.0.
    const string = plainStringToSign({ method: "POST", path, headers, body: Buffer.from(BODY) }).replace(`${path}1.0`, `${path}1.1`);
    const signedFor11 = new Headers({ ...headers, "x-api-authorization": `IWS k:${plainSignature(string, SECRET)}` });
    expect(verify(signedFor11, { requestString: path })).toEqual({ ok: true, apiKey: "k" });
    const signedFor10 = new Headers({
      ...headers,
      "x-api-authorization": `IWS k:${plainSignature(plainStringToSign({ method: "POST", path, headers, body: Buffer.from(BODY) }), SECRET)}`,
    });
    expect(verify(signedFor10, { requestString: path })).toMatchObject({ reason: "The signature does not match the request" });
  });

  it("refuses an X-Api-Version other than 1.0, naming it", () => {
    expect(verify(plainlySigned({ ...ivvyDate, "x-api-version": "2.0" }))).toMatchObject({
      ok: false,
      reason: "X-Api-Version must be 1.0, the only version iVvy supports, when it is sent (got '2.0')",
    });
  });
});

describe("Content-MD5 and the body", () => {
  it("takes the MD5 in either case", () => {
    const md5 = signRequest({ apiKey: "k", apiSecret: SECRET, requestString: PATH, body: BODY, now: NOW })["Content-MD5"];
    expect(verify(plainlySigned({ ...ivvyDate, "content-md5": md5.toUpperCase() }))).toEqual({ ok: true, apiKey: "k" });
  });

  it("refuses a missing Content-MD5, and one that is signed but not the body's", () => {
    const headers = plainlySigned(ivvyDate);
    headers.delete("content-md5");
    expect(verify(headers)).toMatchObject({ ok: false, reason: "The Content-MD5 header is missing" });
    // Signed over another body's MD5: the signature holds, the body does not match.
    const other = new Headers({ ...signRequest({ apiKey: "k", apiSecret: SECRET, requestString: PATH, body: "{}", now: NOW }) });
    expect(verify(other)).toMatchObject({ ok: false, specificCode: 0, reason: "Content-MD5 does not match the request body" });
  });
});

describe("the date", () => {
  it("needs IVVY-Date or Date", () => {
    expect(verify(plainlySigned({}))).toMatchObject({ ok: false, reason: "Either the IVVY-Date or the Date header is required" });
  });

  it("must be readable", () => {
    expect(verify(plainlySigned({ "ivvy-date": "2026-11-28T16:00:00Z" }))).toMatchObject({
      reason: "IVVY-Date '2026-11-28T16:00:00Z' is not an iVvy timestamp: expected yyyy-mm-dd HH:mm:ss in UTC, ' UTC' optional (e.g. 2026-11-28 16:23:24)",
    });
    expect(verify(plainlySigned({ date: "yesterday" }))).toMatchObject({
      reason: "The Date header 'yesterday' is not a valid date: expected an HTTP date (e.g. Sat, 28 Nov 2026 16:23:24 GMT)",
    });
  });

  it("is stale (23005) past five minutes either way, not at five minutes exactly", () => {
    const headers = plainlySigned(ivvyDate);
    for (const at of [NOW + MAX_CLOCK_SKEW_MS, NOW - MAX_CLOCK_SKEW_MS]) expect(verify(headers, { now: at })).toEqual({ ok: true, apiKey: "k" });
    for (const at of [NOW + MAX_CLOCK_SKEW_MS + 1000, NOW - MAX_CLOCK_SKEW_MS - 1000]) {
      const reason = "The request date is more than 5 minutes from the server's clock";
      expect(verify(headers, { now: at })).toEqual({
        ok: false,
        specificCode: SpecificCode.RequestStale,
        message: "Request is stale",
        reason,
        publicReason: reason,
      });
    }
    expect(verify(headers, { now: NOW + 2000, maxSkewMs: 1000 })).toMatchObject({ specificCode: SpecificCode.RequestStale });
    expect(verify(headers, { now: NOW + 1000, maxSkewMs: 1000 })).toEqual({ ok: true, apiKey: "k" });
  });
});

describe("the method", () => {
  it("is signed", () => {
    expect(verify(plainlySigned(ivvyDate), { method: "PUT" })).toMatchObject({ reason: "The signature does not match the request" });
  });
});

describe("the URL's API version", () => {
  it("is read only from a path that starts /api/{version}/; any other path is signed with 1.0", () => {
    for (const path of ["/other?action=x", "/proxy/api/1.1/batch?action=progress"]) {
      expect(verify(plainlySigned(ivvyDate, path), { requestString: path })).toEqual({ ok: true, apiKey: "k" });
    }
  });
});

describe("a request with no Content-Type", () => {
  it("signs the empty string in its place", () => {
    const headers = plainlySigned(ivvyDate);
    headers.delete("content-type");
    const unsigned = plainSignature(plainStringToSign({ method: "POST", path: PATH, headers: Object.fromEntries(headers), body: Buffer.from(BODY) }), SECRET);
    headers.set("x-api-authorization", `IWS k:${unsigned}`);
    expect(verify(headers)).toEqual({ ok: true, apiKey: "k" });
  });
});

describe("signRequest", () => {
  it("sets the header AUTHORIZATION_HEADER names (the contract tests remove it by that name)", () => {
    expect(Object.keys(signRequest({ apiKey: "k", apiSecret: SECRET, requestString: PATH, body: BODY, now: NOW }))).toContain(AUTHORIZATION_HEADER);
    expect(AUTHORIZATION_HEADER).toBe("X-Api-Authorization");
  });
});

describe("parseIvvyTimestamp", () => {
  it("reads the format with or without ' UTC', ignoring surrounding spaces", () => {
    const at = Date.UTC(2026, 10, 28, 16, 23, 24);
    for (const text of ["2026-11-28 16:23:24", "2026-11-28 16:23:24 UTC", "  2026-11-28 16:23:24 \n"]) expect(parseIvvyTimestamp(text)).toBe(at);
    expect(parseIvvyTimestamp("2028-02-29 23:59:59")).toBe(Date.UTC(2028, 1, 29, 23, 59, 59));
  });
  it.each([
    ["text before", "x2026-11-28 16:23:24"],
    ["text after", "2026-11-28 16:23:24Z"],
    ["another zone", "2026-11-28 16:23:24 UTC+1"],
    ["month 13", "2026-13-01 10:00:00"],
    ["month 0", "2026-00-10 10:00:00"],
    ["day 0", "2026-11-00 10:00:00"],
    ["29 February of a common year", "2026-02-29 10:00:00"],
    ["minute 60", "2026-11-28 16:60:00"],
    ["second 60", "2026-11-28 16:23:60"],
    ["hour 24", "2026-11-28 24:00:00"],
    ["minute 60 at 23h", "2026-11-28 23:60:00"],
  ])("refuses %s", (_, text) => {
    expect(parseIvvyTimestamp(text)).toBeUndefined();
  });
});
