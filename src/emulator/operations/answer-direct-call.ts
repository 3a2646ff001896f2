// A direct call of any action (`POST /api/1.0/{namespace}?action={action}` outside batch
// and test), answered by the handler a job of that action would run: the same params
// check, the same fixture, made-up or handler answer. A handler's error envelope is the
// answer, with its errorCode as the status (getting-started/interpreting-the-response).
// What the handler keeps under the call's key expires as a batch does (direct-call-memory.ts).
import { isErrorEnvelope } from "../../contract/is-error-envelope.js";
import { isPlainObject } from "../../contract/is-plain-object.js";
import { executeJob } from "../jobs/execute-job.js";
import type { JobHandler } from "../jobs/job-handler.js";
import type { OperationAnswer } from "./answer-operation.js";
import type { DirectCallMemory } from "./direct-call-memory.js";
import { refusals } from "./refusals.js";

/** A direct call's namespace and action, as routed. */
export interface DirectCall {
  namespace: string;
  action: string;
}

export type AnswerDirectCall = (call: DirectCall, body: unknown) => Promise<OperationAnswer>;

export interface DirectCallDeps {
  handlers: Readonly<Record<string, JobHandler>>;
  now: () => number;
  signal: AbortSignal;
  /** The keys told to handlers as the asyncId (there is no batch), and when what they keep expires. */
  memory: DirectCallMemory;
}

export function createDirectCallAnswerer(deps: DirectCallDeps): AnswerDirectCall {
  return async ({ namespace, action }, body) => {
    if (!isPlainObject(body)) return { status: 400, body: refusals.invalidBody(`${namespace}.${action} takes a JSON object of its parameters`) };
    deps.memory.purge();
    const key = deps.memory.nextKey();
    const { response } = await executeJob({
      job: { namespace, action, params: body },
      handler: Object.hasOwn(deps.handlers, `${namespace}.${action}`) ? deps.handlers[`${namespace}.${action}`] : undefined,
      injectFailure: false,
      context: { asyncId: key, index: 0, namespace, action, now: deps.now(), signal: deps.signal },
    });
    deps.memory.answered(key);
    return isErrorEnvelope(response) ? { status: response.errorCode, body: response } : { status: 200, body: response };
  };
}
