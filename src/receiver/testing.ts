// Test helpers for users of the receiver: build the request iVvy would send, then pass
// it to `receiver.fetch` (or to your own server) and assert on what your handler did.
import type { BatchCallback, BatchResult } from "../contract/types.js";
import { checkComponent } from "../contract/validators.js";
import type { CallbackRegistrar } from "../workflow/model/callback-registrar.js";

export type BuildCallbackRequestInput =
  /** A callbackUrl you already have (e.g. from a batch handle) and the body to send; a string is sent byte for byte. */
  | { callbackUrl: string | URL; payload: BatchCallback | string }
  /** A receiver: a token is issued and bound to `asyncId`, as submitting a batch would. */
  | { receiver: Pick<CallbackRegistrar, "issueCallbackUrl" | "bind">; asyncId: string; results: BatchResult[] };

/**
 * A `Request` shaped like iVvy's callback: POST, `application/json`, the payload as
 * JSON. Object payloads are checked against `BatchCallback` first, so a test does not
 * silently exercise the receiver's 400 path when it meant to test a handler.
 */
export async function buildCallbackRequest(input: BuildCallbackRequestInput): Promise<Request> {
  let callbackUrl: string | URL;
  let payload: BatchCallback | string;
  if ("receiver" in input) {
    const issued = await input.receiver.issueCallbackUrl();
    await input.receiver.bind(issued.token, input.asyncId);
    callbackUrl = issued.callbackUrl;
    payload = { asyncId: input.asyncId, results: input.results };
  } else {
    ({ callbackUrl, payload } = input);
  }
  if (typeof payload !== "string") {
    const check = checkComponent("BatchCallback", payload);
    if (!check.valid) {
      throw new TypeError(`buildCallbackRequest: the payload is not a BatchCallback, so the receiver would answer 400: ${check.errors.join("; ")}`);
    }
  }
  return new Request(callbackUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof payload === "string" ? payload : JSON.stringify(payload),
  });
}
