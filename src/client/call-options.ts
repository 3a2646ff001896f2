// The options of one client call, checked on every call as the client's own options are
// when it is made: a misspelt `callbackURL` would otherwise run the batch with no callback.
import { abortSignal, boolean, checkOptions, custom, integer } from "../util/options.js";

export interface CallOptions {
  /** Cancels the call (and any retry wait); the signal's reason is thrown. */
  signal?: AbortSignal;
}

export interface RunOptions extends CallOptions {
  /** Where iVvy POSTs `{asyncId, results}` when the batch is complete. */
  callbackUrl?: string;
  /**
   * Run the client's `checkJobs` (e.g. the catalog's `checkJobParams`: an unknown action
   * in a known namespace, a missing required or unknown parameter, a wrong type) before
   * sending (default true; a client made without checkJobs checks nothing). A failure
   * throws IvvyValidationError and nothing is sent.
   */
  validateParams?: boolean;
}

/** The options of one direct call (`client.call`). */
export interface DirectCallOptions extends CallOptions {
  /** Run the client's `checkJobs` over the call's params before sending (default true), as `run` does for a job. */
  validateParams?: boolean;
}

/** The options of `client.paginate`. */
export interface PaginateOptions extends DirectCallOptions {
  /**
   * Most pages fetched (default 1000): a server that never reaches `meta.totalResults`
   * (one that ignores `start`) ends in an IvvyResponseError, not an endless loop.
   */
  maxPages?: number;
}

const callShape = { signal: abortSignal() };

const directShape = { signal: abortSignal(), validateParams: boolean({ default: true }) };

const paginateShape = { ...directShape, maxPages: integer({ min: 1, default: 1000 }) };

/** The options of a direct call. */
export const checkDirectCallOptions = (options: DirectCallOptions | undefined) => checkOptions("client.call", options, directShape);

/** The options of paginate. */
export const checkPaginateOptions = (options: PaginateOptions | undefined) => checkOptions("client.paginate", options, paginateShape);

const runShape = {
  signal: abortSignal(),
  // Checked with the rest of run's body by validateRunRequest, which answers with iVvy's
  // own code for a bad callbackUrl (23016), as the server would.
  callbackUrl: custom<string | undefined>((value) => value as string | undefined),
  validateParams: boolean({ default: true }),
};

/** The options of progress, results, restart, repost and ping. */
export const checkCallOptions = (method: string, options: CallOptions | undefined) => checkOptions(`client.${method}`, options, callShape);

/** The options of run. */
export const checkRunOptions = (options: RunOptions | undefined) => checkOptions("client.run", options, runShape);
