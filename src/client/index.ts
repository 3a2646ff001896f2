// `ivvy-batch/client`: the signed client of the batch API, its errors and the contract's types.

export type * from "../contract/types.js";
export { operationPaths } from "../contract/types.js";
export { ASYNC_ID_PATTERN, validateAsyncRef } from "../contract/validate-async-ref.js";
export { MAX_JOBS_PER_BATCH, validateRunRequest } from "../contract/validate-run-request.js";
export type { ValidationResult } from "../contract/validation-result.js";
export * from "../errors/index.js";
// The one clock every wait of the client and the workflows goes through (option `clock`).
export { type Clock, type ClockTimer, createManualClock, type ManualClock, systemClock } from "../util/clock.js";
export type { CallOptions, DirectCallOptions, PaginateOptions, RunOptions } from "./call-options.js";
export { type BatchClientOptions, type ClientWarning, DEFAULT_MAX_RESPONSE_BYTES, type JobsCheck, type ResponseCheck } from "./client-options.js";
export type { BatchClient, PingResult } from "./create-batch-client.js";
export { createBatchClient } from "./create-batch-client.js";
export { directCallPath, isSafeAction } from "./direct-call.js";
export { DEFAULT_PER_PAGE } from "./paginate.js";
export { type Region, regionBaseUrls } from "./regions.js";
export type { RetryOptions } from "./retry-policy.js";
export { createSigningMiddleware, type SigningOptions } from "./signing-middleware.js";
