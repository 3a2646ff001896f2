// The in-process edge: the core as a `fetch(Request) => Promise<Response>` function, so
// `createBatchClient({ fetch: emulator.fetch })` needs no socket (STYLE.md habit 5). A
// path under a mounted app (the dashboard) goes to that app.
import type { ClockTimer } from "../../util/clock.js";
import { type BodyRead, readLimitedBody, timedOut } from "../../util/read-web-body.js";
import type { BodyReadOptions } from "./emulator-request.js";
import { encodeAnswer } from "./encode-answer.js";
import type { HandleRequest } from "./handle-request.js";
import { fetchMountedApp } from "./mounted-app-edge.js";
import type { Mounts } from "./mounts.js";
import { targetOfUrl } from "./request-target.js";

const lengthOf = (value: string | null): number | undefined => (value !== null && /^\d+$/.test(value) ? Number(value) : undefined);

/**
 * The body, read with the core's limits. The reader cannot be stopped from outside, so the
 * timeout (on the emulator's clock) answers for it, and the reader ends at its next chunk
 * (its budget then refuses every byte, and it cancels the stream).
 */
function readBody(request: Request, maxBytes: number, options: BodyReadOptions): Promise<BodyRead> {
  const { budget, timeout } = options;
  if (!timeout) return readLimitedBody(request, maxBytes, budget ? { budget } : {});
  let late = false;
  const reading = readLimitedBody(request, maxBytes, { budget: { take: (bytes) => !late && (budget?.take(bytes) ?? true) } });
  let timer: ClockTimer | undefined;
  const expired = new Promise<BodyRead>((resolve) => {
    timer = timeout.clock.setTimeout(() => {
      late = true;
      resolve(timedOut(timeout.ms));
    }, timeout.ms);
  });
  return Promise.race([reading, expired]).then((read) => {
    timer?.cancel();
    return read;
  });
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
