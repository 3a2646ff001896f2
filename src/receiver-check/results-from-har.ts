// The results a `trigger callback --from <recording.har>` delivers, out of a recording this
// package's recorder wrote (docs/recording.md): a callback it received (a POST whose body is
// `{ asyncId, results }`) or a `batch?action=results` answer (200, `{ asyncId, results }`).
// A recording holds several when a session ran several batches: one is picked by asyncId,
// or, when the recording names more than one, none is guessed.
import { isPlainObject } from "../contract/is-plain-object.js";
import type { BatchResult } from "../contract/types.js";
import type { Har } from "../recording/har.js";

/** One set of results found in a recording. */
export interface RecordedResults {
  asyncId: string;
  results: BatchResult[];
  /** A callback received, or a `results` answer. */
  source: "callback" | "results";
  /** Its index in `log.entries`. */
  entry: number;
}

const parse = (text: string | undefined): unknown => {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

const asResults = (value: unknown): { asyncId: string; results: BatchResult[] } | undefined =>
  isPlainObject(value) && typeof value.asyncId === "string" && Array.isArray(value.results)
    ? { asyncId: value.asyncId, results: value.results as BatchResult[] }
    : undefined;

const isResultsCall = (url: string): boolean => {
  try {
    const parsed = new URL(url);
    return /\/api\/1\.0\/batch$/.test(parsed.pathname) && parsed.searchParams.get("action") === "results";
  } catch {
    return false;
  }
};

/** Every callback and `results` answer in the recording, in recorded order. */
export function resultsInHar(har: Har): RecordedResults[] {
  const found: RecordedResults[] = [];
  har.log.entries.forEach((entry, index) => {
    if (isResultsCall(entry.request.url)) {
      const answer = entry.response.status === 200 ? asResults(parse(entry.response.content.text)) : undefined;
      if (answer) found.push({ ...answer, source: "results", entry: index });
      return;
    }
    // Any other POST with a callback's body: received by a recorded receiver (`_ivvyDirection: "receiver"`) or sent by a recorded client.
    if (entry.request.method !== "POST" || /\/api\/1\.0\//.test(entry.request.url)) return;
    const callback = asResults(parse(entry.request.postData?.text));
    if (callback) found.push({ ...callback, source: "callback", entry: index });
  });
  return found;
}

/**
 * The results of one batch in the recording: the one named by `asyncId`, or the only batch
 * it holds. Of several recordings of one batch (a repost, a restart, a poll of `results`
 * and its callback), the last one recorded. Throws a TypeError that lists what the file holds.
 */
export function resultsFromHar(har: Har, asyncId?: string): { results: BatchResult[]; asyncId: string; source: RecordedResults["source"]; entry: number } {
  const found = resultsInHar(har);
  if (found.length === 0)
    throw new TypeError(
      "the recording holds no callback received and no 200 answer of batch?action=results: record a session with `--record`, or wrap the receiver with recorder.handler",
    );
  const batches = [...new Set(found.map((f) => f.asyncId))];
  const list = () =>
    batches
      .map((id) => {
        const mine = found.filter((f) => f.asyncId === id);
        const last = mine[mine.length - 1] as RecordedResults;
        return `${id} (${last.results.length} result${last.results.length === 1 ? "" : "s"}, ${mine.map((f) => `${f.source} in entry ${f.entry}`).join(", ")})`;
      })
      .join("; ");
  const chosen = asyncId ?? (batches.length === 1 ? batches[0] : undefined);
  if (chosen === undefined) throw new TypeError(`the recording holds the results of ${batches.length} batches: pick one with --asyncId: ${list()}`);
  const mine = found.filter((f) => f.asyncId === chosen);
  if (mine.length === 0) throw new TypeError(`the recording holds no results of batch ${chosen}; it holds: ${list()}`);
  const last = mine[mine.length - 1] as RecordedResults;
  return { results: last.results, asyncId: last.asyncId, source: last.source, entry: last.entry };
}
