// The dashboard's "send a callback" form, server side (docs/dashboard.md, Callbacks): it
// sends a callback to a URL the user typed, or checks the endpoint there, with the same
// code as `ivvy-batch trigger callback` and `ivvy-batch check-receiver`. The dashboard sees
// the emulator only through its port, so that code comes in through this hook, wired by
// whoever composes the dashboard (`ivvy-batch emulate`; in code `callbackTools()` from
// `ivvy-batch/testing`). It sends only to the URL in the request, and only to http(s).
import type { BatchResult } from "../../contract/types.js";
import { checkOptions, integer, string, withMethods } from "../../util/options.js";
import type { EmulatorPort } from "../port/index.js";

/** What the form asks to send: a batch's results, or made-up ones (`count` results, `failures` of them job errors). */
export interface CallbackToolsTriggerInput {
  to: string;
  /** Default: the batch's, or a made-up one. */
  asyncId: string | undefined;
  results: readonly BatchResult[] | { count: number; failures: number };
  repeat: number;
  maxMs: number;
  signal: AbortSignal;
}

export interface CallbackToolsCheckInput {
  url: string;
  maxMs: number;
  signal: AbortSignal;
}

/** The hook: each answer is JSON, as `--json` prints it (trigger: status, time and body of each delivery; check: its rows). */
export interface DashboardCallbackTools {
  trigger(input: CallbackToolsTriggerInput): Promise<object>;
  check(input: CallbackToolsCheckInput): Promise<object>;
}

/** The options rule for `dashboard.callbackTools`. */
export const callbackToolsOption = () =>
  withMethods<DashboardCallbackTools>(["trigger", "check"], { describe: "callback tools (callbackTools() from ivvy-batch/testing)" });

const ASYNC_ID = /^[0-9a-f]{32}$/;
/** A batch holds 200 jobs; the form's bound is at most a minute per answer. */
const MAX_RESULTS = 200;
const MAX_BOUND_MS = 60_000;

export class CallbackToolsRefusal extends Error {
  override readonly name = "CallbackToolsRefusal" as const;
  constructor(
    readonly status: 400 | 404 | 409 | 501,
    message: string,
  ) {
    super(message);
  }
}

export const NO_CALLBACK_TOOLS =
  "This dashboard has no callback tools: `ivvy-batch emulate` wires them in; in code, createEmulator({ dashboard: { callbackTools: callbackTools() } }) with callbackTools from ivvy-batch/testing";

/** The URL the user typed, refused unless it is http(s). */
function httpUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new CallbackToolsRefusal(400, `'${value}' is not a URL: type the endpoint's full URL, http:// or https://`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new CallbackToolsRefusal(400, `Only http(s) URLs get a callback, not ${url.protocol}: a callback is an HTTP POST`);
  return url.toString();
}

/** The body read as options; checkOptions' TypeError (naming the field and why) becomes a 400. */
const checked = <T>(read: () => T): T => {
  try {
    return read();
  } catch (error) {
    if (error instanceof TypeError) throw new CallbackToolsRefusal(400, error.message);
    throw error;
  }
};

/** The trigger's input from the form's JSON body; a batch named must be complete, its results are what its callback carries. */
export function triggerInput(body: unknown, port: EmulatorPort, signal: AbortSignal): CallbackToolsTriggerInput {
  const o = checked(() =>
    checkOptions("callbacks/trigger", body, {
      to: string({ required: true }),
      batch: string({ pattern: ASYNC_ID, describe: "an asyncId of this emulator (32 hex digits)" }),
      results: integer({ min: 1, max: MAX_RESULTS }),
      failures: integer({ min: 0, max: MAX_RESULTS }),
      asyncId: string({ pattern: ASYNC_ID, describe: "32 hex digits, as iVvy's" }),
      repeat: integer({ min: 1, max: 10, default: 1 }),
      maxMs: integer({ min: 1, max: MAX_BOUND_MS, unit: "ms", default: port.settings.callbacks.timeoutMs }),
    }),
  );
  const to = httpUrl(o.to as string);
  const base = { to, repeat: o.repeat, maxMs: o.maxMs, signal };
  if (o.batch !== undefined) {
    if (o.results !== undefined || o.failures !== undefined)
      throw new CallbackToolsRefusal(400, "Give a batch or a number of made-up results (results, failures), not both");
    const batch = port.batches.get(o.batch);
    if (!batch) throw new CallbackToolsRefusal(404, `No batch '${o.batch}': unknown, or expired`);
    if (batch.status !== "complete")
      throw new CallbackToolsRefusal(409, `Batch ${o.batch} is still running: its callback carries every result, so wait until it completes`);
    // What the emulator's own callback of this batch carries (resultsOf): every job, in order, with the params it was sent.
    const results = batch.jobs.map((job) => ({ namespace: job.namespace, action: job.action, request: job.params, response: job.response }) as BatchResult);
    return { ...base, asyncId: o.asyncId ?? batch.asyncId, results };
  }
  const count = o.results ?? 1;
  const failures = o.failures ?? 0;
  if (failures > count) throw new CallbackToolsRefusal(400, `failures (${failures}) must be at most results (${count})`);
  return { ...base, asyncId: o.asyncId, results: { count, failures } };
}

export function checkInput(body: unknown, port: EmulatorPort, signal: AbortSignal): CallbackToolsCheckInput {
  const o = checked(() =>
    checkOptions("callbacks/check", body, {
      url: string({ required: true }),
      maxMs: integer({ min: 1, max: MAX_BOUND_MS, unit: "ms", default: port.settings.callbacks.timeoutMs }),
    }),
  );
  return { url: httpUrl(o.url as string), maxMs: o.maxMs, signal };
}
