export { createBatchClient } from "./client/create-batch-client.js";
export type { BatchClient, CallOptions, PingResult, RunOptions } from "./client/create-batch-client.js";
export type { BatchClientOptions } from "./client/client-options.js";
export { regionBaseUrls, type Region } from "./client/regions.js";
export type { RetryOptions } from "./client/retry-policy.js";
export type { SignedPaths } from "./client/signed-paths.js";
export { createSigningMiddleware, type SigningOptions } from "./client/signing-middleware.js";

export {
  API_VERSION,
  canonicalIvvyHeaders,
  hmacSha1Hex,
  md5Hex,
  signRequest,
  stringToSign,
  type SignInput,
  type SignedHeaders,
  type StringToSignParts,
} from "./signing/sign-request.js";
export { MAX_CLOCK_SKEW_MS, verifyRequest, type VerifyInput, type VerifyResult } from "./signing/verify-request.js";
export { formatIvvyTimestamp, parseIvvyTimestamp } from "./signing/timestamp.js";

export { IvvyError } from "./errors/ivvy-error.js";
export { IvvyApiError } from "./errors/ivvy-api-error.js";
export { IvvyNetworkError } from "./errors/ivvy-network-error.js";
export { IvvyTimeoutError } from "./errors/ivvy-timeout-error.js";
export { IvvyValidationError } from "./errors/ivvy-validation-error.js";
export { SpecificCode, type SpecificCodeName } from "./errors/specific-codes.js";
export { isIvvyApiError, isIvvyError, isIvvyNetworkError, isIvvyTimeoutError, isIvvyValidationError } from "./errors/type-guards.js";

export { MAX_JOBS_PER_BATCH, validateRunRequest } from "./validation/validate-run-request.js";
export { ASYNC_ID_PATTERN, validateAsyncRef } from "./validation/validate-async-ref.js";
export type { ValidationResult } from "./validation/validation-result.js";

export { operationPaths } from "./spec/types.js";
export type * from "./spec/types.js";
