import type { BatchCallback } from "../../contract/types.js";

/**
 * What the many-jobs workflow needs from a callback receiver: unguessable per-chunk
 * callback URLs, the tie between a URL's token and the asyncId that run returned, and
 * a way to learn that a batch's callback has arrived. `createCallbackReceiver()`
 * implements it; a user may implement it over their own infrastructure.
 */
export interface CallbackRegistrar {
  /** A fresh callbackUrl carrying an unguessable token, for one chunk about to be submitted. */
  issueCallbackUrl(): Promise<{ callbackUrl: string; token: string }>;
  /** Ties a token to the asyncId its run returned: callbacks for that asyncId must carry that token. */
  bind(token: string, asyncId: string): Promise<void>;
  /**
   * Resolves with the first valid callback accepted for `asyncId` (at once if one was
   * already accepted); rejects with the signal's reason when it aborts.
   */
  waitForCallback(asyncId: string, signal?: AbortSignal): Promise<BatchCallback>;
}
