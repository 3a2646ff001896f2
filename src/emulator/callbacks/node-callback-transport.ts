// The default way callbacks are sent: node:http / node:https `request` through one
// keep-alive agent per emulator. undici's `fetch` builds a WHATWG Request, Response and
// web streams per call, which made it the largest cost of run+callback in bench/ (whose
// target is run+callback at 10x Prism). Redirects are not followed: a callback is a POST,
// and a 3xx is a failed attempt, as any other non-2xx answer.
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { callbackHeaders } from "../../contract/callback-request.js";
import { httpRequestTarget } from "../../util/http-request-target.js";
import type { CallbackTransport } from "./callback-transport.js";

export interface NodeCallbackTransport {
  post: CallbackTransport;
  /** Closes the idle keep-alive sockets (and any still open); for the emulator's close(). */
  destroy(): void;
}

interface Target {
  secure: boolean;
  where: ReturnType<typeof httpRequestTarget>;
}

const TARGETS_KEPT = 256;

export function createNodeCallbackTransport(): NodeCallbackTransport {
  const http = new HttpAgent({ keepAlive: true });
  const https = new HttpsAgent({ keepAlive: true });

  // Where each callbackUrl goes, parsed once: a load test sends every batch's callback to
  // the same few URLs. Bounded: cleared when it holds TARGETS_KEPT URLs.
  const targets = new Map<string, Target>();
  const targetOf = (url: string): Target => {
    let target = targets.get(url);
    if (target === undefined) {
      const parsed = new URL(url);
      const secure = parsed.protocol === "https:";
      if (!secure && parsed.protocol !== "http:") throw new Error(`callbackUrl must be http or https, not ${parsed.protocol}`);
      target = { secure, where: httpRequestTarget(parsed) };
      if (targets.size >= TARGETS_KEPT) targets.clear();
      targets.set(url, target);
    }
    return target;
  };

  const post: CallbackTransport = (url, body, signal) =>
    new Promise<number>((resolve, reject) => {
      let target: Target;
      try {
        target = targetOf(url);
      } catch (error) {
        return reject(error);
      }
      const { secure } = target;
      const request = (secure ? httpsRequest : httpRequest)(
        {
          method: "POST",
          ...target.where,
          agent: secure ? https : http,
          signal,
          headers: callbackHeaders(body),
        },
        (response: IncomingMessage) => {
          // The status is the outcome; the body is read and dropped so the socket goes
          // back to the agent. Resolved on 'close' too: a receiver that hangs up or stalls
          // mid-body (then aborted by the timeout) still answered with its status.
          const status = response.statusCode ?? 0;
          const done = () => resolve(status);
          response.once("end", done);
          response.once("close", done);
          response.on("error", () => undefined);
          response.resume();
        },
      );
      request.on("error", reject);
      request.end(body);
    });

  return {
    post,
    destroy() {
      http.destroy();
      https.destroy();
    },
  };
}
