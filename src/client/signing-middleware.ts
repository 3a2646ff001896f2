import type { Middleware } from "openapi-fetch";
import { signRequest } from "../signing/sign-request.js";

export interface SigningOptions {
  apiKey: string;
  apiSecret: string;
  /** Epoch milliseconds; read once per request, so every retry is signed afresh. */
  now: () => number;
}

/**
 * openapi-fetch middleware that signs every request the way iVvy requires: Content-MD5
 * of the exact bytes sent, IVVY-Date, X-Api-Version and X-Api-Authorization.
 */
export function createSigningMiddleware(options: SigningOptions): Middleware {
  return {
    async onRequest({ request }) {
      const body = request.body === null ? new Uint8Array() : new Uint8Array(await request.clone().arrayBuffer());
      const url = new URL(request.url);
      const headers = signRequest({
        apiKey: options.apiKey,
        apiSecret: options.apiSecret,
        requestString: url.pathname + url.search,
        body,
        contentType: request.headers.get("content-type") ?? "application/json",
        now: options.now(),
      });
      for (const [name, value] of Object.entries(headers)) request.headers.set(name, value);
      return request;
    },
  };
}
