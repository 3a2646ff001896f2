// `ivvy-batch trigger callback`: POST a callback to an endpoint on demand, as iVvy would
// deliver it (the emulator's headers and body bytes, src/contract/callback-request.ts),
// and again for each repeat, as a repost delivers the same results again.
import { randomBytes } from "node:crypto";
import { callbackHeaders, serializeCallback } from "../contract/callback-request.js";
import type { BatchCallback, BatchResult } from "../contract/types.js";
import { checkComponent } from "../contract/validators.js";
import { DEFAULT_CALLBACKS } from "../emulator/options/emulator-settings.js";
import { type Clock, clockOption } from "../util/clock.js";
import { abortSignal, checkOptions, custom, integer, string } from "../util/options.js";
import { type PostOutcome, postCallback } from "./post-callback.js";
import { maskUrl } from "./receiver-check-row.js";

/** iVvy's callback delivery timeout as the emulator models it (docs/emulator.md, Callbacks): the default bound of both commands. */
export const DEFAULT_MAX_MS = DEFAULT_CALLBACKS.timeoutMs;

/** A made-up asyncId: 32 hex digits, as iVvy's. */
export const randomAsyncId = (): string => randomBytes(16).toString("hex");

export interface TriggerCallbackOptions {
  /** The endpoint: a callbackUrl as your app issues it (with its token, if it uses one). */
  to: string;
  /** The results to deliver (checked against the contract's BatchCallback with the asyncId). */
  results: readonly BatchResult[];
  /** Default: a made-up one. */
  asyncId?: string;
  /** Deliveries of the same bytes (default 1): more than one is what a repost does. */
  repeat?: number;
  /** Each delivery's bound (default 10 s). */
  maxMs?: number;
  clock?: Clock;
  signal?: AbortSignal;
}

/** What was sent, and what each delivery got back. */
export interface TriggeredCallback {
  url: string;
  headers: Record<string, string>;
  body: string;
  asyncId: string;
  deliveries: PostOutcome[];
}

/** The request a callback delivery is: headers and body, the payload checked against BatchCallback first. */
export function callbackDelivery(callback: BatchCallback): { headers: Record<string, string>; body: string } {
  const check = checkComponent("BatchCallback", callback);
  if (!check.valid) throw new TypeError(`the callback is not a BatchCallback (openapi.yaml): ${check.errors.join("; ")}`);
  const body = serializeCallback(callback);
  return { headers: callbackHeaders(body), body };
}

/** A trigger's outcome as JSON (`trigger callback --json`, the dashboard's form): each delivery's status, time and body. */
export interface TriggerReport {
  /** Every delivery answered 2xx. */
  ok: boolean;
  /** The URL, its query values masked. */
  url: string;
  asyncId: string;
  results: number;
  bytes: number;
  deliveries: ({ kind: "answered"; status: number; ms: number; contentType: string | null; body: string } | Exclude<PostOutcome, { kind: "answered" }>)[];
}

export function triggerReport(sent: TriggeredCallback, results: number): TriggerReport {
  return {
    ok: sent.deliveries.every((d) => d.kind === "answered" && d.status >= 200 && d.status <= 299),
    url: maskUrl(sent.url),
    asyncId: sent.asyncId,
    results,
    bytes: Buffer.byteLength(sent.body),
    deliveries: sent.deliveries.map((d) =>
      d.kind === "answered" ? { kind: "answered", status: d.status, ms: d.ms, contentType: d.contentType ?? null, body: d.body } : d,
    ),
  };
}

export async function triggerCallback(options: TriggerCallbackOptions): Promise<TriggeredCallback> {
  const o = checkOptions("triggerCallback", options, {
    to: string({ required: true, pattern: /^https?:\/\//, describe: "an http(s) URL" }),
    results: custom<readonly BatchResult[]>((value, fail) => (Array.isArray(value) ? (value as BatchResult[]) : fail("is required: an array of BatchResult"))),
    asyncId: string(),
    repeat: integer({ min: 1, max: 100, default: 1 }),
    maxMs: integer({ min: 1, unit: "ms", default: DEFAULT_MAX_MS }),
    clock: clockOption(),
    signal: abortSignal(),
  });
  const to = o.to as string;
  const asyncId = o.asyncId ?? randomAsyncId();
  const { headers, body } = callbackDelivery({ asyncId, results: [...o.results] });
  const deliveries: PostOutcome[] = [];
  for (let i = 0; i < o.repeat; i++) {
    deliveries.push(await postCallback({ url: to, headers, body, timeoutMs: o.maxMs, clock: o.clock, ...(o.signal ? { signal: o.signal } : {}) }));
  }
  return { url: to, headers, body, asyncId, deliveries };
}
