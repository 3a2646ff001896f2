import { existsSync } from "node:fs";
import { resolve as resolvePath } from "node:path";
import { createRewriteProxy, type MockRequestLogEntry } from "./create-rewrite-proxy.js";
import { defaultSpecPath } from "./default-spec-path.js";
import { refuseMalformedSigningHeaders } from "./signing-header-check.js";
import { spawnPrism, type PrismProcess } from "./spawn-prism.js";

export type { MockRequestLogEntry };

export interface MockOptions {
  /** Port to serve on (default 0: a free port; read it back from `port`). */
  port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  /** The contract to serve (default: this package's openapi.yaml). */
  specPath?: string;
  /** Prism's --errors: a request or response that breaks the contract gets an error response instead of being only logged. */
  errors?: boolean;
  /** Prism's --dynamic: bodies generated from the schemas instead of the examples. */
  dynamic?: boolean;
  /** Run Prism at log level "error" rather than "info" (faster; onPrismOutput then sees only errors). */
  quiet?: boolean;
  /** How long to wait for Prism to answer (default 30000 ms). */
  startupTimeoutMs?: number;
  /** Called once per request, after the response is sent. The library itself never logs. */
  onRequest?: (entry: MockRequestLogEntry) => void;
  /** Each line Prism writes. The last lines are also included in startup errors. */
  onPrismOutput?: (line: string) => void;
}

export interface MockServer {
  /** Base URL for clients, e.g. `http://127.0.0.1:4010`; pass it as `baseUrl`. */
  url: string;
  port: number;
  /** The Prism process behind the proxy (it only routes rewritten URLs). */
  prism: { pid: number; url: string };
  /** Stops Prism and the proxy; resolves when both are gone. Safe to call twice. */
  close(): Promise<void>;
}

const fail = (message: string) => new TypeError(`startMock: ${message}`);

/**
 * Serves openapi.yaml with Prism at the real iVvy URLs: a small reverse proxy in front
 * of Prism moves `?action=X` into the path, so that each action reaches its own
 * operation (Prism routes on the path only). Prism checks that the signing headers are
 * present; the proxy answers 401 itself for one whose form breaks the contract (a
 * non-hex Content-MD5, an X-Api-Version other than 1.0). Needs @stoplight/prism-cli installed.
 */
export async function startMock(options: MockOptions = {}): Promise<MockServer> {
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw fail(`port must be an integer from 0 to 65535, not ${String(options.port)}`);
  const host = options.host ?? "127.0.0.1";
  if (typeof host !== "string" || host.trim() === "") throw fail("host must be a non-empty string, e.g. 127.0.0.1");
  const startupTimeoutMs = options.startupTimeoutMs ?? 30_000;
  if (typeof startupTimeoutMs !== "number" || !(startupTimeoutMs > 0)) {
    throw fail(`startupTimeoutMs must be a positive number, not ${String(options.startupTimeoutMs)}`);
  }
  const specPath = options.specPath === undefined ? defaultSpecPath() : resolvePath(options.specPath);
  if (!existsSync(specPath)) throw fail(`specPath ${specPath} does not exist`);

  let prismTarget = { host: "127.0.0.1", port: 0 };
  const proxy = createRewriteProxy({
    target: () => prismTarget,
    // Prism checks only that the signing headers are there; their form is checked in front of it.
    refuse: refuseMalformedSigningHeaders,
    ...(options.onRequest ? { onRequest: options.onRequest } : {}),
  });
  try {
    await new Promise<void>((resolve, reject) => {
      proxy.server.once("error", reject);
      proxy.server.listen({ port, host }, () => {
        proxy.server.off("error", reject);
        resolve();
      });
    });
  } catch (error) {
    await proxy.close();
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "EADDRINUSE" ? "is already in use (another mock? pass another port, or 0 for a free one)" : `cannot be used: ${(error as Error).message}`;
    throw new Error(`startMock: ${host}:${port} ${why}`, { cause: error });
  }

  let prism: PrismProcess;
  try {
    prism = await spawnPrism({
      specPath,
      errors: options.errors ?? false,
      dynamic: options.dynamic ?? false,
      quiet: options.quiet ?? false,
      startupTimeoutMs,
      ...(options.onPrismOutput ? { onOutput: options.onPrismOutput } : {}),
    });
  } catch (error) {
    await proxy.close();
    throw error;
  }
  const prismUrl = new URL(prism.url);
  prismTarget = { host: prismUrl.hostname, port: Number(prismUrl.port) };

  const address = proxy.server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${actualPort}`,
    port: actualPort,
    prism: { pid: prism.pid, url: prism.url },
    close: () => (closing ??= Promise.all([proxy.close(), prism.stop()]).then(() => undefined)),
  };
}
