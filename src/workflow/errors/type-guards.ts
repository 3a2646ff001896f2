import { IvvyDeadlineError } from "./ivvy-deadline-error.js";
import { IvvyResultMismatchError } from "./ivvy-result-mismatch-error.js";
import { IvvySubmissionError } from "./ivvy-submission-error.js";

// As in type-guards.ts, the literal `name` is checked too, so the guards hold across
// copies of this package (a handle's error caught by code that imports another copy).
const named = (error: unknown, name: string): boolean => typeof error === "object" && error !== null && (error as { name?: unknown }).name === name;

export const isIvvyDeadlineError = (error: unknown): error is IvvyDeadlineError => error instanceof IvvyDeadlineError || named(error, "IvvyDeadlineError");
export const isIvvySubmissionError = (error: unknown): error is IvvySubmissionError =>
  error instanceof IvvySubmissionError || named(error, "IvvySubmissionError");
export const isIvvyResultMismatchError = (error: unknown): error is IvvyResultMismatchError =>
  error instanceof IvvyResultMismatchError || named(error, "IvvyResultMismatchError");
