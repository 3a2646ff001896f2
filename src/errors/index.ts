// The error classes and guards every entry point shares.

export { SpecificCode, type SpecificCodeName } from "../contract/specific-codes.js";
export { IvvyApiError } from "./ivvy-api-error.js";
export { IvvyError } from "./ivvy-error.js";
export { IvvyNetworkError } from "./ivvy-network-error.js";
export { IvvyResponseError, type ResponseProblem } from "./ivvy-response-error.js";
export { IvvyTimeoutError } from "./ivvy-timeout-error.js";
export { IvvyValidationError } from "./ivvy-validation-error.js";
export { isIvvyApiError, isIvvyError, isIvvyNetworkError, isIvvyResponseError, isIvvyTimeoutError, isIvvyValidationError } from "./type-guards.js";
