import { responseComponents, successSchemas } from "../../generated/response-validators.js";
import { type ResponseSchema, type ResponseValidator, responseValidator } from "../contract/check-response-schema.js";
import { describeErrors } from "../contract/describe-errors.js";
import type { OperationId } from "../contract/types.js";
import { IvvyResponseError } from "../errors/ivvy-response-error.js";

const components = responseComponents as Readonly<Record<string, ResponseSchema>>;
const validators = new Map<OperationId, ResponseValidator>();

/**
 * Parses a 2xx body and checks it against the operation's 200 schema in openapi.yaml,
 * with the schemas generated/ holds as data and the small checker of
 * src/contract/check-response-schema.ts (ajv's verdicts and messages, no ajv at run time).
 * A body the contract does not allow is an IvvyResponseError, never a success: `200 {}`
 * for run has no asyncId, and progress `"100"` is not a number.
 */
export function checkSuccess<T>(operation: OperationId, text: string | undefined, url: string, status: number, schemaChecked = true): T {
  let body: unknown;
  try {
    body = JSON.parse(text ?? "");
  } catch (error) {
    throw new IvvyResponseError({ action: operation, url, status, problem: "not-json", cause: error });
  }
  if (!schemaChecked) return body as T;
  let validate = validators.get(operation);
  if (!validate) {
    validate = responseValidator(successSchemas[operation], components);
    validators.set(operation, validate);
  }
  if (!validate(body)) {
    throw new IvvyResponseError({ action: operation, url, status, problem: "schema", violations: describeErrors(validate.errors) });
  }
  return body as T;
}
