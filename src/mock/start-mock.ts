import { existsSync } from "node:fs";
import { resolve as resolvePath } from "node:path";
import { createRewriteProxy, type MockRequestLogEntry } from "./create-rewrite-proxy.js";
import { defaultCatalogPath, defaultSpecPath } from "./default-spec-path.js";
import { refuseMalformedSigningHeaders } from "./signing-header-check.js";
import { type PrismProcess, spawnPrism } from "./spawn-prism.js";

export type { MockRequestLogEntry };

export interface MockOptions {
  /** Port to serve on (default 0: a free port; read it back from `port`). */
  port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  /** The contract to serve (default: this package's openapi.yaml). */
  specPath?: string;
  /**
   * Also serve the catalog (every documented iVvy action at its real URL): `true` for this
   * package's generated/catalog.yaml, or a path. A second Prism serves it; requests to the
   * `batch` and `test` namespaces go to the contract's, every other namespace to the catalog's.
   */
  catalog?: boolean | string;
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
  /** The Prism serving the catalog, with the `catalog` option. */
  catalogPrism?: { pid: number; url: string };
  /** Stops Prism and the proxy; resolves when both are gone. Safe to call twice. */
  close(): Promise<void>;
}

const fail = (message: string) => new TypeError(`startMock: ${message}`);

/** The namespaces of openapi.yaml; with `catalog`, every other namespace goes to the catalog's Prism. */
const CONTRACT_NAMESPACE = /^\/api\/1\.0\/(batch|test)(?:[?/%]|$)/;

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
  if (options.catalog !== undefined && typeof options.catalog !== "boolean" && typeof options.catalog !== "string") {
    throw fail("catalog must be true, false or the path of a catalog.yaml");
  }
  const catalogPath = options.catalog === true ? defaultCatalogPath() : typeof options.catalog === "string" ? resolvePath(options.catalog) : undefined;
  if (catalogPath !== undefined && !existsSync(catalogPath)) throw fail(`catalog ${catalogPath} does not exist`);

  let prismTarget = { host: "127.0.0.1", port: 0 };
  let catalogTarget: { host: string; port: number } | undefined;
  const proxy = createRewriteProxy({
    target: (url) => (catalogTarget && !CONTRACT_NAMESPACE.test(url) ? catalogTarget : prismTarget),
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
    const why =
      code === "EADDRINUSE" ? "is already in use (another mock? pass another port, or 0 for a free one)" : `cannot be used: ${(error as Error).message}`;
    throw new Error(`startMock: ${host}:${port} ${why}`, { cause: error });
  }

  const spawn = (path: string) =>
    spawnPrism({
      specPath: path,
      errors: options.errors ?? false,
      dynamic: options.dynamic ?? false,
      quiet: options.quiet ?? false,
      startupTimeoutMs,
      ...(options.onPrismOutput ? { onOutput: options.onPrismOutput } : {}),
    });
  // Both start together; if either fails, the other is stopped before the error is thrown.
  const started = await Promise.allSettled([spawn(specPath), ...(catalogPath ? [spawn(catalogPath)] : [])]);
  const failed = started.find((s): s is PromiseRejectedResult => s.status === "rejected");
  if (failed) {
    await Promise.all([proxy.close(), ...started.map((s) => (s.status === "fulfilled" ? s.value.stop() : undefined))]);
    throw failed.reason;
  }
  const [prism, catalogPrism] = started.map((s) => (s as PromiseFulfilledResult<PrismProcess>).value) as [PrismProcess, PrismProcess | undefined];
  const targetOf = (p: PrismProcess) => {
    const u = new URL(p.url);
    return { host: u.hostname, port: Number(u.port) };
  };
  prismTarget = targetOf(prism);
  if (catalogPrism) catalogTarget = targetOf(catalogPrism);

  const address = proxy.server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${actualPort}`,
    port: actualPort,
    prism: { pid: prism.pid, url: prism.url },
    ...(catalogPrism ? { catalogPrism: { pid: catalogPrism.pid, url: catalogPrism.url } } : {}),
    close: () => (closing ??= Promise.all([proxy.close(), prism.stop(), catalogPrism?.stop()]).then(() => undefined)),
  };
}
