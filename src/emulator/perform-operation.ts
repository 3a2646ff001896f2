// The six operations over the emulator's state: validate the (already authenticated,
// parsed) body with the shared validators, look the batch up, apply the pure decision,
// then perform its effects (store, run jobs, deliver a callback).
import { formatIvvyTimestamp } from "../signing/timestamp.js";
import type { OperationId } from "../spec/types.js";
import { validateAsyncRef } from "../validation/validate-async-ref.js";
import { validateRunRequest } from "../validation/validate-run-request.js";
import { isPlainObject } from "../validation/validation-result.js";
import { answerProgress, answerResults, decideRepost, decideRestart } from "./batch-operations.js";
import { createBatch, type Batch } from "./batch-state.js";
import type { BatchStore } from "./batch-store.js";
import type { CallbackDeliverer } from "./callback-delivery.js";
import { deepFreeze } from "./deep-freeze.js";
import { envelope, envelopes } from "./error-envelope.js";
import { newAsyncId } from "./new-async-id.js";
import type { JobRunner } from "./job-runner.js";

export interface OperationAnswer {
  status: number;
  body: object;
}

export interface OperationDeps {
  store: BatchStore;
  runner: JobRunner;
  deliverer: CallbackDeliverer;
  now: () => number;
}

const invalidBody = (result: { specificCode: number; message: string; additionalMessages: string[] }): OperationAnswer => ({
  status: 400,
  body: envelope(400, result.message, result.specificCode, result.additionalMessages),
});

export function createOperationPerformer(deps: OperationDeps) {
  // A batch run with one key is invisible to another, as on a real account.
  const find = (asyncId: string, owner: string | undefined): Batch | undefined => {
    const batch = deps.store.get(asyncId);
    return batch && (batch.owner === undefined || owner === undefined || batch.owner === owner) ? batch : undefined;
  };

  return function perform(operation: OperationId, body: unknown, owner: string | undefined): OperationAnswer {
    if (operation === "ping") {
      if (!isPlainObject(body)) return { status: 400, body: envelopes.invalidBody("ping takes a JSON object (send {})") };
      return { status: 200, body: { ack: formatIvvyTimestamp(deps.now()) } };
    }
    if (operation === "run") {
      const checked = validateRunRequest(body);
      if (!checked.ok) return invalidBody(checked);
      let asyncId = newAsyncId();
      while (deps.store.get(asyncId)) asyncId = newAsyncId();
      const { jobs, callbackUrl } = checked.value;
      deps.store.set(createBatch({ asyncId, owner, jobs: deepFreeze(jobs), callbackUrl, now: deps.now() }));
      deps.runner.start(asyncId);
      return { status: 200, body: { asyncId } };
    }
    const ref = validateAsyncRef(body);
    if (!ref.ok) return invalidBody(ref);
    const asyncId = ref.value.async;
    const batch = find(asyncId, owner);
    switch (operation) {
      case "progress":
        return answerProgress(batch, asyncId);
      case "results":
        return answerResults(batch, asyncId);
      case "restart": {
        const { answer, next } = decideRestart(batch, asyncId);
        if (next) {
          deps.store.set(next);
          deps.runner.start(asyncId);
        }
        return answer;
      }
      case "repost": {
        const { answer, deliver } = decideRepost(batch, asyncId);
        if (deliver && batch) deps.deliverer.deliver(batch, "repost");
        return answer;
      }
    }
  };
}

export type PerformOperation = ReturnType<typeof createOperationPerformer>;
