// Answers jobs with what a real account answered: the job responses of HAR recordings
// (`ivvy-batch/recording`), read from batch results, callbacks received, and direct calls
// of catalogued actions. The match rule (docs/recording.md#replay): the same
// 'namespace.action' and the same params, compared as canonical JSON (key order ignored)
// after masking the incoming params with the fields the recording masked. Several recorded
// answers to one job are given in recorded order, the last one repeated. A job with no
// recorded answer falls back to the next source: fixtures, then the built-ins and the
// catalog's made-up answers.
import { readFileSync } from "node:fs";
import { answerShapeProblem } from "../../catalog/answers-array.js";
import { isPlainObject } from "../../contract/is-plain-object.js";
import { type Har, parseHar } from "../../recording/har.js";
import { maskFields } from "../../recording/mask.js";
import { canonicalJson } from "../../util/canonical-json.js";
import { custom } from "../../util/options.js";
import { EmulatorJobError } from "./emulator-job-error.js";
import type { JobHandler, JobHandlers } from "./job-handler.js";

/** Recorded answers by 'namespace.action', then by the canonical JSON of the (masked) params. */
export interface Replay {
  readonly answers: ReadonlyMap<string, ReadonlyMap<string, readonly unknown[]>>;
  readonly maskedFields: ReadonlySet<string>;
}

const json = (text: string | undefined): unknown => {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** Reads recordings (HAR documents or .har paths) into the answers replay gives. */
export function loadReplay(recordings: readonly (Har | string)[], problem: (message: string) => Error): Replay {
  const answers = new Map<string, Map<string, unknown[]>>();
  const masked = new Set<string>();
  const add = (name: string, params: unknown, response: unknown) => {
    // A JSON object, or an array of objects for an action that answers one (src/catalog/answers-array.ts).
    const [namespace = "", action = ""] = name.split(".");
    if (answerShapeProblem(namespace, action, response)) return;
    const byParams = answers.get(name) ?? new Map<string, unknown[]>();
    answers.set(name, byParams);
    const key = canonicalJson(params ?? {});
    byParams.set(key, [...(byParams.get(key) ?? []), response]);
  };
  const addResults = (body: unknown) => {
    if (!isPlainObject(body) || !Array.isArray(body.results)) return;
    for (const r of body.results)
      if (isPlainObject(r) && typeof r.namespace === "string" && typeof r.action === "string") add(`${r.namespace}.${r.action}`, r.request, r.response);
  };
  for (const source of recordings) {
    let har: Har;
    try {
      har = typeof source === "string" ? parseHar(readFileSync(source, "utf8"), `recording '${source}'`) : source;
    } catch (error) {
      throw problem(`cannot read ${typeof source === "string" ? `recording '${source}'` : "a recording"}: ${(error as Error).message}`);
    }
    for (const f of har.log._ivvyMaskedFields ?? []) masked.add(f.toLowerCase());
    for (const entry of har.log.entries) {
      if (entry._ivvyDirection === "receiver") {
        addResults(json(entry.request.postData?.text));
        continue;
      }
      let url: URL;
      try {
        url = new URL(entry.request.url);
      } catch {
        continue;
      }
      const namespace = /\/api\/1\.0\/([^/?]+)$/.exec(url.pathname)?.[1];
      const action = url.searchParams.get("action");
      if (!namespace || !action) continue;
      if (namespace === "batch") {
        if (action === "results" && entry.response.status === 200) addResults(json(entry.response.content.text));
        continue;
      }
      if (namespace === "test") continue;
      // A direct call: its body is the params, its answer the job's response (an error envelope on failure).
      add(`${namespace}.${action}`, json(entry.request.postData?.text) ?? {}, json(entry.response.content.text));
    }
  }
  return { answers, maskedFields: masked };
}

/** The options rule for `recordings`: HAR documents or .har paths, read once, now. */
export const recordingsOption = () =>
  custom<Replay | undefined>((value, fail) => {
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) return fail("must be an array of HAR documents or .har file paths");
    for (const [i, r] of value.entries()) {
      if (typeof r !== "string" && !(isPlainObject(r) && isPlainObject(r.log))) fail(`[${i}] must be a HAR document or a .har file path`);
    }
    return loadReplay(value as (Har | string)[], (message) => new TypeError(`createEmulator: option 'recordings' ${message}`));
  });

/** Handlers that answer from the replay, and fall back to `next` (the handler the action would have had without it). */
export function replayHandlers(replay: Replay, next: Readonly<Record<string, JobHandler>>): JobHandlers {
  const handlers: JobHandlers = {};
  for (const [name, byParams] of replay.answers) {
    const served = new Map<string, number>();
    const fallback = next[name];
    handlers[name] = (params, context) => {
      const key = canonicalJson(maskFields(params, replay.maskedFields));
      const recorded = byParams.get(key);
      if (!recorded || recorded.length === 0) {
        if (fallback) return fallback(params, context);
        throw new EmulatorJobError({
          errorCode: 404,
          message: "Unknown action",
          additionalMessages: [`No recorded answer for '${name}' with these params, and no other handler`],
        });
      }
      const count = served.get(key) ?? 0;
      served.set(key, count + 1);
      // An error envelope is returned as is: the job fails with it (job-handler.ts).
      return structuredClone(recorded[Math.min(count, recorded.length - 1)]);
    };
  }
  return handlers;
}
