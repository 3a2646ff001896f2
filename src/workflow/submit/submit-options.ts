import { MAX_JOBS_PER_BATCH } from "../../contract/validate-run-request.js";
import { type Clock, clockOption, RETIRED_FOR_CLOCK } from "../../util/clock.js";
import {
  abortSignal,
  boolean,
  type Checked,
  checkOptions,
  custom,
  func,
  integer,
  optionError,
  refuseRetired,
  type Shape,
  withMethods,
} from "../../util/options.js";
import type { ChunkRef } from "../model/batch-handle.js";
import type { CallbackRegistrar } from "../model/callback-registrar.js";
import type { WarningListener } from "../model/workflow-warning.js";
import { defaultSubmissionLedger, type SubmissionLedger } from "./submission-ledger.js";

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
  /** Stops submitting at once: runs in flight are aborted and treated as ambiguous (they may have been received). */
  signal?: AbortSignal;
  /**
   * Stops submitting gracefully: no new run is started, the runs in flight get their
   * answers (bounded by the client's timeout) and are in the handle or the error's
   * failed chunks; the chunks not started fail with reason "aborted" (never sent). A
   * graceful first Ctrl-C; `signal` is the second.
   */
  stopSignal?: AbortSignal;
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
  /**
   * The clock (default: systemClock): the handle's createdAt, the ledger's times and the
   * waits before a run is sent again. Tests pass createManualClock() and move it.
   */
  clock?: Clock;
}

export interface ResolvedSubmitOptions {
  chunkSize: number;
  concurrency: number;
  callbacks: CallbackRegistrar | undefined;
  callbackUrl: string | undefined;
  signal: AbortSignal | undefined;
  stopSignal: AbortSignal | undefined;
  onChunkSubmitted: SubmitAllOptions["onChunkSubmitted"];
  onWarning: WarningListener;
  ledger: SubmissionLedger;
  allowResubmit: boolean;
  runRetries: number;
  validateParams: boolean;
  clock: Clock;
}

/** The rules of submitAll's options, shared by the calls that take them (retryFailed, submitAllResumable). */
export const submitOptionsShape = {
  chunkSize: integer({ min: 1, max: MAX_JOBS_PER_BATCH, unit: "jobs per batch, iVvy's limit being 200", default: MAX_JOBS_PER_BATCH }),
  concurrency: integer({ min: 1, default: 4 }),
  callbacks: withMethods<CallbackRegistrar>(["issueCallbackUrl", "bind"], {
    describe: "a CallbackRegistrar (issueCallbackUrl, bind, waitForCallback), e.g. createCallbackReceiver()",
  }),
  // Checked, with iVvy's code for a bad one, by the same rules run applies (validateChunk).
  callbackUrl: custom<string | undefined>((value) => value as string | undefined),
  signal: abortSignal(),
  stopSignal: abortSignal(),
  onChunkSubmitted: func<NonNullable<SubmitAllOptions["onChunkSubmitted"]>>({ describe: "(chunk, { chunks, jobs }) => void" }),
  onWarning: func<WarningListener, WarningListener>({ describe: "(warning) => void", default: () => {} }),
  ledger: withMethods<SubmissionLedger, SubmissionLedger>(["get", "claim", "set", "delete"], {
    describe: "a SubmissionLedger (get, claim, set, delete), e.g. createSubmissionLedger()",
    default: defaultSubmissionLedger,
  }),
  allowResubmit: boolean({ default: false }),
  runRetries: integer({ min: 0, default: 3 }),
  validateParams: boolean({ default: true }),
  clock: clockOption(),
};

/** Refuses the retired `now`/`sleep` and giving both ways of being called back; run before checkOptions. */
export function refuseConflicts(caller: string, options: unknown): void {
  refuseRetired(caller, options, RETIRED_FOR_CLOCK);
  const given = (options ?? {}) as SubmitAllOptions;
  if (typeof given === "object" && given.callbacks !== undefined && given.callbackUrl !== undefined) {
    throw optionError({ owner: caller, path: "" }, "give callbacks (a receiver issuing a URL per chunk) or callbackUrl, not both");
  }
}

/**
 * Checks the options before anything is read or sent, and fills in defaults; `extra` adds
 * the rules of a caller's own options (retryFailed's `jobs`, submitAllResumable's `workflowId`).
 */
export function resolveSubmitOptions<E extends Shape = Record<never, never>>(caller: string, options: unknown, extra?: E): Checked<SubmitShape<E>> {
  refuseConflicts(caller, options);
  const shape: SubmitShape<E> = { ...submitOptionsShape, ...(extra as E) };
  return checkOptions(caller, options, shape);
}

/** submitAll's rules, with a caller's own added (and any of the same name replaced). */
type SubmitShape<E extends Shape> = Omit<typeof submitOptionsShape, keyof E> & E;
