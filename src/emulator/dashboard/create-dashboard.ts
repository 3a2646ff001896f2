// The emulator's dashboard over its port (docs/dashboard.md): a request log fed by the
// port's request events, a live feed pushed by its change events, and the fetch app the
// emulator mounts under DASHBOARD_PATH. It sees the emulator through the port alone.
import { randomBytes } from "node:crypto";
import type { EmulatorPort } from "../port/index.js";
import { isLoopbackInterface } from "./dashboard-access.js";
import { createDashboardApp, DASHBOARD_PATH } from "./dashboard-handler.js";
import type { DashboardOptions } from "./dashboard-options.js";
import { createLiveFeed } from "./live-feed.js";
import { createRequestLog } from "./request-log.js";

/** What `emulator.dashboard` offers: mount `fetch` in your own server under `path`. */
export interface DashboardHandle {
  readonly path: string;
  /** The token the API needs, when one is required (printed by `ivvy-batch emulate`). */
  readonly token: string | undefined;
  /** The dashboard as a fetch function: give it requests whose path starts with `path`. */
  fetch(request: Request): Promise<Response>;
}

export interface Dashboard extends DashboardHandle {
  /** Ends every live feed and stops listening to the port. */
  close(): void;
}

/** A dashboard of `port`, with options checked by `dashboardOption` (dashboard-options.ts). */
export function createDashboard(port: EmulatorPort, options: DashboardOptions = {}): Dashboard {
  const log = createRequestLog(options.requestLogSize);
  let token = options.token;
  const feed = createLiveFeed({ port, log });
  const fetch = createDashboardApp({ port, log, feed, token: () => token, callbackTools: options.callbackTools });
  const stop = port.on(
    (event) => {
      if (event.type === "request") log.record(event.request);
      // Bound beyond loopback, the dashboard needs a token: one is made up before the first request can arrive.
      else if (event.type === "listen" && token === undefined && !isLoopbackInterface(event.host)) token = randomBytes(18).toString("base64url");
      else if (event.type === "close") feed.close();
    },
    ["request", "listen", "close"],
  );
  return {
    path: DASHBOARD_PATH,
    get token() {
      return token;
    },
    fetch,
    close() {
      stop();
      feed.close();
    },
  };
}
