// The options of one client call, checked on every call as the client's own options are
// when it is made: a misspelt `callbackURL` would otherwise run the batch with no callback.
import { abortSignal, boolean, checkOptions, custom } from "../util/options.js";

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

const callShape = { signal: abortSignal() };

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
