/** What a job handler is told about the job it runs. */
export interface JobContext {
  /** The job's batch; for a direct call, a key of its own (`direct-1`, `direct-2`, …), as if a batch of one. */
  asyncId: string;
  /** The job's position in its batch (0-based). */
  index: number;
  namespace: string;
  action: string;
  /** The emulator clock's time when the job started, in epoch ms. */
  now: number;
  /** Aborted when the emulator closes. */
  signal: AbortSignal;
}

/**
 * Runs one job: resolves with the call's response body (a JSON object). To fail the job,
 * throw an `EmulatorJobError` or return an iVvy error envelope; any other throw becomes a
 * 500 envelope. Either way the batch goes on.
 */
export type JobHandler = (params: Readonly<Record<string, unknown>>, context: JobContext) => unknown | Promise<unknown>;

/** Handlers by `namespace.action`, e.g. `{ "event.inviteContacts": handler }`. */
export type JobHandlers = Record<string, JobHandler>;

export const HANDLER_KEY_PATTERN = /^[^.\s]+\.[^.\s]+$/;
