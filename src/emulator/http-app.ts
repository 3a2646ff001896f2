// The HTTP face of the emulator, as a Hono app: routing, then (in the order a real server
// would) injected faults, the body size limit, the content type, the signature, `Prefer`,
// JSON parsing, and finally the operation. Every answer is an `application/json` body;
// every refusal is an iVvy error envelope with the status and specific code the contract
// gives. Bad input of any kind is a 4xx: only a bug of ours can make a 500 here.
import { Hono, type Context } from "hono";
import { SpecificCode } from "../errors/specific-codes.js";
import { verifyRequest } from "../signing/verify-request.js";
import type { ErrorEnvelope, OperationId } from "../spec/types.js";
import type { ResolvedEmulatorOptions } from "./emulator-options.js";
import { envelopes } from "./error-envelope.js";
import { drawRequestFault, type ResolvedFaults } from "./faults.js";
import { jsonDepthExceeds } from "./json-depth.js";
import type { PerformOperation } from "./perform-operation.js";
import { isIncomingMessage, readIncomingBody, readRequestBody } from "./read-body.js";
import { preferredError } from "./prefer-header.js";
import type { TimerSet } from "./timer-set.js";

/** The operations by namespace and action: iVvy's RPC URLs, `POST /api/1.0/{namespace}?action={action}`. */
const OPERATIONS: ReadonlyMap<string, OperationId> = new Map<string, OperationId>([
  ["batch?run", "run"],
  ["batch?progress", "progress"],
  ["batch?results", "results"],
  ["batch?restart", "restart"],
  ["batch?repost", "repost"],
  ["test?ping", "ping"],
]);

/** Deeper JSON than this is refused (23016); job params of real iVvy calls are a few levels deep. */
export const MAX_JSON_DEPTH = 64;

const JSON_CONTENT_TYPE = /^application\/json\s*(?:;|$)/i;

// `incoming` is set by @hono/node-server over a socket, absent in-process.
type Env = { Bindings: { incoming?: unknown }; Variables: { operation: OperationId; specificCode: number } };

// fatal: a body that is not UTF-8 is a 400, not silently repaired JSON.
const utf8 = new TextDecoder("utf-8", { fatal: true });

export interface HttpAppDeps {
  options: ResolvedEmulatorOptions;
  faults: () => ResolvedFaults;
  perform: PerformOperation;
  timers: TimerSet;
  isClosed: () => boolean;
}

/** Path and query exactly as received: what the client signed. */
const requestString = (url: string): string => url.slice(url.indexOf("/", url.indexOf("//") + 2));

export function createHttpApp(deps: HttpAppDeps): Hono<Env> {
  const { options } = deps;
  const app = new Hono<Env>();

  const reply = (c: Context<Env>, status: number, body: object, headers?: Record<string, string>) => {
    if (status >= 400) c.set("specificCode", (body as { specificCode?: number }).specificCode ?? SpecificCode.Unspecified);
    return c.json(body, status as 200, headers);
  };
  const failure = (c: Context<Env>, body: ErrorEnvelope, headers?: Record<string, string>) => reply(c, body.errorCode, body, headers);
  const serverError = (c: Context<Env>, why: string) =>
    failure(c, c.get("operation") === "run" ? envelopes.notSaved(why) : envelopes.serverError(why));

  if (options.onRequest) {
    const log = options.onRequest;
    app.use(async (c, next) => {
      const started = performance.now();
      await next();
      try {
        log({
          method: c.req.method,
          path: requestString(c.req.url),
          status: c.res.status,
          operation: c.get("operation"),
          specificCode: c.get("specificCode"),
          durationMs: Math.round((performance.now() - started) * 10) / 10,
        });
      } catch {
        // A broken log hook must not turn a served request into a failed one.
      }
    });
  }

  app.all(
    "/api/1.0/:namespace",
    async (c, next) => {
      const operation = OPERATIONS.get(`${c.req.param("namespace")}?${c.req.query("action") ?? ""}`);
      if (operation === undefined) return failure(c, envelopes.unknownPath(requestString(c.req.url)));
      c.set("operation", operation);
      if (c.req.method !== "POST") return failure(c, envelopes.methodNotAllowed(c.req.method), { Allow: "POST" });
      if (deps.isClosed()) return serverError(c, "The emulator is closed");
      const faults = deps.faults();
      if (!faults.requestFaultsOff) {
        if (faults.latencyMs > 0) await deps.timers.sleep(faults.latencyMs);
        const fault = drawRequestFault(faults);
        if (fault === 429) return failure(c, envelopes.tooManyRequests(), { "Retry-After": String(faults.retryAfterSeconds) });
        if (fault === 500) return serverError(c, "Injected by faults.rate5xx");
      }
      return next();
    },
    // A Content-Length over the limit is refused before anything is read; the body is
    // then counted as it is read (readIncomingBody over a socket, readRequestBody
    // in-process). Not Hono's bodyLimit: without a Content-Length it re-wraps the request
    // as new Request(request), which leaks ~2 KB per request on Node 20 (issue 6).
    (c, next) =>
      Number(c.req.header("content-length")) > options.maxBodyBytes ? failure(c, envelopes.tooLarge(options.maxBodyBytes)) : next(),
    async (c) => {
      const contentType = c.req.header("content-type") ?? null;
      if (contentType === null || !JSON_CONTENT_TYPE.test(contentType)) return failure(c, envelopes.unsupportedMediaType(contentType));
      const incoming = c.env?.incoming;
      const read = isIncomingMessage(incoming) ? await readIncomingBody(incoming, options.maxBodyBytes) : await readRequestBody(c.req.raw, options.maxBodyBytes);
      if (!read.ok) {
        return read.reason === "too-large"
          ? failure(c, envelopes.tooLarge(options.maxBodyBytes))
          : failure(c, envelopes.invalidBody(`The request body could not be read: ${read.message}`));
      }
      const bytes = read.bytes;

      let owner: string | undefined;
      if (options.auth === "strict") {
        const verdict = verifyRequest({
          method: c.req.method,
          requestString: requestString(c.req.url),
          headers: c.req.raw.headers,
          body: bytes,
          secretFor: (apiKey) => options.secrets.get(apiKey),
          now: options.clock.now(),
        });
        if (!verdict.ok) return failure(c, { errorCode: 401, message: verdict.message, specificCode: verdict.specificCode, additionalMessages: [verdict.reason] });
        owner = verdict.apiKey;
      }

      const operation = c.get("operation");
      if (options.honourPreferHeader) {
        const preferred = preferredError(operation, c.req.header("prefer") ?? null);
        if (preferred) return reply(c, preferred.status, preferred.body, preferred.status === 429 ? { "Retry-After": String(deps.faults().retryAfterSeconds) } : undefined);
      }

      let body: unknown;
      try {
        body = JSON.parse(utf8.decode(bytes));
      } catch (error) {
        return failure(c, envelopes.invalidBody(`The request body is not valid UTF-8 JSON: ${(error as Error).message}`));
      }
      if (jsonDepthExceeds(body, MAX_JSON_DEPTH)) return failure(c, envelopes.invalidBody(`The request body nests deeper than ${MAX_JSON_DEPTH} levels`));

      const answer = deps.perform(operation, body, owner);
      return reply(c, answer.status, answer.body);
    },
  );

  app.notFound((c) => failure(c, envelopes.unknownPath(requestString(c.req.url))));
  app.onError((error, c) => serverError(c, `Unexpected emulator error: ${error.message}`));
  return app;
}
