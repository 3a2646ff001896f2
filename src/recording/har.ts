// The part of HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/, the format browsers,
// Polly.js and proxies share) this package writes and reads. Written here rather than taken
// from @types/har-format so that the public types of `ivvy-batch/recording` need no other
// package; fields HAR marks optional that we never write are left out.

export interface HarHeader {
  name: string;
  value: string;
}

export interface HarPostData {
  mimeType: string;
  text: string;
}

export interface HarRequest {
  method: string;
  url: string;
  httpVersion: string;
  cookies: [];
  headers: HarHeader[];
  queryString: HarHeader[];
  postData?: HarPostData;
  headersSize: -1;
  bodySize: number;
}

export interface HarResponse {
  status: number;
  statusText: string;
  httpVersion: string;
  cookies: [];
  headers: HarHeader[];
  content: { size: number; mimeType: string; text?: string };
  redirectURL: string;
  headersSize: -1;
  bodySize: number;
}

export interface HarTimings {
  send: number;
  wait: number;
  receive: number;
}

export interface HarEntry {
  startedDateTime: string;
  /** Milliseconds from the request's start to the response's last byte. */
  time: number;
  request: HarRequest;
  response: HarResponse;
  cache: Record<string, never>;
  timings: HarTimings;
  /** Which side recorded it: `client` (a call this process sent) or `receiver` (a callback it received). */
  _ivvyDirection?: "client" | "receiver";
  /** Set when the request failed without an answer (network error, timeout): the response is status 0. */
  _error?: string;
}

export interface Har {
  log: {
    version: "1.2";
    creator: { name: string; version: string };
    entries: HarEntry[];
    /** The JSON field names masked in this file (so replay masks incoming params the same way). */
    _ivvyMaskedFields?: string[];
  };
}

/** A new, empty HAR document. */
export function emptyHar(maskedFields: readonly string[] = []): Har {
  return {
    log: {
      version: "1.2",
      creator: { name: "ivvy-batch", version: "1" },
      entries: [],
      ...(maskedFields.length > 0 ? { _ivvyMaskedFields: [...maskedFields] } : {}),
    },
  };
}

/** Reads a HAR document from its text; throws a TypeError saying what is wrong. */
export function parseHar(text: string, where = "the recording"): Har {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new TypeError(`${where} is not JSON: ${(error as Error).message}`);
  }
  const log = (value as { log?: { entries?: unknown } } | null)?.log;
  if (typeof log !== "object" || log === null || !Array.isArray(log.entries)) throw new TypeError(`${where} is not HAR: it has no log.entries array`);
  return value as Har;
}
