// The emulator's whole HTTP behaviour, framework-free: routing, then (in the order a real
// server would) injected faults, the body size limit, the content type, the signed
// headers (before any byte of the body is read: the signature covers Content-MD5, not
// the body), the body (with its deadline and the in-flight byte budget) against its
// Content-MD5, `Prefer`, JSON parsing, and finally the operation. Every answer is a JSON body; every
// refusal is an iVvy error envelope with the status and specific code the contract gives.
// Bad input of any kind is a 4xx: only a bug of ours can make a 500 here. The fetch edge
// (fetch-handler.ts) and the socket edge (listen.ts) only translate to and from this.

import { envelope } from "../../contract/error-envelope.js";
// The contract states this limit (openapi.yaml, "Decisions"); the mock enforces it too.
import { MAX_JSON_DEPTH } from "../../contract/limits.js";
import { SpecificCode } from "../../contract/specific-codes.js";
import type { ErrorEnvelope } from "../../contract/types.js";
import { type VerifyFailure, verifyContentMd5, verifySignedHeaders } from "../../signing/verify-request.js";
import { createByteBudget } from "../../util/byte-budget.js";
import type { TimerSet } from "../../util/timer-set.js";
import type { AnswerDirectCall } from "../operations/answer-direct-call.js";
import type { AnswerOperation } from "../operations/answer-operation.js";
import { refusals } from "../operations/refusals.js";
import type { EmulatorSettings } from "../options/emulator-settings.js";
import { drawRequestFault, type ResolvedFaults } from "../options/faults.js";
import type { RequestLogEntry } from "../options/request-log-entry.js";
import type { EmulatorAnswer, EmulatorRequest } from "./emulator-request.js";
import { parsedJsonProblem } from "./parsed-json-problem.js";
import { preferredError } from "./prefer-header.js";
import { type Route, routeRequest } from "./route-operation.js";

export { MAX_JSON_DEPTH };

const JSON_CONTENT_TYPE = /^application\/json\s*(?:;|$)/i;

// fatal: a body that is not UTF-8 is a 400, not silently repaired JSON.
const utf8 = new TextDecoder("utf-8", { fatal: true });

const NO_HEADERS: Record<string, string> = Object.freeze({}) as Record<string, string>;

export interface RequestHandlerDeps {
  settings: EmulatorSettings;
  faults: () => ResolvedFaults;
  answerOperation: AnswerOperation;
  /** Answers a direct call of any other action (`/api/1.0/{namespace}?action=…`); without it, such URLs are a 404. */
  answerDirectCall?: AnswerDirectCall;
  timers: TimerSet;
  isClosed: () => boolean;
  /** Told of every request once it is answered, while it is `active` (the port's request events); must not throw. */
  observer?: RequestObserver;
}

export interface RequestObserver {
  /** Read per request: while false, nothing is built for it. */
  readonly active: boolean;
  served(served: ServedRequest): void;
}

/** One answered request, with what an observer sees of it. */
export interface ServedRequest {
  entry: RequestLogEntry;
  /** Epoch ms by the emulator's clock. */
  startedAt: number;
  request: EmulatorRequest;
  answer: EmulatorAnswer;
}

interface ReadBody {
  bytes: Uint8Array;
  /** The key that signed the request (undefined under relaxed auth). */
  owner: string | undefined;
  /** The signed Content-MD5 to check the bytes against (undefined under relaxed auth). */
  contentMd5: string | undefined;
  contentType: string | null;
  jsonContent: boolean;
}

export type HandleRequest = (request: EmulatorRequest) => Promise<EmulatorAnswer>;

const answer = (status: number, body: object, headers: Record<string, string> = NO_HEADERS): EmulatorAnswer => ({ status, headers, body });
const failure = (body: ErrorEnvelope, headers?: Record<string, string>): EmulatorAnswer => answer(body.errorCode, body, headers);

/** The same 401 whatever the caller may not learn; the precise reason goes to the request log only. */
const unauthorized = (verdict: VerifyFailure): EmulatorAnswer => ({
  ...failure({ errorCode: 401, message: verdict.message, specificCode: verdict.specificCode, additionalMessages: [verdict.publicReason] }),
  authFailure: { reason: verdict.reason, stringToSign: verdict.stringToSign },
});

/** Seconds a client is asked to wait when the in-flight byte budget is spent: bodies in flight finish or time out within seconds. */
const OVERLOAD_RETRY_AFTER_SECONDS = 1;

export function createRequestHandler(deps: RequestHandlerDeps): HandleRequest {
  const options = deps.settings;
  const bodyTimeout = { clock: options.clock, ms: options.bodyTimeoutMs };
  // Bytes of request bodies held by every request in flight together (maxBufferedBytes: docs/emulator.md, Limits).
  const budget = createByteBudget(options.maxBufferedBytes);
  const overloaded = () =>
    failure(
      refusals.overloaded(`The emulator already buffers ${options.maxBufferedBytes} bytes of request bodies in flight (maxBufferedBytes); retry shortly`),
      {
        "Retry-After": String(OVERLOAD_RETRY_AFTER_SECONDS),
      },
    );

  const serverError = (operation: Route, why: string) => failure(operation === "run" ? refusals.notSaved(why) : refusals.serverError(why));

  /** From the body read to the answer: its MD5, content type, `Prefer`, JSON, and the operation. */
  function answerReadBody(request: EmulatorRequest, operation: Exclude<Route, undefined>, read: ReadBody): EmulatorAnswer | Promise<EmulatorAnswer> {
    const { bytes, owner, contentMd5, contentType, jsonContent } = read;
    if (contentMd5 !== undefined) {
      const mismatch = verifyContentMd5(contentMd5, bytes);
      if (mismatch) return unauthorized(mismatch);
    }
    if (bytes.length > 0 && !jsonContent) return failure(refusals.unsupportedMediaType(contentType));

    if (options.honourPreferHeader && typeof operation === "string") {
      const preferred = preferredError(operation, request.headers.get("prefer"));
      if (preferred)
        return answer(preferred.status, preferred.body, preferred.status === 429 ? { "Retry-After": String(deps.faults().retryAfterSeconds) } : undefined);
    }

    // An empty body is a request with no parameters: ping answers it, other actions say
    // which parameter is missing (23017).
    let body: unknown = {};
    try {
      if (bytes.length > 0) body = JSON.parse(utf8.decode(bytes));
    } catch (error) {
      return failure(refusals.invalidBody(`The request body is not valid UTF-8 JSON: ${(error as Error).message}`));
    }
    const problem = parsedJsonProblem(body, MAX_JSON_DEPTH);
    if (problem) {
      return problem.kind === "too-deep"
        ? failure(refusals.invalidBody(`The request body nests deeper than ${MAX_JSON_DEPTH} levels`))
        : failure(
            envelope(400, `'${problem.path}' does not validate`, SpecificCode.InvalidParameter, [
              "Value must be a finite number (JSON numbers such as 1e400 are out of range)",
            ]),
          );
    }

    if (typeof operation !== "string")
      return deps.answerDirectCall!(operation, body).then((answered) => answer(answered.status, answered.body, answered.headers));
    const answered = deps.answerOperation(operation, body, owner, bytes.byteLength);
    return answer(answered.status, answered.body, answered.headers);
  }

  async function serve(request: EmulatorRequest, operation: Exclude<Route, undefined>): Promise<EmulatorAnswer> {
    if (request.method !== "POST") return failure(refusals.methodNotAllowed(request.method), { Allow: "POST" });
    if (deps.isClosed()) return serverError(operation, "The emulator is closed");
    const faults = deps.faults();
    if (!faults.requestFaultsOff) {
      if (faults.latencyMs > 0) await deps.timers.sleep(faults.latencyMs);
      const fault = drawRequestFault(faults);
      if (fault === 429) return failure(refusals.tooManyRequests(), { "Retry-After": String(faults.retryAfterSeconds) });
      if (fault === 500) return serverError(operation, "Injected by faults.rate5xx");
    }
    // A Content-Length over the limit is refused before anything is read; the body is
    // then counted as it is read, since a missing or lying Content-Length must not get past it.
    const declared = request.declaredLength;
    if (declared !== undefined && declared > options.maxBodyBytes) return failure(refusals.tooLarge(options.maxBodyBytes));
    // An empty body carries no parameters in any format, so its content type says nothing
    // (both iVvy SDKs ping with one; see the x-decisions in openapi.yaml). Any other body is
    // refused on its headers, before the signature, as it always was.
    const contentType = request.headers.get("content-type");
    const jsonContent = contentType !== null && JSON_CONTENT_TYPE.test(contentType);
    if (declared !== 0 && !jsonContent) return failure(refusals.unsupportedMediaType(contentType));

    let owner: string | undefined;
    let contentMd5: string | undefined;
    if (options.auth === "strict") {
      const verdict = verifySignedHeaders({
        method: request.method,
        requestString: request.requestString,
        headers: request.headers,
        secretFor: (apiKey) => options.secrets.get(apiKey),
        now: options.clock.now(),
      });
      if (!verdict.ok) return unauthorized(verdict);
      owner = verdict.apiKey;
      contentMd5 = verdict.contentMd5;
    }

    const lease = budget.lease();
    try {
      // A declared length is taken whole up front, so an upload the budget cannot hold is
      // turned away before its first byte; an undeclared one is counted chunk by chunk.
      const reserved = declared !== undefined && declared > 0 && Number.isFinite(declared);
      if (reserved && !lease.take(declared!)) return overloaded();
      // The whole body has bodyTimeoutMs on the emulator's clock.
      const read = await request.readBody(options.maxBodyBytes, { timeout: bodyTimeout, ...(reserved ? {} : { budget: lease }) });
      if (!read.ok) {
        if (read.reason === "too-large") return failure(refusals.tooLarge(options.maxBodyBytes));
        if (read.reason === "overloaded") return overloaded();
        return failure(refusals.invalidBody(`The request body could not be read: ${read.message}`));
      }
      const answered = await answerReadBody(request, operation, { bytes: read.bytes, owner, contentMd5, contentType, jsonContent });
      // Only the request log reads these two; setting them costs no copy.
      answered.requestBody = read.bytes;
      answered.apiKey = owner;
      return answered;
    } finally {
      lease.release();
    }
  }
  async function handle(request: EmulatorRequest, operation: Route): Promise<EmulatorAnswer> {
    if (operation === undefined || (typeof operation !== "string" && !deps.answerDirectCall)) return failure(refusals.unknownPath(request.requestString));
    try {
      return await serve(request, operation);
    } catch (error) {
      return serverError(operation, `Unexpected emulator error: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  const log = options.onRequest;
  const { observer } = deps;
  async function handleAndTell(request: EmulatorRequest): Promise<EmulatorAnswer> {
    const startedAt = options.clock.now();
    const started = performance.now();
    const route = routeRequest(request.requestString);
    const result = await handle(request, route);
    // A direct call is logged by its action, so a filter by operation finds it (docs/dashboard.md).
    const operation = route === undefined || typeof route === "string" ? route : (`${route.namespace}.${route.action}` as const);
    const entry: RequestLogEntry = {
      method: request.method,
      path: request.requestString,
      status: result.status,
      operation,
      specificCode: result.status >= 400 ? ((result.body as { specificCode?: number }).specificCode ?? SpecificCode.Unspecified) : undefined,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      authFailure: result.authFailure,
    };
    try {
      log?.(entry);
    } catch {
      // A broken log hook must not turn a served request into a failed one.
    }
    if (observer?.active) observer.served({ entry, startedAt, request, answer: result });
    return result;
  }
  // Whether anyone is told is read per request: an observer may start or stop listening at any time.
  return (request) => (log || observer?.active ? handleAndTell(request) : handle(request, routeRequest(request.requestString)));
}
