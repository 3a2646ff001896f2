// Signing conformance: a table of awkward requests, each signed three ways that must
// agree: the package's stringToSign/hmac, the independent plain implementation written
// from iVvy's doc page (test/unit/independent-signer.ts), and a verifyRequest round trip
// on the exact bytes, headers and order given.
import { describe, expect, it } from "vitest";
import { hmacSha1Hex, md5Hex, stringToSign } from "../../src/signing/sign-request.js";
import { verifyRequest } from "../../src/signing/verify-request.js";
import { plainSignature, plainStringToSign } from "../unit/independent-signer.js";

const SECRET = "s3cr3t-ünï";
const KEY = "conformance-key";
const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);
const DATE = "2026-11-28 12:00:00";

interface Case {
  name: string;
  path?: string;
  contentType?: string;
  body: string | Buffer;
  /** Extra headers, in the order they are sent (IVVY-Date is always among the signed). */
  headers: [string, string][];
}

const cases: Case[] = [
  { name: "the plain case", body: '{"async":"0123456789abcdef0123456789abcdef"}', headers: [["IVVY-Date", DATE]] },
  {
    name: "IVVY headers in reverse order",
    body: "{}",
    headers: [
      ["IVVY-Zone", "b"],
      ["IVVY-Alpha", "a"],
      ["IVVY-Date", DATE],
    ],
  },
  {
    name: "IVVY headers with underscores and dashes",
    body: "{}",
    headers: [
      ["IVVY_Custom-Thing", "x"],
      ["ivvy-date", DATE],
      ["Ivvy_Trace_Id", "t-1"],
    ],
  },
  {
    name: "IVVY header names in odd case",
    body: "{}",
    headers: [
      ["iVvY-dAtE", DATE],
      ["IVVY-REQUEST-ID", "AbC"],
    ],
  },
  { name: "unicode in the body", body: '{"name":"Zoë — 東京 😀","note":"naïve café"}', headers: [["IVVY-Date", DATE]] },
  { name: "whitespace and newlines in the body", body: '  {\n\t"jobs" : [ ]\r\n}  \n', headers: [["IVVY-Date", DATE]] },
  { name: "escaped unicode and a lone surrogate escape", body: '{"s":"\\ud800\\u00e9\\n"}', headers: [["IVVY-Date", DATE]] },
  { name: "an empty body", body: "", headers: [["IVVY-Date", DATE]] },
  { name: "charset in the content type", contentType: "application/json; charset=utf-8", body: '{"a":1}', headers: [["IVVY-Date", DATE]] },
  { name: "upper-case content type with charset", contentType: "Application/JSON; Charset=UTF-8", body: '{"a":1}', headers: [["IVVY-Date", DATE]] },
  { name: "the Date header instead of IVVY-Date", body: "{}", headers: [["Date", "Sat, 28 Nov 2026 12:00:00 GMT"]] },
  { name: "a non-ASCII UTF-8 body given as raw bytes", body: Buffer.from('{"k":"ß"}', "utf8"), headers: [["IVVY-Date", DATE]] },
  { name: "a path with a second query parameter", path: "/api/1.0/batch?action=progress&trace=1", body: "{}", headers: [["IVVY-Date", DATE]] },
];

function build(c: Case) {
  const path = c.path ?? "/api/1.0/batch?action=run";
  const contentType = c.contentType ?? "application/json";
  const body = Buffer.isBuffer(c.body) ? c.body : Buffer.from(c.body, "utf8");
  const contentMd5 = md5Hex(body);
  const ivvy = c.headers.filter(([name]) => /^ivvy/i.test(name));
  const dateHeader = c.headers.find(([name]) => name.toLowerCase() === "date")?.[1] ?? "";
  const ours = stringToSign({
    method: "POST",
    contentMd5,
    contentType,
    date: ivvy.some(([n]) => /^ivvy[-_]?date$/i.test(n)) ? "" : dateHeader,
    requestString: path,
    apiVersion: "1.0",
    ivvyHeaders: ivvy,
  });
  const sent: [string, string][] = [["Content-Type", contentType], ["Content-MD5", contentMd5], ["X-Api-Version", "1.0"], ...c.headers];
  const plain = plainStringToSign({ method: "POST", path, headers: Object.fromEntries(sent), body });
  return { path, body, ours, plain, sent };
}

describe("signing conformance table", () => {
  for (const c of cases) {
    it(c.name, () => {
      const { path, body, ours, plain, sent } = build(c);
      expect(ours).toBe(plain);
      const signature = hmacSha1Hex(ours, SECRET);
      expect(signature).toBe(plainSignature(plain, SECRET));

      // The server side: the same headers in the order sent, the same bytes.
      const headers = new Headers([...sent, ["X-Api-Authorization", `IWS ${KEY}:${signature}`]]);
      const verdict = verifyRequest({
        method: "POST",
        requestString: path,
        headers,
        body: new Uint8Array(body),
        secretFor: (k) => (k === KEY ? SECRET : undefined),
        now: NOW,
      });
      expect(verdict).toEqual({ ok: true, apiKey: KEY });

      // And it fails closed: one byte of body, or one IVVY header value, changed.
      const tampered = Buffer.concat([body, Buffer.from(" ")]);
      expect(verifyRequest({ method: "POST", requestString: path, headers, body: new Uint8Array(tampered), secretFor: () => SECRET, now: NOW }).ok).toBe(false);
      const ivvyName = sent.find(([name]) => /^ivvy/i.test(name))?.[0];
      if (ivvyName) {
        const changed = new Headers(headers);
        changed.set(ivvyName, `${changed.get(ivvyName)}x`);
        expect(verifyRequest({ method: "POST", requestString: path, headers: changed, body: new Uint8Array(body), secretFor: () => SECRET, now: NOW }).ok).toBe(
          false,
        );
      }
    });
  }
});
