import type { Middleware } from "openapi-fetch";
import { signRequest } from "../signing/sign-request.js";
import { type Clock, clockOption, RETIRED_FOR_CLOCK } from "../util/clock.js";
import { checkOptions, refuseRetired, string } from "../util/options.js";

/**
 * A fetch option naming the exact JSON string the body serialiser produced. openapi-fetch
 * copies unknown fetch options onto the Request, so the middleware can sign those bytes
 * instead of reading the body back out of the Request (`clone().arrayBuffer()` cost
 * 40-75% on top of a bare openapi-fetch call; see bench/). Without it the body is read back.
 */
export const SERIALIZED_BODY = "ivvySerializedBody";

/**
 * The path and query of an absolute URL as a Request carries it (what the server
 * verifies); sliced, not parsed: a URL object per request is measurable next to a local call (bench/).
 */
export const requestStringOf = (url: string): string => url.slice(url.indexOf("/", url.indexOf("//") + 2));

export interface SigningOptions {
  apiKey: string;
  apiSecret: string;
  /** Dates each request (default: systemClock); read once per request, so every retry is signed afresh. */
  clock?: Clock;
}

const shape = {
  apiKey: string<string>({ required: true, nonEmpty: true }),
  apiSecret: string<string>({ required: true, nonEmpty: true }),
  clock: clockOption(),
};

/**
 * openapi-fetch middleware that signs every request the way iVvy requires: Content-MD5
 * of the exact bytes sent, IVVY-Date, X-Api-Version and X-Api-Authorization.
 */
export function createSigningMiddleware(options: SigningOptions): Middleware {
  refuseRetired("createSigningMiddleware", options, RETIRED_FOR_CLOCK);
  const { apiKey, apiSecret, clock } = checkOptions("createSigningMiddleware", options, shape);
  return {
    async onRequest({ request }) {
      const serialized = (request as unknown as Record<string, unknown>)[SERIALIZED_BODY];
      const body = typeof serialized === "string" ? serialized : request.body === null ? new Uint8Array() : new Uint8Array(await request.clone().arrayBuffer());
      const requestString = requestStringOf(request.url);
      const headers = signRequest({
        apiKey,
        apiSecret,
        requestString,
        body,
        contentType: request.headers.get("content-type") ?? "application/json",
        now: clock.now(),
      });
      for (const [name, value] of Object.entries(headers)) request.headers.set(name, value);
      return request;
    },
  };
}
