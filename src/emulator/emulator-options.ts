// createEmulator's options, checked once when it is made by the one options checker
// (src/util/options.ts): an unknown key is refused by name ("did you mean"), a bad value
// with the option's name and why. Each room brings the rules of its own options.

import type { Har } from "../recording/har.js";
import type { Clock } from "../util/clock.js";
import { checkOptions } from "../util/options.js";
import { type DashboardOptions, dashboardOption } from "./dashboard/dashboard-options.js";
import { type CatalogJobOptions, catalogOption } from "./jobs/catalog-jobs.js";
import type { Fixtures } from "./jobs/fixtures.js";
import type { JobHandlers } from "./jobs/job-handler.js";
import { fixturesOption, handlersOption } from "./jobs/job-handlers-option.js";
import { recordingsOption } from "./jobs/replay.js";
import type { EmulatorCredentials } from "./options/demo-credentials.js";
import { type CallbackOptions, settingRules } from "./options/emulator-settings.js";
import { type FaultOptions, faultsOption } from "./options/faults.js";
import type { RequestLogEntry } from "./options/request-log-entry.js";

export interface EmulatorOptions {
  /** Key/secret pairs the emulator accepts (default: `DEMO_CREDENTIALS`). */
  credentials?: EmulatorCredentials | readonly EmulatorCredentials[];
  /** 'strict' (default) checks every signature as iVvy does; 'relaxed' accepts unsigned requests. */
  auth?: "strict" | "relaxed";
  /**
   * What the emulator reads the time from and waits on: request dates, ping, job delays,
   * callback retries and timeouts, body timeouts, expiry and its purge, fault latency, the
   * dashboard's pushes (default: the system clock). See `createManualClock`.
   */
  clock?: Clock;
  /** Time each job takes, in ms (default 0: as fast as possible, yielding to the event loop). */
  jobDelayMs?: number;
  /** Your own job handlers by 'namespace.action'; they win over fixtures and built-ins. */
  handlers?: JobHandlers;
  /** Canned job outcomes by 'namespace.action', or the path of a JSON file of them. */
  fixtures?: Fixtures | string;
  /**
   * HAR recordings (`ivvy-batch/recording`) whose job responses answer the same jobs: same
   * 'namespace.action', same params (docs/recording.md#replay). Other jobs fall back to
   * fixtures and the built-ins. Your `handlers` still win.
   */
  recordings?: readonly (Har | string)[];
  /** Callback delivery: attempts, backoff and timeout. */
  callbacks?: CallbackOptions;
  /** Largest request body accepted, in bytes (default 1 MiB); larger gets 413. */
  maxBodyBytes?: number;
  /** A request's whole body must arrive within this many ms (default 10000); else 400. */
  bodyTimeoutMs?: number;
  /**
   * Bytes of request bodies buffered across all requests in flight (default 1/32 of V8's
   * heap limit, `defaultMaxBufferedBytes()`); past it, 429 with Retry-After.
   */
  maxBufferedBytes?: number;
  /**
   * Bytes of batch data (the jobs as sent, and their responses as JSON) kept by the whole
   * emulator, every API key together (default 1/8 of V8's heap limit,
   * `defaultMaxStoredBytes()`: 512 MiB of a 4 GiB heap). iVvy documents no limit on what
   * an account stores, so there is none per key: this one only keeps the process's memory
   * bounded. A run that would pass it gets 429 with Retry-After (when the oldest batch
   * expires) and nothing is stored; a job response that does not fit is kept as a 500
   * envelope instead. Freed as batches expire.
   */
  maxStoredBytes?: number;
  /** How long batches are kept after they are created, in ms (default two days, as iVvy). */
  retentionMs?: number;
  /** Fault injection; all off by default. */
  faults?: FaultOptions;
  /** Answer a `Prefer: code=NNN` request header with that documented error status, as Prism does (default false). */
  honourPreferHeader?: boolean;
  /** Called once per request after it is answered; the emulator itself never logs. */
  onRequest?: (entry: RequestLogEntry) => void;
  /**
   * A live dashboard under `/_emulator/` on the emulator's port (and `emulator.dashboard.fetch`
   * to mount it elsewhere): `true`, or `{ token, requestLogSize }` (default off). See docs/dashboard.md.
   */
  dashboard?: boolean | DashboardOptions;
  /** Deliver callbacks with this fetch instead of the default node:http/https keep-alive client (e.g. `receiver.fetch`, with no socket). */
  fetch?: (request: Request) => Promise<Response>;
  /**
   * Every catalogued iVvy action (docs/catalog.md): params checked as iVvy checks them
   * (23017, 23016), and a response that fits the action's schema where no handler or
   * fixture answers. On by default; `false` turns it off.
   */
  catalog?: CatalogJobOptions | false;
}

/** The options checked, with their defaults: what createEmulator composes the rooms from. */
export function checkEmulatorOptions(options: EmulatorOptions | undefined) {
  return checkOptions("createEmulator", options, {
    ...settingRules,
    handlers: handlersOption(),
    fixtures: fixturesOption(),
    recordings: recordingsOption(),
    faults: faultsOption(),
    dashboard: dashboardOption(),
    catalog: catalogOption(),
  });
}

export type CheckedEmulatorOptions = ReturnType<typeof checkEmulatorOptions>;
