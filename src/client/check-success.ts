import { successValidators } from "../../generated/response-validators.js";
import { describeErrors } from "../contract/describe-errors.js";
import type { OperationId } from "../contract/types.js";
import { IvvyResponseError } from "../errors/ivvy-response-error.js";

/**
 * Parses a 2xx body and checks it against the operation's 200 schema in openapi.yaml,
 * with the ajv standalone code in generated/ (no ajv at run time, nothing compiled when
 * the client loads). A body the contract does not allow is an IvvyResponseError, never a
 * success: `200 {}` for run has no asyncId, and progress `"100"` is not a number.
 */
export function checkSuccess<T>(operation: OperationId, text: string | undefined, url: string, status: number, schemaChecked = true): T {
  let body: unknown;
  try {
    body = JSON.parse(text ?? "");
  } catch (error) {
    throw new IvvyResponseError({ action: operation, url, status, problem: "not-json", cause: error });
  }
  const validate = successValidators[operation];
  if (schemaChecked && !validate(body)) {
    throw new IvvyResponseError({ action: operation, url, status, problem: "schema", violations: describeErrors(validate.errors) });
  }
  return body as T;
}
