// @ts-check
// How each Dredd transaction is made real: the state it needs and what makes an error
// transaction's request actually wrong. Dredd itself sends the valid example body and
// merely expects the documented status (TOOLCHAIN.md); a provider that answers a valid
// request with that status would then be wrong, not right.
"use strict";

/**
 * @typedef {"valid" | "invalid-body" | "bad-signature" | "no-authorization" | "unknown-batch" | "too-large" | "not-json" | "prefer"} Provocation
 * @typedef {"none" | "batch" | "finished" | "finished-with-callback"} State
 * @typedef {{ provocation: Provocation, state: State, note: string, notExercisable?: false } | { provocation: "none", state: "none", note: string, notExercisable: true }} Plan
 * @typedef {import("../../src/contract/types.js").OperationId} OperationId
 */

/**
 * @param {OperationId} operation
 * @param {number} status
 * @param {Pick<import("./settings.cjs").Settings, "kind" | "preferStatuses" | "maxBodyBytes">} settings
 * @returns {Plan}
 */
function planTransaction(operation, status, settings) {
  const prism = settings.kind === "prism";
  /** @type {(why: string) => Plan} */
  const prefer = (why) => ({ provocation: "prefer", state: "none", note: `asked for with Prefer: code=${status} (${why})` });
  if (settings.preferStatuses.has(status)) {
    return prefer(prism ? "Prism has no state, size limit or signature check" : "a healthy provider gives it only under load or failure");
  }
  switch (status) {
    case 200: {
      /** @type {Record<OperationId, State>} */
      const states = { run: "none", progress: "batch", results: "finished", restart: "finished", repost: "finished-with-callback", ping: "none" };
      const state = states[operation];
      /** @type {Record<OperationId, string>} */
      const notes = {
        run: "runs the configured jobs with a callbackUrl of the suite's listener; the callback is checked too",
        progress: "progress of a batch just run",
        results: "results of a batch whose progress reached 100",
        restart: "restart of a finished batch",
        repost: "repost of a finished batch that has a callbackUrl; the new callback is checked too",
        ping: "ping as ivvy-sdk-net sends it: an empty body, charset signed, no X-Api-Version",
      };
      return { provocation: "valid", state, note: notes[operation] };
    }
    case 400:
      return {
        provocation: "invalid-body",
        state: "none",
        note:
          operation === "run"
            ? "a job without action and params (24092)"
            : operation === "ping"
              ? "a JSON body that is not an object (23016)"
              : "an async that is not a 32-hex batch id (23016)",
      };
    case 401:
      return prism
        ? { provocation: "no-authorization", state: "none", note: "no X-Api-Authorization header (Prism checks presence only)" }
        : { provocation: "bad-signature", state: "none", note: "signed with a wrong secret" };
    case 404:
      return { provocation: "unknown-batch", state: "none", note: "a well-formed asyncId no batch has" };
    case 413:
      return { provocation: "too-large", state: "none", note: `a signed body of more than ${settings.maxBodyBytes} bytes (CONTRACT_MAX_BODY_BYTES)` };
    case 415:
      return { provocation: "not-json", state: "none", note: "a signed text/plain body" };
    default:
      return {
        provocation: "none",
        state: "none",
        notExercisable: true,
        note: `NOT EXERCISABLE: nothing in a request makes a healthy provider answer ${status}, and Prefer: code=${status} was not allowed (CONTRACT_PREFER_STATUSES)`,
      };
  }
}

module.exports = { planTransaction };
