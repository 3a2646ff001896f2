// The emulator's dashboard (issue 15): a request log, a live event hub, the handler and
// its two edges, over a DashboardSource. createEmulator makes one when its `dashboard`
// option is set, feeds its request log and routes DASHBOARD_PATH to it.
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ServedRequest } from "../http/handle-request.js";
import { isLoopbackInterface } from "./dashboard-access.js";
import { dashboardFetch, dashboardListener } from "./dashboard-edges.js";
import { createDashboardHandler, DASHBOARD_PATH } from "./dashboard-handler.js";
import type { DashboardOptions } from "./dashboard-options.js";
import type { DashboardSource } from "./dashboard-source.js";
import { createEventHub } from "./event-hub.js";
import { createRequestLog, type RequestLog } from "./request-log.js";

/** What `emulator.dashboard` offers: mount `fetch` in your own server under `path`. */
export interface DashboardHandle {
  readonly path: string;
  /** The token the API needs, when one is required (printed by `ivvy-batch emulate`). */
  readonly token: string | undefined;
  /** The dashboard as a fetch function: give it requests whose path starts with `path`. */
  fetch(request: Request): Promise<Response>;
}

export interface Dashboard extends DashboardHandle {
  requests: RequestLog;
  observe(served: ServedRequest): void;
  listener(req: IncomingMessage, res: ServerResponse): void;
  /** Tells it the interface the emulator listens on: a non-loopback one needs a token. */
  boundTo(host: string): void;
  /** Ends every live feed. */
  close(): void;
}

export function createDashboard(options: DashboardOptions, source: (requests: RequestLog) => DashboardSource): Dashboard {
  const requests = createRequestLog(options.requestLogSize);
  const dashboardSource = source(requests);
  let token = options.token;
  const hub = createEventHub(dashboardSource);
  const handle = createDashboardHandler({ source: dashboardSource, token: () => token });
  const fetch = dashboardFetch(handle, hub);
  const listener = dashboardListener(handle, hub);
  return {
    path: DASHBOARD_PATH,
    get token() {
      return token;
    },
    fetch,
    requests,
    observe: (served) => requests.record(served),
    listener,
    boundTo(host) {
      if (token === undefined && !isLoopbackInterface(host)) token = randomBytes(18).toString("base64url");
    },
    close: () => hub.close(),
  };
}

/** True when a request path is the dashboard's (`/_emulator` or under `/_emulator/`). */
export const isDashboardPath = (path: string): boolean =>
  path.startsWith(DASHBOARD_PATH) || path === DASHBOARD_PATH.slice(0, -1) || path.startsWith(`${DASHBOARD_PATH.slice(0, -1)}?`);
