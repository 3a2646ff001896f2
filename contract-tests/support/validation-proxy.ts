// Prism in validation-proxy mode (`prism proxy openapi.yaml <upstream> --errors`) in front
// of a real provider, at the real iVvy URLs. Prism routes on the path only, so the same
// `?action=` rewrite as the mock's (src/mock) goes in front of it, and its inverse goes
// behind it: the provider must see, and verify the signature of, exactly the URL the
// client signed.
//
//   client -> rewrite (?action=X -> %3Faction%3DX) -> Prism proxy --errors -> restore -> provider
//
// With --errors a request that breaks the contract is answered by Prism with an error and
// never reaches the provider, and a provider response that breaks it is replaced by
// `500 application/problem+json`; either way the violations are in `sl-violations`.
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { defaultSpecPath } from "../../src/mock/default-spec-path.js";
import { rewriteActionQuery } from "../../src/mock/rewrite-action-query.js";
import { refuseMalformedSigningHeaders } from "../../src/mock/signing-header-check.js";
import { type PrismProcess, spawnPrism } from "../../src/mock/spawn-prism.js";

export interface ValidationProxy {
  /** Base URL for the client. */
  url: string;
  /** Every exchange, with Prism's violations (request or response). */
  log: ProxyExchange[];
  close(): Promise<void>;
}

const HOST = "127.0.0.1";

/** `/api/1.0/batch%3Faction%3Drun` back to `/api/1.0/batch?action=run`. */
export function restoreActionQuery(target: string): string {
  const match = /^([^?]*?)%3Faction%3D([^?]*)(?:\?(.*))?$/i.exec(target);
  if (!match) return target;
  const [, path, action, rest] = match as unknown as [string, string, string, string | undefined];
  return `${path}?action=${action}${rest ? `&${rest}` : ""}`;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen({ port: 0, host: HOST }, () => resolve((server.address() as AddressInfo).port));
  });
}

const closeServer = (server: Server) =>
  new Promise<void>((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeAllConnections();
  });

export interface ProxyExchange {
  /** The URL as the client sent it. */
  url: string;
  status: number;
  /** Prism's `sl-violations` header: how the request or the response broke the contract. */
  violations: string[];
}

/**
 * Streams every request to `upstream` with its target rewritten, and records what came back.
 * With `log`, this is the front: Prism checks only that the signing headers are present
 * (they are security schemes), so their form is checked here, as the mock's proxy does
 * (src/mock/signing-header-check.ts), and a malformed one never reaches Prism or the provider.
 */
function startForwarder(upstream: { host: string; port: number }, rewrite: (target: string) => string, log?: ProxyExchange[]): Server {
  return createServer((incoming, outgoing) => {
    const refusal = log ? refuseMalformedSigningHeaders(incoming.headers) : undefined;
    if (refusal) {
      log?.push({ url: incoming.url ?? "/", status: refusal.status, violations: refusal.violations.map((v) => `${v.location.join(".")}: ${v.message}`) });
      incoming.resume();
      incoming.on("end", () => {
        outgoing.writeHead(refusal.status, refusal.headers);
        outgoing.end(refusal.body);
      });
      return;
    }
    const forward = request(
      {
        host: upstream.host,
        port: upstream.port,
        method: incoming.method,
        path: rewrite(incoming.url ?? "/"),
        headers: { ...incoming.headers, host: `${upstream.host}:${upstream.port}` },
        agent: false,
      },
      (answer) => {
        const status = answer.statusCode ?? 502;
        const violations = parseViolations(answer.headers["sl-violations"]);
        // Prism answers a request it refuses with a problem+json body listing the
        // violations (`validation`), not with sl-violations; read those from the body.
        if (!/problem\+json/.test(answer.headers["content-type"] ?? "")) {
          log?.push({ url: incoming.url ?? "/", status, violations });
          outgoing.writeHead(status, answer.headers);
          answer.pipe(outgoing);
          return;
        }
        const chunks: Buffer[] = [];
        answer.on("data", (chunk: Buffer) => chunks.push(chunk));
        answer.on("end", () => {
          const body = Buffer.concat(chunks);
          log?.push({ url: incoming.url ?? "/", status, violations: [...violations, ...problemViolations(body.toString("utf8"))] });
          outgoing.writeHead(status, answer.headers);
          outgoing.end(body);
        });
      },
    );
    forward.on("error", (error) => {
      if (!outgoing.headersSent) outgoing.writeHead(502, { "content-type": "text/plain" });
      outgoing.end(`${upstream.host}:${upstream.port} did not answer: ${error.message}`);
    });
    incoming.pipe(forward);
  });
}

function problemViolations(body: string): string[] {
  try {
    const problem = JSON.parse(body) as { title?: string; detail?: string; validation?: { location?: unknown[]; message?: unknown }[] };
    const listed = (problem.validation ?? []).map((v) => `${Array.isArray(v.location) ? v.location.join(".") : ""}: ${String(v.message)}`);
    return listed.length ? listed : [`${problem.title ?? "problem"}: ${problem.detail ?? body}`];
  } catch {
    return [body.slice(0, 500)];
  }
}

function parseViolations(header: string | string[] | undefined): string[] {
  if (typeof header !== "string") return [];
  try {
    const parsed = JSON.parse(header) as { location?: unknown[]; message?: unknown }[];
    return parsed.map((v) => `${Array.isArray(v.location) ? v.location.join(".") : ""}: ${String(v.message)}`);
  } catch {
    return [header];
  }
}

export async function startValidationProxy({ upstream, specPath = defaultSpecPath() }: { upstream: string; specPath?: string }): Promise<ValidationProxy> {
  const target = new URL(upstream);
  const restoring = startForwarder({ host: target.hostname, port: Number(target.port) }, restoreActionQuery);
  const restoringPort = await listen(restoring);
  let prism: PrismProcess;
  try {
    prism = await spawnPrism({ specPath, upstream: `http://${HOST}:${restoringPort}`, errors: true, quiet: true, startupTimeoutMs: 30_000 });
  } catch (error) {
    await closeServer(restoring);
    throw error;
  }
  const log: ProxyExchange[] = [];
  const front = startForwarder({ host: HOST, port: Number(new URL(prism.url).port) }, rewriteActionQuery, log);
  try {
    const port = await listen(front);
    return {
      url: `http://${HOST}:${port}`,
      log,
      close: async () => {
        await Promise.all([closeServer(front), prism.stop(), closeServer(restoring)]);
      },
    };
  } catch (error) {
    await Promise.all([closeServer(front), prism.stop(), closeServer(restoring)]);
    throw error;
  }
}
