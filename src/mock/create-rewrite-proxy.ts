import { Agent, createServer, type IncomingHttpHeaders, type IncomingMessage, request, type Server, type ServerResponse } from "node:http";
import { freshPingAnswer, isPingUrl } from "./fresh-ping-answer.js";
import { readMockBody } from "./read-mock-body.js";
import { rewriteActionQuery } from "./rewrite-action-query.js";

/** One request as the mock saw it; `npm run mock` prints one line per entry. */
export interface MockRequestLogEntry {
  method: string;
  /** The URL as the client sent it, e.g. `/api/1.0/batch?action=run`. */
  url: string;
  /** The URL Prism received, e.g. `/api/1.0/batch%3Faction%3Drun`. */
  forwardedUrl: string;
  /** The status sent back; 502 when Prism did not answer. */
  status: number;
  durationMs: number;
  /** Prism's `sl-violations` header: what in the request or response broke the contract. */
  violations: string[];
}

export interface RewriteProxyOptions {
  /**
   * Where Prism listens, read per request: the proxy binds its port before Prism has
   * started, so that a port in use fails at once rather than after Prism's startup.
   * Given the request's target as received (e.g. `/api/1.0/event?action=x`).
   */
  target: (url: string) => { host: string; port: number };
  onRequest?: (entry: MockRequestLogEntry) => void;
  /**
   * Looks at a request's headers before it is forwarded; an answer it returns is sent
   * instead, and the request never reaches Prism (the mock checks the signing headers'
   * form this way: see signing-header-check.ts).
   */
  refuse?: (headers: IncomingHttpHeaders) => ProxyAnswer | undefined;
  /** Clock for ping's answer (default Date.now), for tests. */
  now?: () => number;
}

/** An answer the proxy sends itself; `violations` go to the request log. */
export interface ProxyAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  violations: { location: string[]; message: string }[];
}

export interface RewriteProxy {
  server: Server;
  /** Closes the listener, its open connections and the pooled connections to Prism. */
  close(): Promise<void>;
}

// Headers that describe one connection, not the message (RFC 9110 7.6.1): they must
// not be forwarded. Node re-frames the body itself (Content-Length or chunked).
const HOP_BY_HOP = new Set(["connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "trailer", "upgrade"]);

function endToEnd(rawHeaders: string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const name = rawHeaders[i] as string;
    if (!HOP_BY_HOP.has(name.toLowerCase())) kept.push(name, rawHeaders[i + 1] as string);
  }
  return kept;
}

/**
 * A node:http reverse proxy in front of Prism that rewrites `?action=X` into the path
 * (see rewrite-action-query.ts) and streams everything else through unchanged:
 * method, headers (names as sent), bodies in both directions, status and its text.
 */
export function createRewriteProxy(options: RewriteProxyOptions): RewriteProxy {
  const agent = new Agent({ keepAlive: true });
  const server = createServer((incoming, outgoing) => forward(incoming, outgoing));

  function forward(incoming: IncomingMessage, outgoing: ServerResponse): void {
    const started = performance.now();
    const url = incoming.url ?? "/";
    const forwardedUrl = rewriteActionQuery(url);
    let violations: string[] = [];
    outgoing.on("finish", () =>
      options.onRequest?.({
        method: incoming.method ?? "GET",
        url,
        forwardedUrl,
        status: outgoing.statusCode,
        durationMs: performance.now() - started,
        violations,
      }),
    );

    const refusal = options.refuse?.(incoming.headers);
    if (refusal) {
      violations = refusal.violations.map((v) => `${v.location.join(".")}: ${v.message}`);
      // Read the body to its end so that a keep-alive connection stays usable.
      incoming.resume();
      incoming.on("end", () => {
        outgoing.writeHead(refusal.status, refusal.headers);
        outgoing.end(refusal.body);
      });
      return;
    }

    // The body is read whole (the mock's bodies are test-sized): see read-mock-body.ts.
    const parts: Buffer[] = [];
    incoming.on("data", (part: Buffer) => parts.push(part));
    incoming.on("error", () => outgoing.destroy());
    incoming.on("end", () => {
      // A body that is not sent as JSON is Prism's to refuse (415), as the emulator does first.
      const body = Buffer.concat(parts);
      const read = /^application\/json\s*(?:;|$)/i.test(incoming.headers["content-type"] ?? "") ? readMockBody(body) : { forward: body };
      if ("refuse" in read) {
        violations = [`request.body: ${read.refuse.why}`];
        outgoing.writeHead(read.refuse.status, { "content-type": "application/json", "content-length": Buffer.byteLength(read.refuse.body) });
        outgoing.end(read.refuse.body);
        return;
      }
      send(read.forward);
    });

    const send = (body: Buffer) => {
      const target = options.target(url);
      const headers = endToEnd(incoming.rawHeaders);
      const kept: string[] = [];
      for (let i = 0; i + 1 < headers.length; i += 2) {
        if ((headers[i] as string).toLowerCase() !== "content-length") kept.push(headers[i] as string, headers[i + 1] as string);
      }
      if (body.length || incoming.headers["content-length"] !== undefined) kept.push("Content-Length", String(body.length));
      const upstream = request(
        {
          ...target,
          agent,
          method: incoming.method,
          path: forwardedUrl,
          headers: kept,
        },
        (answer) => {
          violations = parseViolations(answer.headers["sl-violations"]);
          const status = answer.statusCode ?? 502;
          if (isPingUrl(url) && status >= 200 && status < 300 && /^application\/json\b/i.test(answer.headers["content-type"] ?? "")) {
            answerPingNow(answer, outgoing, status);
            return;
          }
          outgoing.writeHead(status, answer.statusMessage, endToEnd(answer.rawHeaders));
          answer.pipe(outgoing);
          answer.on("error", () => outgoing.destroy());
        },
      );
      upstream.on("error", (error) => {
        if (outgoing.headersSent) {
          outgoing.destroy(error);
          return;
        }
        const problem = JSON.stringify({
          type: "about:blank",
          title: "The Prism mock did not answer",
          status: 502,
          detail: `${error.message} (Prism at ${target.host}:${target.port}; was the mock closed?)`,
        });
        outgoing.writeHead(502, { "content-type": "application/problem+json", "content-length": Buffer.byteLength(problem) });
        outgoing.end(problem);
      });
      // A client that goes away mid-request should not leave Prism's side open.
      outgoing.on("close", () => {
        if (!outgoing.writableFinished) upstream.destroy();
      });
      upstream.end(body);
    };
  }

  // Ping's answer is small: read it whole, put the current time in, send it re-measured.
  function answerPingNow(answer: IncomingMessage, outgoing: ServerResponse, status: number): void {
    const parts: Buffer[] = [];
    answer.on("data", (part: Buffer) => parts.push(part));
    answer.on("error", () => outgoing.destroy());
    answer.on("end", () => {
      const body = Buffer.from(freshPingAnswer(Buffer.concat(parts).toString("utf8"), (options.now ?? Date.now)()), "utf8");
      const headers = endToEnd(answer.rawHeaders);
      const kept: string[] = [];
      for (let i = 0; i + 1 < headers.length; i += 2) {
        if ((headers[i] as string).toLowerCase() !== "content-length") kept.push(headers[i] as string, headers[i + 1] as string);
      }
      outgoing.writeHead(status, answer.statusMessage, [...kept, "Content-Length", String(body.length)]);
      outgoing.end(body);
    });
  }

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= new Promise<void>((resolve) => {
      if (!server.listening) {
        agent.destroy();
        resolve();
        return;
      }
      server.close(() => resolve());
      server.closeAllConnections();
      agent.destroy();
    }));

  return { server, close };
}

function parseViolations(header: string | string[] | undefined): string[] {
  if (typeof header !== "string") return [];
  try {
    const parsed = JSON.parse(header) as unknown;
    if (!Array.isArray(parsed)) return [header];
    return parsed.map((v) => {
      const { location, message } = (v ?? {}) as { location?: unknown; message?: unknown };
      const where = Array.isArray(location) ? location.join(".") : "";
      return where ? `${where}: ${String(message)}` : String(message);
    });
  } catch {
    return [header];
  }
}
