// The IWS request signature, exactly as iVvy documents it:
// https://developer.ivvy.com/getting-started/creating-the-request/signing-the-request
// Pure functions: no clock, no I/O. The client, the emulator and the contract hooks share them.
import { createHash, createHmac } from "node:crypto";
import { formatIvvyTimestamp } from "./timestamp.js";

export const API_VERSION = "1.0";
export const AUTHORIZATION_HEADER = "X-Api-Authorization";

/** Lowercase hex MD5 of the exact bytes (or UTF-8 string) given. */
export function md5Hex(body: string | Uint8Array): string {
  return createHash("md5").update(body).digest("hex");
}

/** Lowercase hex HMAC-SHA1 of `message` under `secret`. */
export function hmacSha1Hex(message: string, secret: string): string {
  // A string message is hashed as UTF-8 (the default).
  return createHmac("sha1", secret).update(message).digest("hex");
}

export interface StringToSignParts {
  method: string;
  contentMd5: string;
  contentType: string;
  /** The `Date` header as sent; empty when `IVVY-Date` is used. */
  date: string;
  /** Path and query exactly as sent, e.g. `/api/1.0/batch?action=run`. */
  requestString: string;
  apiVersion: string;
  /** Every header whose name starts with IVVY, as [name, value] pairs. */
  ivvyHeaders: Iterable<readonly [string, string]>;
}

/** `ivvydate=2012-04-03 22:23:24&...`: IVVY* headers without `-`/`_`, sorted, joined with `&`. */
export function canonicalIvvyHeaders(headers: Iterable<readonly [string, string]>): string {
  const parts: string[] = [];
  for (const [name, value] of headers) {
    if (!/^ivvy/i.test(name)) continue;
    parts.push(`${name.replace(/[-_]/g, "").toLowerCase()}=${value}`);
  }
  return parts.sort().join("&");
}

/** The lowercased string that is HMAC-signed. */
export function stringToSign(parts: StringToSignParts): string {
  return (
    parts.method +
    parts.contentMd5 +
    parts.contentType +
    parts.date +
    parts.requestString +
    parts.apiVersion +
    canonicalIvvyHeaders(parts.ivvyHeaders)
  ).toLowerCase();
}

export interface SignInput {
  apiKey: string;
  apiSecret: string;
  /** Path and query as sent, e.g. `/api/1.0/batch?action=run`. */
  requestString: string;
  /** The exact body bytes sent (a string is taken as UTF-8). */
  body: string | Uint8Array;
  contentType?: string;
  /** When the request is made, in epoch milliseconds. */
  now: number;
}

export interface SignedHeaders {
  "Content-Type": string;
  "Content-MD5": string;
  "X-Api-Version": string;
  "IVVY-Date": string;
  "X-Api-Authorization": string;
}

/** The headers that authenticate one request, using `IVVY-Date` (so the date part is empty). */
export function signRequest(input: SignInput): SignedHeaders {
  const contentType = input.contentType ?? "application/json";
  const contentMd5 = md5Hex(input.body);
  const ivvyDate = formatIvvyTimestamp(input.now);
  const signature = hmacSha1Hex(
    stringToSign({
      method: "POST",
      contentMd5,
      contentType,
      date: "",
      requestString: input.requestString,
      apiVersion: API_VERSION,
      ivvyHeaders: [["IVVY-Date", ivvyDate]],
    }),
    input.apiSecret,
  );
  return {
    "Content-Type": contentType,
    "Content-MD5": contentMd5,
    "X-Api-Version": API_VERSION,
    "IVVY-Date": ivvyDate,
    "X-Api-Authorization": `IWS ${input.apiKey}:${signature}`,
  };
}
