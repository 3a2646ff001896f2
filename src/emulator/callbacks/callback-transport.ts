// How one callback attempt is sent. The deliverer owns timeouts, retries and records;
// a transport only POSTs the JSON and reports the status. Two of them: node:http(s)
// through a keep-alive agent by default (node-callback-transport.ts), or the user's
// `fetch` option, which tests use to receive callbacks with no socket.
import { CALLBACK_USER_AGENT } from "../../contract/callback-request.js";

export { CALLBACK_USER_AGENT };

/** POSTs `body` as JSON to `url`; resolves with the HTTP status, rejects on a network error or when `signal` aborts. */
export type CallbackTransport = (url: string, body: string, signal: AbortSignal) => Promise<number>;

export function fetchTransport(fetch: (request: Request) => Promise<Response>): CallbackTransport {
  return async (url, body, signal) => {
    const response = await fetch(
      new Request(url, {
        method: "POST",
        headers: { "content-type": "application/json", "user-agent": CALLBACK_USER_AGENT },
        body,
        signal,
      }),
    );
    // Drain the body so the connection can be reused; the receiver's answer is not used.
    await response.arrayBuffer().catch(() => undefined);
    return response.status;
  };
}
