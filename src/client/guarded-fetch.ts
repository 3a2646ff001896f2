import { IvvyResponseError } from "../errors/ivvy-response-error.js";

/**
 * Wraps the client's fetch so that no answer is taken blindly (docs/client.md, IvvyResponseError):
 * - a redirect is never followed: requests go out with `redirect: "manual"`, a 3xx is an
 *   IvvyResponseError naming its Location, and an answer a custom fetch reached by
 *   following one anyway (`response.redirected`) is refused too;
 * - a body is read to at most `maxResponseBytes`: a larger declared Content-Length is
 *   refused before reading, and a body of unknown length that grows past the limit is
 *   cut off as it streams, so a huge answer is never held.
 */
export function guardFetch(fetch: (request: Request) => Promise<Response>, maxResponseBytes: number): (request: Request) => Promise<Response> {
  return async (request) => {
    const response = await fetch(request);
    const url = request.url;
    // Only read on the error paths: a URL object per request is measurable (bench/).
    const action = () => new URL(url).searchParams.get("action") ?? "request";
    const refuse = (init: Omit<ConstructorParameters<typeof IvvyResponseError>[0], "action" | "url" | "status">) => {
      void response.body?.cancel().catch(() => undefined);
      return new IvvyResponseError({ action: action(), url, status: response.status, ...init });
    };
    if (response.redirected) throw refuse({ problem: "redirect", followed: true, location: response.url });
    if ((response.status >= 300 && response.status < 400) || response.type === "opaqueredirect") {
      throw refuse({ problem: "redirect", location: response.headers.get("location") ?? undefined });
    }
    const length = response.headers.get("content-length");
    const declared = length === null ? NaN : Number(length);
    if (declared > maxResponseBytes) throw refuse({ problem: "too-large", maxResponseBytes });
    // A declared length within the limit bounds the body: fetch reads no more than it
    // (HTTP/1.1 framing). Only a body of unknown length is counted as it streams.
    if (!response.body || Number.isSafeInteger(declared)) return response;
    const tooLarge = () => new IvvyResponseError({ action: action(), url, status: response.status, problem: "too-large", maxResponseBytes });
    return new Response(limitStream(response.body, maxResponseBytes, tooLarge), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}

/** The stream, erroring with `tooLarge()` (and cancelling the source) once it passes `maxBytes`. */
function limitStream(source: ReadableStream<Uint8Array>, maxBytes: number, tooLarge: () => Error): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  let total = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) return controller.close();
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return controller.error(tooLarge());
      }
      controller.enqueue(value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
}
