import { IvvyApiError } from "./ivvy-api-error.js";
import { IvvyError } from "./ivvy-error.js";
import { IvvyNetworkError } from "./ivvy-network-error.js";
import { IvvyResponseError } from "./ivvy-response-error.js";
import { IvvyTimeoutError } from "./ivvy-timeout-error.js";
import { IvvyValidationError } from "./ivvy-validation-error.js";

// Guards check the literal `name` too, so they hold across copies of this package.
const named = (error: unknown, ...names: string[]): boolean =>
  typeof error === "object" && error !== null && names.includes((error as { name?: unknown }).name as string);

export const isIvvyError = (error: unknown): error is IvvyError =>
  error instanceof IvvyError ||
  named(
    error,
    "IvvyApiError",
    "IvvyNetworkError",
    "IvvyTimeoutError",
    "IvvyValidationError",
    "IvvyResponseError",
    "IvvyDeadlineError",
    "IvvySubmissionError",
    "IvvyResultMismatchError",
    "IvvyReceiverError",
  );
export const isIvvyApiError = (error: unknown): error is IvvyApiError => error instanceof IvvyApiError || named(error, "IvvyApiError");
export const isIvvyNetworkError = (error: unknown): error is IvvyNetworkError =>
  error instanceof IvvyNetworkError || named(error, "IvvyNetworkError", "IvvyTimeoutError");
export const isIvvyTimeoutError = (error: unknown): error is IvvyTimeoutError => error instanceof IvvyTimeoutError || named(error, "IvvyTimeoutError");
export const isIvvyValidationError = (error: unknown): error is IvvyValidationError =>
  error instanceof IvvyValidationError || named(error, "IvvyValidationError");
export const isIvvyResponseError = (error: unknown): error is IvvyResponseError => error instanceof IvvyResponseError || named(error, "IvvyResponseError");
