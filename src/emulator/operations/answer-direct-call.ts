// A direct call of any action (`POST /api/1.0/{namespace}?action={action}` outside batch
// and test), answered by the handler a job of that action would run: the same params
// check, the same fixture, made-up or handler answer. A handler's error envelope is the
// answer, with its errorCode as the status (getting-started/interpreting-the-response).
import { isErrorEnvelope } from "../../contract/is-error-envelope.js";
import { isPlainObject } from "../../contract/is-plain-object.js";
import { executeJob } from "../jobs/execute-job.js";
import type { JobHandler } from "../jobs/job-handler.js";
import type { OperationAnswer } from "./answer-operation.js";
import { refusals } from "./refusals.js";

/** A direct call's namespace and action, as routed. */
export interface DirectCall {
  namespace: string;
  action: string;
}

export type AnswerDirectCall = (call: DirectCall, body: unknown) => Promise<OperationAnswer>;

/** What a handler is told as its job's asyncId on a direct call (there is no batch). */
export const DIRECT_CALL_ASYNC_ID = "direct";

export interface DirectCallDeps {
  handlers: Readonly<Record<string, JobHandler>>;
  now: () => number;
  signal: AbortSignal;
}

export function createDirectCallAnswerer(deps: DirectCallDeps): AnswerDirectCall {
  return async ({ namespace, action }, body) => {
    if (!isPlainObject(body)) return { status: 400, body: refusals.invalidBody(`${namespace}.${action} takes a JSON object of its parameters`) };
    const { response } = await executeJob({
      job: { namespace, action, params: body },
      handler: Object.hasOwn(deps.handlers, `${namespace}.${action}`) ? deps.handlers[`${namespace}.${action}`] : undefined,
      injectFailure: false,
      context: { asyncId: DIRECT_CALL_ASYNC_ID, index: 0, namespace, action, now: deps.now(), signal: deps.signal },
    });
    return isErrorEnvelope(response) ? { status: response.errorCode, body: response } : { status: 200, body: response };
  };
}
