// Shared set-up for the workflow's tests against the emulator: a job handler that fails
// the jobs asked to fail, a client wired to the emulator in-process, and request counts.
// The client reads the emulator's clock (a test that moves one moves both) and retries
// without backoff, so no test waits on real time for a retry.
import { type BatchClient, createBatchClient } from "../../src/client/create-batch-client.js";
import type { Job, OperationId } from "../../src/contract/types.js";
import { createEmulator, type Emulator } from "../../src/emulator/create-emulator.js";
import type { EmulatorOptions } from "../../src/emulator/index.js";
import { EmulatorJobError } from "../../src/emulator/jobs/emulator-job-error.js";
import { DEMO_CREDENTIALS } from "../../src/emulator/options/demo-credentials.js";
import type { IvvySubmissionError } from "../../src/workflow/errors/ivvy-submission-error.js";
import { isIvvySubmissionError } from "../../src/workflow/errors/type-guards.js";

/** Job n; every `failEvery`-th job (n % failEvery === failEvery - 1) asks to fail. */
export function demoJobs(count: number, failEvery = 0, tag = "t"): Job[] {
  return Array.from({ length: count }, (_, n) => ({
    namespace: "demo",
    action: "echo",
    params: { n, tag, ...(failEvery > 0 && n % failEvery === failEvery - 1 ? { fail: true } : {}) },
  }));
}

/** Fails a job whose params say `fail: true` (or `flaky: true`, the first time it runs). */
export function demoHandlers() {
  const seenFlaky = new Set<string>();
  return {
    "demo.echo": (params: Readonly<Record<string, unknown>>) => {
      const key = JSON.stringify(params);
      const flakyFirstRun = params.flaky === true && !seenFlaky.has(key);
      if (params.flaky === true) seenFlaky.add(key);
      if (params.fail === true || flakyFirstRun) {
        throw new EmulatorJobError({ message: `job ${String(params.n)} failed on purpose`, errorCode: 400, specificCode: 23016 });
      }
      return { echoed: params.n };
    },
  };
}

export interface Harness {
  emulator: Emulator;
  /** Requests answered 2xx, by operation. */
  ok: Record<OperationId, number>;
  /** Every request answered, by operation (errors and injected faults included). */
  all: Record<OperationId, number>;
  client(overrides?: { fetch?: (request: Request) => Promise<Response>; baseUrl?: string }): BatchClient;
}

const zero = (): Record<OperationId, number> => ({ run: 0, progress: 0, results: 0, restart: 0, repost: 0, ping: 0 });

export function startEmulator(options: EmulatorOptions = {}): Harness {
  const ok = zero();
  const all = zero();
  const emulator = createEmulator({
    handlers: demoHandlers(),
    ...options,
    onRequest(entry) {
      // The six operations only: a direct call's operation is its action ("event.getEventList").
      const operation = entry.operation;
      if (operation === undefined || !Object.hasOwn(all, operation)) return;
      all[operation as OperationId]++;
      if (entry.status < 300) ok[operation as OperationId]++;
    },
  });
  return {
    emulator,
    ok,
    all,
    client: (overrides = {}) =>
      createBatchClient({
        ...DEMO_CREDENTIALS,
        baseUrl: overrides.baseUrl ?? "http://emulator.local",
        fetch: overrides.fetch ?? emulator.fetch,
        clock: emulator.clock,
        retry: { retries: 8, baseDelayMs: 0, maxDelayMs: 0 },
      }),
  };
}

/** Whether a request is a batch run (the other actions are reads and retries). */
export const isRun = (request: Request) => new URL(request.url).searchParams.get("action") === "run";

/** The IvvySubmissionError a submission rejects with; anything else fails the test. */
export async function submissionError(promise: Promise<unknown>): Promise<IvvySubmissionError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!isIvvySubmissionError(error)) throw new Error(`expected an IvvySubmissionError, got ${String(error)}`);
  return error;
}
