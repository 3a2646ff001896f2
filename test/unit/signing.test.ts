import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SpecificCode } from "../../src/contract/specific-codes.js";
import { canonicalIvvyHeaders, hmacSha1Hex, md5Hex, signRequest, stringToSign } from "../../src/signing/sign-request.js";
import { formatIvvyTimestamp, parseIvvyTimestamp } from "../../src/signing/timestamp.js";
import { type RequestHeaders, verifyRequest } from "../../src/signing/verify-request.js";
import { NodeRequestHeaders } from "../../src/util/node-request-headers.js";
import { plainSignature, plainStringToSign } from "./independent-signer.js";

describe("iVvy's documented test vectors", () => {
  it("MD5 of the worked example body", () => {
    expect(md5Hex('{"example":"body"}')).toBe("a09f600c77a6dbd947db24c61e8935ca");
  });

  it("MD5 of the empty body and of the calculating-md5 page's strings", () => {
    expect(md5Hex("")).toBe("d41d8cd98f00b204e9800998ecf8427e");
    expect(md5Hex("string to hash\n")).toBe("2fcc83d76f9b2d8ef372271d807a3364");
    expect(md5Hex("    string to hash    \n")).toBe("6b9202a3b05bd22803fe54767b30ee10");
  });

  it("HMAC-SHA1 page vector", () => {
    expect(hmacSha1Hex("string to sign", "my secret key")).toBe("a993876ea1218921a1c8551923473da7b310dfae");
  });

  it("string to sign of the worked example, exactly", () => {
    expect(
      stringToSign({
        method: "POST",
        contentMd5: md5Hex('{"example":"body"}'),
        contentType: "application/json",
        date: "",
        requestString: "/api/1.0/test?action=ping",
        apiVersion: "1.0",
        ivvyHeaders: [["IVVY-Date", "2012-04-03 22:23:24"]],
      }),
    ).toBe("posta09f600c77a6dbd947db24c61e8935caapplication/json/api/1.0/test?action=ping1.0ivvydate=2012-04-03 22:23:24");
  });

  it("signRequest produces the worked example's headers", () => {
    const now = Date.UTC(2012, 3, 3, 22, 23, 24);
    const headers = signRequest({
      apiKey: "key",
      apiSecret: "my secret key",
      requestString: "/api/1.0/test?action=ping",
      body: '{"example":"body"}',
      now,
    });
    const expected = hmacSha1Hex(
      "posta09f600c77a6dbd947db24c61e8935caapplication/json/api/1.0/test?action=ping1.0ivvydate=2012-04-03 22:23:24",
      "my secret key",
    );
    expect(headers).toEqual({
      "Content-Type": "application/json",
      "Content-MD5": "a09f600c77a6dbd947db24c61e8935ca",
      "X-Api-Version": "1.0",
      "IVVY-Date": "2012-04-03 22:23:24",
      "X-Api-Authorization": `IWS key:${expected}`,
    });
  });
});

describe("IVVY headers", () => {
  it("strips dashes and underscores, sorts, joins with &", () => {
    expect(
      canonicalIvvyHeaders([
        ["IVVY_Zeta", "z"],
        ["ivvy-date", "2012-04-03 22:23:24"],
        ["Ivvy-A_b-c", "x"],
        ["X-Other", "ignored"],
      ]),
    ).toBe("ivvyabc=x&ivvydate=2012-04-03 22:23:24&ivvyzeta=z");
  });
});

describe("the module agrees with an independent implementation", () => {
  const pathArb = fc.constantFrom("/api/1.0/batch?action=run", "/api/1.0/batch?action=progress", "/api/1.0/batch?action=results", "/api/1.0/test?action=ping");
  it("over many generated requests (bodies with unicode and whitespace, any secret, any time)", () => {
    fc.assert(
      fc.property(
        pathArb,
        fc.string({ unit: "binary" }),
        fc.string({ minLength: 1, unit: "grapheme" }),
        fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }),
        fc.constantFrom("application/json", "application/json; charset=utf-8", "Application/JSON"),
        (path, body, secret, now, contentType) => {
          const signed = signRequest({ apiKey: "k", apiSecret: secret, requestString: path, body, contentType, now });
          const { "X-Api-Authorization": auth, ...sent } = signed;
          const expected = plainSignature(plainStringToSign({ method: "POST", path, headers: sent, body: Buffer.from(body, "utf8") }), secret);
          expect(auth).toBe(`IWS k:${expected}`);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("iVvy timestamps", () => {
  it("format and parse round-trip at second resolution", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Date.UTC(9999, 11, 31) }), (ms) => {
        const text = formatIvvyTimestamp(ms);
        expect(text).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
        expect(parseIvvyTimestamp(text)).toBe(Math.floor(ms / 1000) * 1000);
        expect(parseIvvyTimestamp(`${text} UTC`)).toBe(Math.floor(ms / 1000) * 1000);
      }),
    );
  });
  it("rejects what is not one", () => {
    for (const bad of ["", "2026-02-31 10:00:00", "2026-11-28T16:23:24Z", "2026-11-28 25:00:00", "Sat, 28 Nov 2026 16:23:24 GMT"]) {
      expect(parseIvvyTimestamp(bad)).toBeUndefined();
    }
  });
});

describe("verifyRequest", () => {
  const secretFor = (key: string) => (key === "k" ? "s3cret" : undefined);
  const now = Date.UTC(2026, 10, 28, 16, 0, 0);
  const path = "/api/1.0/batch?action=progress";
  const body = '{"async":"e35e06ee592d17a42dc9e6252a058617"}';
  const signed = (over: Partial<Parameters<typeof signRequest>[0]> = {}) =>
    new Headers({ ...signRequest({ apiKey: "k", apiSecret: "s3cret", requestString: path, body, now, ...over }) });
  const verify = (headers: RequestHeaders, overBody = body, at = now) =>
    verifyRequest({ method: "POST", requestString: path, headers, body: Buffer.from(overBody), secretFor, now: at });

  it("accepts a correctly signed request", () => {
    expect(verify(signed())).toEqual({ ok: true, apiKey: "k" });
  });
  it("accepts the standard Date header instead of IVVY-Date", () => {
    const date = new Date(now).toUTCString();
    const contentMd5 = md5Hex(body);
    const sig = hmacSha1Hex(
      stringToSign({ method: "POST", contentMd5, contentType: "application/json", date, requestString: path, apiVersion: "1.0", ivvyHeaders: [] }),
      "s3cret",
    );
    const headers = new Headers({
      "Content-Type": "application/json",
      "Content-MD5": contentMd5,
      "X-Api-Version": "1.0",
      Date: date,
      "X-Api-Authorization": `IWS k:${sig}`,
    });
    expect(verify(headers)).toEqual({ ok: true, apiKey: "k" });
  });
  it("rejects each kind of bad request with a reason", () => {
    const missing = signed();
    missing.delete("x-api-authorization");
    expect(verify(missing)).toMatchObject({ ok: false, reason: expect.stringMatching(/missing/) });
    expect(verify(signed({ apiKey: "other" }))).toMatchObject({ ok: false, reason: expect.stringMatching(/Unknown API key/) });
    expect(verify(signed({ apiSecret: "wrong" }))).toMatchObject({ ok: false, reason: expect.stringMatching(/signature/) });
    expect(verify(signed(), body + " ")).toMatchObject({ ok: false, reason: expect.stringMatching(/Content-MD5/) });
    expect(verify(signed(), body, now + 5 * 60_000 + 1000)).toMatchObject({ ok: false, specificCode: SpecificCode.RequestStale, message: "Request is stale" });
    expect(verify(signed(), body, now + 4 * 60_000)).toMatchObject({ ok: true });
    const otherVersion = signed();
    otherVersion.set("x-api-version", "2.0");
    expect(verify(otherVersion)).toMatchObject({ ok: false, reason: expect.stringMatching(/X-Api-Version must be 1.0/) });
  });
  it("reads Node's IncomingMessage.headers through NodeRequestHeaders as it reads Headers", () => {
    // As node:http parses them: names lowercased, an extra IVVY header that is signed.
    const node: Record<string, string> = {};
    const headers = signed();
    const date = headers.get("ivvy-date")!;
    const sig = hmacSha1Hex(
      stringToSign({
        method: "POST",
        contentMd5: md5Hex(body),
        contentType: "application/json",
        date: "",
        requestString: path,
        apiVersion: "1.0",
        ivvyHeaders: [
          ["IVVY-Date", date],
          ["IVVY-Trace", "a b"],
        ],
      }),
      "s3cret",
    );
    headers.set("x-api-authorization", `IWS k:${sig}`);
    headers.set("ivvy-trace", "a b");
    headers.forEach((value, name) => {
      node[name] = value;
    });
    expect(verify(new NodeRequestHeaders(node))).toEqual({ ok: true, apiKey: "k" });
    expect(verify(headers)).toEqual({ ok: true, apiKey: "k" });
    delete node["ivvy-trace"];
    expect(verify(new NodeRequestHeaders(node))).toMatchObject({ ok: false, reason: expect.stringMatching(/signature/) });
  });
});
