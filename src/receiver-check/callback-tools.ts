// The emulator dashboard's "send a callback" form runs this (docs/dashboard.md, Callbacks):
// the same code as `ivvy-batch trigger callback` (made-up results run by an in-process
// emulator, or a batch's own results, delivered as iVvy's callback) and `ivvy-batch
// check-receiver`, given to the dashboard as a hook, since the dashboard sees the emulator
// through its port alone. `ivvy-batch emulate` wires it in.
import type { BatchResult } from "../contract/types.js";
import type { DashboardCallbackTools } from "../emulator/dashboard/index.js";
import { type Clock, clockOption } from "../util/clock.js";
import { checkOptions } from "../util/options.js";
import { checkReceiver } from "./check-receiver.js";
import { resultsFromJobs } from "./results-from-jobs.js";
import { inviteJob } from "./sample-results.js";
import { triggerCallback, triggerReport } from "./trigger-callback.js";

export interface CallbackToolsOptions {
  /** The clock every bound and pause runs on (default: the system clock); give the emulator's when it has a manual one. */
  clock?: Clock;
}

/** The hook for `createEmulator({ dashboard: { callbackTools: callbackTools() } })`. */
export function callbackTools(options?: CallbackToolsOptions): DashboardCallbackTools {
  const { clock } = checkOptions("callbackTools", options, { clock: clockOption() });
  return {
    async trigger(input) {
      // Made-up results are the CLI's default job (event.inviteContacts), `count` times, `failures` of them documented job errors.
      const results: readonly BatchResult[] = Array.isArray(input.results)
        ? input.results
        : await resultsFromJobs({
            jobs: Array.from({ length: (input.results as { count: number }).count }, (_, i) => inviteJob(i, 2)),
            failures: (input.results as { failures: number }).failures,
          });
      const sent = await triggerCallback({
        to: input.to,
        results,
        ...(input.asyncId !== undefined ? { asyncId: input.asyncId } : {}),
        repeat: input.repeat,
        maxMs: input.maxMs,
        clock,
        signal: input.signal,
      });
      return { ...triggerReport(sent, results.length), maxMs: input.maxMs };
    },
    async check(input) {
      return checkReceiver({ url: input.url, maxMs: input.maxMs, clock, signal: input.signal });
    },
  };
}
