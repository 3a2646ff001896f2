import { type BodyRead, readWebBody } from "../../util/read-web-body.js";
import type { BodyReadOptions } from "./emulator-request.js";
import { encodeAnswer } from "./encode-answer.js";
import type { HandleRequest } from "./handle-request.js";
import { fetchMountedApp } from "./mounted-app-edge.js";
import type { Mounts } from "./mounts.js";
import { targetOfUrl } from "./request-target.js";

const lengthOf = (value: string | null): number | undefined => (value !== null && /^\d+$/.test(value) ? Number(value) : undefined);

/** The body, read with the core's limits; its timeout runs on the emulator's clock. */
function readBody(request: Request, maxBytes: number, { budget, timeout }: BodyReadOptions): Promise<BodyRead> {
  return readWebBody(request, maxBytes, { ...(budget && { budget }), ...(timeout && { timeoutMs: timeout.ms, clock: timeout.clock }) });
}

export function toFetchHandler(handle: HandleRequest, mounts: Mounts): (request: Request) => Promise<Response> {
  return async (request) => {
    const requestString = targetOfUrl(request.url);
    if (mounts.size > 0) {
      const app = mounts.match(requestString);
      if (app) return fetchMountedApp(app, request);
    }
    const answer = encodeAnswer(
      await handle({
        method: request.method,
        requestString,
        headers: request.headers,
        declaredLength: request.body === null ? 0 : lengthOf(request.headers.get("content-length")),
        readBody: (maxBytes, options) => readBody(request, maxBytes, options),
      }),
    );
    return new Response(request.method === "HEAD" ? null : answer.json, { status: answer.status, headers: answer.headers });
  };
}
