// The results a `trigger callback --from <file>` delivers, from what this package writes:
// iVvy's `results` answer or a callback (`{ asyncId, results }`), a bare array of results,
// the outcomes `ivvy-batch run --out` writes (each with its job), one batch of them, or a
// HAR recording (results-from-har.ts).

import { isPlainObject } from "../contract/is-plain-object.js";
import type { BatchResult } from "../contract/types.js";
import type { Har } from "../recording/har.js";
import { resultsFromHar } from "./results-from-har.js";

export interface ResultsFromFile {
  results: BatchResult[];
  /** The asyncId the file names, when it names one. */
  asyncId: string | undefined;
  /** Where in the file they were found, when it holds several kinds (a recording: "the callback in entry 3"). */
  origin?: string;
}

interface Outcome {
  asyncId: string;
  status: "success" | "failure";
  job?: { namespace: string; action: string; params?: unknown };
  response?: unknown;
  error?: unknown;
}

const isOutcome = (value: unknown): value is Outcome => isPlainObject(value) && (value.status === "success" || value.status === "failure") && "index" in value;

/** Reads parsed JSON as one batch's results; throws a TypeError saying what the file must be. */
export function resultsFromJson(value: unknown, asyncId?: string): ResultsFromFile {
  if (isPlainObject(value) && isPlainObject(value.log) && Array.isArray(value.log.entries)) {
    const found = resultsFromHar(value as unknown as Har, asyncId);
    const origin = `${found.source === "callback" ? "the callback received" : "the results answer"} in entry ${found.entry}`;
    return { results: found.results, asyncId: found.asyncId, origin };
  }
  if (isPlainObject(value) && Array.isArray(value.results)) {
    return { results: value.results as BatchResult[], asyncId: typeof value.asyncId === "string" ? value.asyncId : undefined };
  }
  if (Array.isArray(value) && value.length > 0 && value.every(isOutcome)) {
    const batch = asyncId ?? (value[0] as Outcome).asyncId;
    const mine = value.filter((o) => o.asyncId === batch);
    if (mine.length === 0) throw new TypeError(`no outcome in the file is of batch ${batch}`);
    const results = mine.map((o, i) => {
      if (!o.job) throw new TypeError(`outcome ${i} of batch ${batch} has no job, so its namespace, action and params are unknown (run --out writes them)`);
      return {
        namespace: o.job.namespace,
        action: o.job.action,
        request: o.job.params ?? {},
        response: o.status === "success" ? o.response : o.error,
      } as BatchResult;
    });
    return { results, asyncId: batch };
  }
  if (Array.isArray(value)) return { results: value as BatchResult[], asyncId: undefined };
  throw new TypeError(
    "expected { asyncId, results } (a results answer or a callback), an array of results, the outcomes of `ivvy-batch run --out`, or a HAR recording",
  );
}
