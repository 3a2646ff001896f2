// The in-process edge: the core as a `fetch(Request) => Promise<Response>` function, so
// `createBatchClient({ fetch: emulator.fetch })` needs no socket (STYLE.md habit 5).

import { readRequestBody } from "../../util/read-node-body.js";
import { encodeAnswer } from "./encode-answer.js";
import type { HandleRequest } from "./handle-request.js";

/** Path and query exactly as received: what the client signed. */
const requestStringOf = (url: string): string => url.slice(url.indexOf("/", url.indexOf("//") + 2));

const lengthOf = (value: string | null): number | undefined => (value !== null && /^\d+$/.test(value) ? Number(value) : undefined);

export function toFetchHandler(handle: HandleRequest): (request: Request) => Promise<Response> {
  return async (request) => {
    const answer = encodeAnswer(
      await handle({
        method: request.method,
        requestString: requestStringOf(request.url),
        headers: request.headers,
        declaredLength: request.body === null ? 0 : lengthOf(request.headers.get("content-length")),
        readBody: (maxBytes, limits) => readRequestBody(request, maxBytes, limits),
      }),
    );
    return new Response(request.method === "HEAD" ? null : answer.json, { status: answer.status, headers: answer.headers });
  };
}
