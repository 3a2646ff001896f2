// The dashboard as a fetch application, mounted by the emulator under DASHBOARD_PATH: the
// page's static files and a JSON API (docs/dashboard.md) after the access check, and the
// live feed's event stream. It reads and acts on the emulator through its port only.
import { readWebBody } from "../../util/read-web-body.js";
import type { EmulatorPort, FaultOptions } from "../port/index.js";
import { CallbackToolsRefusal, checkInput, type DashboardCallbackTools, NO_CALLBACK_TOOLS, triggerInput } from "./callback-tools.js";
import { checkAccess } from "./dashboard-access.js";
import { faultsView, requestDetail, requestSummary } from "./dashboard-views.js";
import type { LiveFeed } from "./live-feed.js";
import { KEPT_REFUSED, type RequestLog } from "./request-log.js";
import { staticFile } from "./static-files.js";

/** Where the dashboard lives on the emulator's port: a path no iVvy URL can take (they all start /api/). */
export const DASHBOARD_PATH = "/_emulator/";

const MAX_ACTION_BODY = 64 * 1024;
const ASYNC_ID = /^[0-9a-f]{32}$/;

const COMMON_HEADERS = {
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
};
// No inline script or style, nothing from elsewhere: the page works offline and an
// injected string in a request cannot run as script.
const PAGE_HEADERS = {
  ...COMMON_HEADERS,
  "content-security-policy": "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
};
const EVENT_STREAM_HEADERS = { ...COMMON_HEADERS, "content-type": "text/event-stream; charset=utf-8", connection: "keep-alive" };

const json = (status: number, body: unknown, extra: Record<string, string> = {}) =>
  new Response(JSON.stringify(body, null, 2), { status, headers: { ...COMMON_HEADERS, "content-type": "application/json; charset=utf-8", ...extra } });
const problem = (status: number, message: string) => json(status, { error: message });

/** The documented API, answered at `GET /_emulator/api` so scripts can discover it. */
export const API_INDEX = {
  docs: "docs/dashboard.md in the ivvy-batch package",
  auth: "on a non-loopback interface: Authorization: Bearer <token> (or ?token=<token>); actions need Content-Type: application/json",
  endpoints: {
    "GET /_emulator/api/state": "the emulator's settings (API keys, secrets never shown), the faults, counts",
    "GET /_emulator/api/requests?limit=N": "the last requests, newest first (summaries)",
    "GET /_emulator/api/requests/{id}": "one request: headers, body, answer, and for a refused signature the reason and the string to sign",
    "GET /_emulator/api/batches": "every stored batch: progress, expiry, callback state",
    "GET /_emulator/api/batches/{asyncId}": "one batch: its summary, its jobs (params, status, response or error) and callback deliveries (each attempt)",
    "POST /_emulator/api/batches/{asyncId}/repost": "delivers the callback again (as the repost action)",
    "POST /_emulator/api/batches/{asyncId}/restart": "runs the batch again (as the restart action)",
    "POST /_emulator/api/batches/{asyncId}/expire": "expires the batch now",
    "GET /_emulator/api/faults": "the fault injection in force",
    "POST /_emulator/api/faults": "changes it: a JSON object of fault options merged into the current ones (null resets one)",
    "POST /_emulator/api/callbacks/trigger":
      "sends a callback to the URL given (only there, only http(s)): body { to, batch?: asyncId } or { to, results?: n, failures?: n }, with asyncId?, repeat?, maxMs?; answers each delivery's status, time and body (501 without callback tools)",
    "POST /_emulator/api/callbacks/check":
      "checks the callback endpoint at the URL given with made-up callbacks (only there): body { url, maxMs? }; answers the check's rows (501 without callback tools)",
    "GET /_emulator/api/events":
      "server-sent events, pushed as things happen (a burst at most every 100 ms): batches and faults (the state, first), then request (each answered request), batch (a batch's new summary), batch-expired, faults",
  },
};

export interface DashboardAppDeps {
  port: EmulatorPort;
  log: RequestLog;
  feed: LiveFeed;
  /** The token in force, when one is required. */
  token: () => string | undefined;
  /** The "send a callback" form's code, when whoever composed the dashboard wired it in. */
  callbackTools?: DashboardCallbackTools | undefined;
}

const utf8 = new TextDecoder("utf-8");

export function createDashboardApp(deps: DashboardAppDeps): (request: Request) => Promise<Response> {
  const { port, log, feed } = deps;

  function state() {
    return {
      emulator: {
        ...port.settings,
        apiKeys: port.settings.apiKeys.map((apiKey) => ({ apiKey, apiSecret: "********", storedBytes: port.storedBytes(apiKey) })),
        now: port.clock.now(),
      },
      faults: faultsView(port.faults.get()),
      counts: { batches: port.batches.list().length, requestsKept: log.list().length, requestLogCapacity: log.capacity, refused: log.refusedTotal },
      callbackTools: deps.callbackTools !== undefined,
    };
  }

  async function callbacks(request: Request, what: string): Promise<Response> {
    const tools = deps.callbackTools;
    if (what !== "trigger" && what !== "check") return problem(404, `No callbacks action '${what}': trigger or check`);
    if (!tools) return problem(501, NO_CALLBACK_TOOLS);
    const read = await readWebBody(request, MAX_ACTION_BODY);
    let body: unknown;
    try {
      body = JSON.parse(read.ok ? utf8.decode(read.bytes) : "");
    } catch {
      return problem(400, 'Send a JSON object, e.g. {"to": "http://127.0.0.1:3000/ivvy/callback"}');
    }
    try {
      const answer =
        what === "trigger" ? await tools.trigger(triggerInput(body, port, request.signal)) : await tools.check(checkInput(body, port, request.signal));
      return json(200, answer);
    } catch (error) {
      if (error instanceof CallbackToolsRefusal) return problem(error.status, error.message);
      // The results given do not make a BatchCallback, and the like: the tools say what is wrong.
      if (error instanceof TypeError || error instanceof RangeError) return problem(400, error.message);
      throw error;
    }
  }

  async function changeFaults(request: Request): Promise<Response> {
    const read = await readWebBody(request, MAX_ACTION_BODY);
    let change: unknown;
    try {
      change = JSON.parse(read.ok ? utf8.decode(read.bytes) : "");
    } catch {
      return problem(400, 'Send the fault options to change as a JSON object, e.g. {"rate429": 0.5}');
    }
    if (typeof change !== "object" || change === null || Array.isArray(change)) return problem(400, "Send the fault options to change as a JSON object");
    const next: Record<string, unknown> = { ...port.faults.get() };
    for (const [key, value] of Object.entries(change)) {
      if (key === "random") return problem(400, "faults.random is a function: set it in code (emulator.setFaults)");
      if (value === null) delete next[key];
      else next[key] = value;
    }
    try {
      return json(200, faultsView(port.faults.set(next as FaultOptions)));
    } catch (error) {
      return problem(400, (error as Error).message);
    }
  }

  function batchAction(asyncId: string, action: string): Response {
    if (action === "expire") return port.actions.expire(asyncId) ? json(200, { expired: true }) : problem(404, `No batch '${asyncId}'`);
    if (action !== "repost" && action !== "restart") return problem(404, `No action '${action}': repost, restart or expire`);
    const answer = port.actions[action](asyncId);
    return json(answer.status, answer.body);
  }

  async function api(request: Request, path: string, query: URLSearchParams): Promise<Response> {
    const parts = path.split("/").filter(Boolean);
    const get = request.method === "GET" || request.method === "HEAD";
    const post = request.method === "POST";
    const [first, second, third] = parts;
    if (parts.length === 0 && get) return json(200, API_INDEX);
    if (first === "state" && parts.length === 1 && get) return json(200, state());
    if (first === "events" && parts.length === 1 && get) {
      return request.method === "HEAD" ? new Response(null, { headers: EVENT_STREAM_HEADERS }) : feed.connect(request, EVENT_STREAM_HEADERS);
    }
    if (first === "requests") {
      if (parts.length === 1 && get) {
        const limit = Math.min(Math.max(Number(query.get("limit") ?? 100) || 100, 1), log.capacity + KEPT_REFUSED);
        return json(200, { requests: log.list(limit).map(requestSummary) });
      }
      if (parts.length === 2 && get) {
        const entry = /^\d+$/.test(second!) ? log.get(Number(second)) : undefined;
        return entry
          ? json(200, requestDetail(entry))
          : problem(404, `No request ${second} (only the last ${log.capacity}, and the last ${KEPT_REFUSED} refused, are kept)`);
      }
    }
    if (first === "batches") {
      if (parts.length === 1 && get) return json(200, { batches: port.batches.list() });
      if (second !== undefined && !ASYNC_ID.test(second)) return problem(404, `'${second}' is not an asyncId`);
      if (parts.length === 2 && get) {
        const batch = port.batches.get(second!);
        return batch ? json(200, batch) : problem(404, `No batch '${second}': unknown, or expired`);
      }
      if (parts.length === 3 && post) return batchAction(second!, third!);
    }
    if (first === "callbacks" && parts.length === 2 && post) return callbacks(request, second!);
    if (first === "faults" && parts.length === 1) {
      if (get) return json(200, faultsView(port.faults.get()));
      if (post) return changeFaults(request);
    }
    return problem(
      request.method === "GET" || request.method === "POST" ? 404 : 405,
      `No dashboard endpoint ${request.method} ${DASHBOARD_PATH}api/${parts.join("/")} (GET ${DASHBOARD_PATH}api lists them)`,
    );
  }

  async function answer(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const rest = url.pathname === DASHBOARD_PATH.slice(0, -1) ? null : url.pathname.slice(DASHBOARD_PATH.length);
    if (rest === null) return new Response(null, { status: 308, headers: { ...COMMON_HEADERS, location: `${DASHBOARD_PATH}${url.search}` } });
    if (rest === "api" || rest.startsWith("api/")) {
      // The page's own files hold no data and load without the token; everything the API tells or does needs it.
      const refused = checkAccess({ method: request.method, headers: request.headers, queryToken: url.searchParams.get("token") }, deps.token());
      if (refused) return problem(refused.status, refused.message);
      return api(request, rest.slice(3), url.searchParams);
    }
    if (request.method !== "GET" && request.method !== "HEAD") return problem(405, "The dashboard's page is read with GET");
    const file = staticFile(rest === "" ? "index.html" : rest);
    if (!file) return problem(404, `No dashboard file '${rest}'`);
    return new Response(file.body, { status: 200, headers: { ...PAGE_HEADERS, "content-type": file.contentType } });
  }

  return async (request) => {
    const response = await answer(request);
    if (request.method !== "HEAD" || !response.body) return response;
    await response.body.cancel();
    return new Response(null, { status: response.status, headers: response.headers });
  };
}
