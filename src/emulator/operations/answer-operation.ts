// The six operations over the emulator's state: validate the (already authenticated,
// parsed) body with the shared validators, look the batch up, apply the pure decision
// (batch-decisions.ts), then carry out its effects (store, run jobs, deliver a callback)
// and answer.

import { envelope } from "../../contract/error-envelope.js";
import { isPlainObject } from "../../contract/is-plain-object.js";
import { readNoParameters } from "../../contract/no-parameters.js";
import type { OperationId } from "../../contract/types.js";
import { validateAsyncRef } from "../../contract/validate-async-ref.js";
import { validateRunRequest } from "../../contract/validate-run-request.js";
import { formatIvvyTimestamp } from "../../signing/timestamp.js";
import { deepFreeze } from "../../util/deep-freeze.js";
import { type Batch, createBatch, storedJobsBytes } from "../batches/batch-state.js";
import type { BatchStore } from "../batches/batch-store.js";
import type { JobRunner } from "../batches/job-runner.js";
import { newAsyncId } from "../batches/new-async-id.js";
import type { CallbackDeliverer } from "../callbacks/callback-delivery.js";
import { answerProgress, answerResults, decideRepost, decideRestart } from "./batch-decisions.js";
import { refusals } from "./refusals.js";

export interface OperationAnswer {
  status: number;
  body: object;
  headers?: Record<string, string>;
}

/**
 * Answers one operation whose body is authenticated and parsed: `owner` is the key that
 * signed it (undefined under relaxed auth, or for an operator acting on any key's batch),
 * `bodyBytes` the size of the body as sent (what a run counts against its key's storage).
 */
export type AnswerOperation = (operation: OperationId, body: unknown, owner: string | undefined, bodyBytes?: number) => OperationAnswer;

export interface OperationDeps {
  store: BatchStore;
  runner: JobRunner;
  deliverer: CallbackDeliverer;
  now: () => number;
  /** A run is refused (429) when it would take the stored batches, all keys together, past this many bytes. */
  maxStoredBytes: number;
}

const invalidBody = (result: { specificCode: number; message: string; additionalMessages: string[] }): OperationAnswer => ({
  status: 400,
  body: envelope(400, result.message, result.specificCode, result.additionalMessages),
});

export function createOperationAnswerer(deps: OperationDeps): AnswerOperation {
  // A batch run with one key is invisible to another, as on a real account.
  const find = (asyncId: string, owner: string | undefined): Batch | undefined => {
    const batch = deps.store.get(asyncId);
    return batch && (batch.owner === undefined || owner === undefined || batch.owner === owner) ? batch : undefined;
  };

  // A run that would take the emulator past its storage budget is turned away as a rate
  // limit: nothing is stored, and Retry-After says when the oldest batch expires and frees
  // its bytes (openapi.yaml, x-decision on storage; docs/emulator.md, Limits). The budget is
  // the process's, not a key's: iVvy documents no limit on what an account keeps.
  const storageFull = (adding: number): OperationAnswer | undefined => {
    if (deps.store.totalStoredBytes + adding <= deps.maxStoredBytes) return undefined;
    // Expiry is lazy: the batches that expired since the last purge still count until now.
    deps.store.purge();
    const held = deps.store.totalStoredBytes;
    if (held + adding <= deps.maxStoredBytes) return undefined;
    const frees = deps.store.nextExpiry();
    const seconds = frees === undefined ? 1 : Math.max(1, Math.ceil((frees - deps.now()) / 1000));
    return {
      status: 429,
      body: refusals.tooManyRequests(
        `The emulator's batches hold ${held} bytes and this run adds ${adding}; it keeps at most ${deps.maxStoredBytes} (maxStoredBytes, a share of its heap). ` +
          (frees === undefined ? "This run alone is over the limit." : `The oldest batch expires in ${seconds} s.`),
      ),
      headers: { "Retry-After": String(seconds) },
    };
  };

  return function answerOperation(operation, received, owner, bodyBytes = 0) {
    // openapi.yaml, "Decisions": `[]` is no parameters (ivvy-sdk-php's ping sends it).
    const body = readNoParameters(received);
    if (operation === "ping") {
      if (!isPlainObject(body)) return { status: 400, body: refusals.invalidBody("ping takes a JSON object (send {})") };
      return { status: 200, body: { ack: formatIvvyTimestamp(deps.now()) } };
    }
    if (operation === "run") {
      const checked = validateRunRequest(body);
      if (!checked.ok) return invalidBody(checked);
      const full = storageFull(storedJobsBytes(bodyBytes, checked.value.jobs.length));
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
