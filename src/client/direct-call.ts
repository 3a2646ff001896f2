// What a direct call (`client.call`) adds to the batch client's exchange: its URL, which
// actions are safe to retry, the local check of its namespace, action and params, and
// what it makes of a 2xx answer.
import { answerShapeProblem, answersArray } from "../catalog/answers-array.js";
import { isPlainObject } from "../contract/is-plain-object.js";
import { SpecificCode } from "../contract/specific-codes.js";
import type { Job } from "../contract/types.js";
import { IvvyResponseError } from "../errors/ivvy-response-error.js";
import { IvvyValidationError } from "../errors/ivvy-validation-error.js";
import type { ResolvedClientOptions } from "./client-options.js";

// iVvy's namespaces and actions are camelCase words (every page of the API docs).
const NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/** iVvy's RPC URL of an action: `/api/1.0/{namespace}?action={action}` (getting-started: making a request). */
export const directCallPath = (namespace: string, action: string): string => `/api/1.0/${namespace}?action=${action}`;

/** Reads change nothing on the server and may be retried: iVvy names them `get…`. */
export const isSafeAction = (action: string): boolean => /^get[A-Z]/.test(action);

/** The call as a job, for the client's checkJobs; refuses what iVvy could not route. */
export function validateDirectCall(label: string, job: Job): Job {
  if (typeof job.namespace !== "string" || !NAME.test(job.namespace) || typeof job.action !== "string" || !NAME.test(job.action)) {
    throw new IvvyValidationError({
      action: label,
      specificCode: SpecificCode.Unspecified,
      message: "namespace and action must be iVvy names (letters and digits, e.g. 'event' and 'getEventList')",
    });
  }
  if (!isPlainObject(job.params)) {
    throw new IvvyValidationError({
      action: label,
      specificCode: SpecificCode.InvalidParameter,
      message: "params must be a JSON object of the action's parameters",
    });
  }
  return job;
}

interface DirectAnswer {
  label: string;
  namespace: string;
  action: string;
  text: string | undefined;
  url: string;
  status: number;
}

/**
 * A 2xx answer: JSON, an object (an array of objects for the four actions whose pages answer
 * one, contact.addContactsToSubscriptionGroup among them: src/catalog/answers-array.ts), and,
 * when the client has checkResponses, fitting the action's schema; a misfit is a warning
 * unless strictResponses (the catalog's schemas are mostly inferred from one example).
 */
export async function acceptDirectAnswer(answer: DirectAnswer, config: ResolvedClientOptions): Promise<unknown> {
  const { label, url, status } = answer;
  let body: unknown;
  try {
    body = JSON.parse(answer.text ?? "");
  } catch (error) {
    throw new IvvyResponseError({ action: label, url, status, problem: "not-json", cause: error });
  }
  const shape = answerShapeProblem(answer.namespace, answer.action, body);
  if (shape) {
    const expected = answersArray(answer.namespace, answer.action) ? "an array of objects or an object" : "an object";
    throw new IvvyResponseError({ action: label, url, status, problem: "schema", violations: [`/: Value must be ${expected}`] });
  }
  const violations = config.checkResponses && (await config.checkResponses(answer.namespace, answer.action, body));
  if (violations?.length) {
    if (config.strictResponses) throw new IvvyResponseError({ action: label, url, status, problem: "schema", violations });
    try {
      config.onWarning?.({
        kind: "response-schema",
        action: label,
        url,
        violations,
        message: `iVvy ${label} answered with a body its catalogued schema does not allow (${violations.join("; ")}); accepted (strictResponses: false)`,
      });
    } catch {
      // A broken warning hook must not turn an accepted answer into a failed call.
    }
  }
  return body;
}
