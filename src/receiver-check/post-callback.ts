// One POST to a callback endpoint over node:http(s), with the control a receiver check
// needs that fetch does not give: the body in pieces with pauses between them, a byte
// count that does not match, and an answer told apart from a dropped connection. The
// bound runs on the injected clock; the time to answer is measured.
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { type Clock, sleep } from "../util/clock.js";
import { httpRequestTarget } from "../util/http-request-target.js";

/** What came back: an answer (status and the start of its body), a dropped connection, or nothing within the bound. */
export type PostOutcome =
  | { kind: "answered"; status: number; contentType: string | undefined; body: string; ms: number }
  | { kind: "dropped"; error: string; ms: number }
  | { kind: "timeout"; ms: number };

export interface PostCallbackInput {
  url: string;
  headers: Record<string, string>;
  /** The body, or its pieces, sent `pauseMs` apart (on the clock). */
  body: string | Uint8Array | readonly Uint8Array[];
  pauseMs?: number;
  /** Give up after this long (on the clock), counted from the start. */
  timeoutMs: number;
  clock: Clock;
  signal?: AbortSignal;
}

/** The answer's body is kept up to this many characters, for the report. */
const BODY_KEPT = 2_000;

export function postCallback(input: PostCallbackInput): Promise<PostOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round((performance.now() - started) * 10) / 10;
  return new Promise<PostOutcome>((resolve, reject) => {
    let target: URL;
    try {
      target = new URL(input.url);
    } catch (error) {
      return reject(error);
    }
    let settled = false;
    const stop = new AbortController();
    const settle = (outcome: PostOutcome) => {
      if (settled) return;
      settled = true;
      timer.cancel();
      input.signal?.removeEventListener("abort", onAbort);
      stop.abort();
      resolve(outcome);
    };
    const timer = input.clock.setTimeout(() => {
      settle({ kind: "timeout", ms: elapsed() });
      req.destroy();
    }, input.timeoutMs);
    const onAbort = () => {
      if (settled) return;
      settled = true;
      timer.cancel();
      stop.abort();
      req.destroy();
      reject(input.signal?.reason);
    };
    input.signal?.addEventListener("abort", onAbort, { once: true });

    const secure = target.protocol === "https:";
    const req = (secure ? httpsRequest : httpRequest)(
      {
        method: "POST",
        ...httpRequestTarget(target),
        headers: input.headers,
        // A fresh connection per check: one receiver's hang-up must not poison the next row.
        agent: false,
      },
      (response: IncomingMessage) => {
        const status = response.statusCode ?? 0;
        const contentType = response.headers["content-type"];
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          if (body.length < BODY_KEPT) body += chunk.slice(0, BODY_KEPT - body.length);
        });
        const done = () => {
          settle({ kind: "answered", status, contentType, body, ms: elapsed() });
          req.destroy();
        };
        response.once("end", done);
        response.once("close", done);
        response.on("error", () => undefined);
      },
    );
    req.on("error", (error: NodeJS.ErrnoException) => settle({ kind: "dropped", error: error.code ?? error.message, ms: elapsed() }));

    const pieces = typeof input.body === "string" || input.body instanceof Uint8Array ? [input.body] : input.body;
    void (async () => {
      for (let i = 0; i < pieces.length; i++) {
        if (settled || req.destroyed) return;
        if (i > 0 && input.pauseMs) await sleep(input.clock, input.pauseMs, stop.signal).catch(() => undefined);
        if (settled || req.destroyed) return;
        const piece = pieces[i] as string | Uint8Array;
        // Wait for the socket to take a large piece, so an oversized body is not all buffered here.
        if (!req.write(piece))
          await new Promise<void>((r) => {
            const go = () => r();
            req.once("drain", go);
            req.once("close", go);
          });
      }
      if (!settled && !req.destroyed) req.end();
    })();
  });
}
