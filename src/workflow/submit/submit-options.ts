import { abortableSleep } from "../../util/abortable-sleep.js";
import { MAX_JOBS_PER_BATCH } from "../../contract/validate-run-request.js";
import type { ChunkRef } from "../model/batch-handle.js";
import type { CallbackRegistrar } from "../model/callback-registrar.js";
import { defaultSubmissionLedger, type SubmissionLedger } from "./submission-ledger.js";
import type { WarningListener } from "../model/workflow-warning.js";

export interface SubmitAllOptions {
  /** Jobs per chunk (one iVvy batch each): 1 to 200, default 200. */
  chunkSize?: number;
  /** Runs in flight at once (default 4). */
  concurrency?: number;
  /**
   * A callback receiver: each chunk gets its own callbackUrl (with an unguessable token)
   * from `issueCallbackUrl()`, bound to the chunk's asyncId once run answers.
   */
  callbacks?: CallbackRegistrar;
  /** One callbackUrl for every chunk (instead of `callbacks`). */
  callbackUrl?: string;
  /** Stops submitting; runs in flight are treated as ambiguous (they may have been received). */
  signal?: AbortSignal;
  /** Called as each chunk is stored at iVvy (in completion order), e.g. to persist progress. */
  onChunkSubmitted?: (chunk: ChunkRef, submitted: { chunks: number; jobs: number }) => void;
  onWarning?: WarningListener;
  /** Remembers submitted chunks by jobs hash (default: one in-memory ledger per process). */
  ledger?: SubmissionLedger;
  /** Submit chunks the ledger has seen before (default false): only once you know they did not run. */
  allowResubmit?: boolean;
  /**
   * Times a run is sent again when iVvy answered that it stored nothing and the failure
   * is passing: 429, or 500 with 24091 "not saved" (default 3; honours Retry-After). That
   * answer makes it safe; a run with no answer (network error, timeout) is never re-sent.
   */
  runRetries?: number;
  /**
   * Apply the client's `checkJobs` (e.g. the catalog's params check) before anything is
   * sent (default true; see RunOptions.validateParams). An array is checked whole; a
   * stream chunk by chunk, as each run is sent.
   */
  validateParams?: boolean;
  /** Clock (epoch ms), for tests. */
  now?: () => number;
  /** Wait used between those attempts, for tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface ResolvedSubmitOptions {
  chunkSize: number;
  concurrency: number;
  callbacks: CallbackRegistrar | undefined;
  callbackUrl: string | undefined;
  signal: AbortSignal | undefined;
  onChunkSubmitted: SubmitAllOptions["onChunkSubmitted"];
  onWarning: WarningListener;
  ledger: SubmissionLedger;
  allowResubmit: boolean;
  runRetries: number;
  validateParams: boolean;
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

const isPositiveInteger = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value) && value > 0;

/** Checks the options before anything is read or sent, and fills in defaults. */
export function resolveSubmitOptions(caller: string, options: SubmitAllOptions = {}): ResolvedSubmitOptions {
  const problem = (message: string) => new TypeError(`${caller}: ${message}`);
  if (typeof options !== "object" || options === null) throw problem("options must be an object");
  const chunkSize = options.chunkSize ?? MAX_JOBS_PER_BATCH;
  if (!isPositiveInteger(chunkSize) || chunkSize > MAX_JOBS_PER_BATCH) {
    throw problem(`chunkSize must be an integer from 1 to ${MAX_JOBS_PER_BATCH} (iVvy's limit per batch), not ${String(chunkSize)}`);
  }
  const concurrency = options.concurrency ?? 4;
  if (!isPositiveInteger(concurrency)) throw problem(`concurrency must be a positive integer, not ${String(concurrency)}`);
  if (options.callbacks !== undefined && options.callbackUrl !== undefined) {
    throw problem("give callbacks (a receiver issuing a URL per chunk) or callbackUrl, not both");
  }
  const callbacks = options.callbacks;
  if (callbacks !== undefined && (typeof callbacks.issueCallbackUrl !== "function" || typeof callbacks.bind !== "function")) {
    throw problem("callbacks must implement CallbackRegistrar (issueCallbackUrl, bind, waitForCallback)");
  }
  const runRetries = options.runRetries ?? 3;
  if (!Number.isInteger(runRetries) || runRetries < 0) {
    throw problem(`runRetries must be a non-negative integer, not ${String(runRetries)}`);
  }
  for (const key of ["onChunkSubmitted", "onWarning", "now", "sleep"] as const) {
    if (options[key] !== undefined && typeof options[key] !== "function") throw problem(`${key} must be a function`);
  }
  return {
    chunkSize,
    concurrency,
    callbacks,
    callbackUrl: options.callbackUrl,
    signal: options.signal,
    onChunkSubmitted: options.onChunkSubmitted,
    onWarning: options.onWarning ?? (() => {}),
    ledger: options.ledger ?? defaultSubmissionLedger,
    allowResubmit: options.allowResubmit ?? false,
    runRetries,
    validateParams: options.validateParams ?? true,
    now: options.now ?? Date.now,
    sleep: options.sleep ?? abortableSleep,
  };
}
