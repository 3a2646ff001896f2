// `ivvy-batch/client`: the signed client of the batch API, its errors and the contract's types.
export { createBatchClient } from "./create-batch-client.js";
export type { BatchClient, CallOptions, PingResult, RunOptions } from "./create-batch-client.js";
export { DEFAULT_MAX_RESPONSE_BYTES, type BatchClientOptions, type JobsCheck } from "./client-options.js";
export { regionBaseUrls, type Region } from "./regions.js";
export type { RetryOptions } from "./retry-policy.js";
export type { SignedPaths } from "./signed-paths.js";
export { createSigningMiddleware, type SigningOptions } from "./signing-middleware.js";

export * from "../errors/index.js";

export { MAX_JOBS_PER_BATCH, validateRunRequest } from "../contract/validate-run-request.js";
export { ASYNC_ID_PATTERN, validateAsyncRef } from "../contract/validate-async-ref.js";
export type { ValidationResult } from "../contract/validation-result.js";

export { operationPaths } from "../contract/types.js";
export type * from "../contract/types.js";
