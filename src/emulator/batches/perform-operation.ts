// The six operations over the emulator's state: validate the (already authenticated,
// parsed) body with the shared validators, look the batch up, apply the pure decision,
// then perform its effects (store, run jobs, deliver a callback).
import { formatIvvyTimestamp } from "../../signing/timestamp.js";
import type { OperationId } from "../../contract/types.js";
import { validateAsyncRef } from "../../contract/validate-async-ref.js";
import { validateRunRequest } from "../../contract/validate-run-request.js";
import { isPlainObject } from "../../contract/is-plain-object.js";
import { answerProgress, answerResults, decideRepost, decideRestart } from "./batch-operations.js";
import { createBatch, type Batch } from "./batch-state.js";
import type { BatchStore } from "./batch-store.js";
import type { CallbackDeliverer } from "../callbacks/callback-delivery.js";
import { deepFreeze } from "../../util/deep-freeze.js";
import { envelope, envelopes } from "./error-envelope.js";
import { newAsyncId } from "./new-async-id.js";
import type { JobRunner } from "./job-runner.js";

export interface OperationAnswer {
  status: number;
  body: object;
  headers?: Record<string, string>;
}

export interface OperationDeps {
  store: BatchStore;
  runner: JobRunner;
  deliverer: CallbackDeliverer;
  now: () => number;
  /** A run is refused (429) while its key's batches hold this many bytes or more. */
  maxStoredBytesPerKey: number;
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

  // A run that would take its key past the storage limit is turned away as a rate limit:
  // nothing is stored, and Retry-After says when the key's oldest batch expires and frees
  // its share (openapi.yaml, x-decision on storage; issue 10, item 9).
  const storageFull = (owner: string | undefined, adding: number): OperationAnswer | undefined => {
    if (deps.store.storedBytes(owner) + adding <= deps.maxStoredBytesPerKey) return undefined;
    // Expiry is lazy: the batches that expired since the last purge still count until now.
    deps.store.purge();
    const held = deps.store.storedBytes(owner);
    if (held + adding <= deps.maxStoredBytesPerKey) return undefined;
    const frees = deps.store.nextExpiryOf(owner);
    const seconds = frees === undefined ? 0 : Math.max(1, Math.ceil((frees - deps.now()) / 1000));
    return {
      status: 429,
      body: envelopes.tooManyRequests(
        `This API key's batches hold ${held} bytes and this run adds ${adding}; the emulator keeps at most ${deps.maxStoredBytesPerKey} per key (maxStoredBytesPerKey). ` +
          (frees === undefined ? "This run alone is over the limit." : `The oldest batch expires in ${seconds} s.`),
      ),
      ...(frees === undefined ? {} : { headers: { "Retry-After": String(seconds) } }),
    };
  };

  return function perform(operation: OperationId, body: unknown, owner: string | undefined, bodyBytes = 0): OperationAnswer {
    if (operation === "ping") {
      if (!isPlainObject(body)) return { status: 400, body: envelopes.invalidBody("ping takes a JSON object (send {})") };
      return { status: 200, body: { ack: formatIvvyTimestamp(deps.now()) } };
    }
    if (operation === "run") {
      const checked = validateRunRequest(body);
      if (!checked.ok) return invalidBody(checked);
      const full = storageFull(owner, bodyBytes);
      if (full) return full;
      let asyncId = newAsyncId();
      while (deps.store.get(asyncId)) asyncId = newAsyncId();
      const { jobs, callbackUrl } = checked.value;
      deps.store.set(createBatch({ asyncId, owner, jobs: deepFreeze(jobs), callbackUrl, now: deps.now(), jobsBytes: bodyBytes }));
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
