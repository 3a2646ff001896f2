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
export { MAX_CLOCK_SKEW_MS, verifyRequest, type RequestHeaders, type VerifyInput, type VerifyResult } from "./signing/verify-request.js";
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

// Whole-batch workflows: past 200 jobs, waiting, ordered results, retrying failures.
export * from "./workflow/index.js";

// The callback receiver.
export {
  createCallbackReceiver,
  toNodeListener,
  createMemoryTokenStore,
  createMemoryDedupeStore,
  buildCallbackRequest,
  IvvyReceiverError,
  isIvvyReceiverError,
  TOKEN_PARAM,
  DEFAULT_MAX_RETAINED_CALLBACKS,
  DEFAULT_MAX_BODY_BYTES as RECEIVER_DEFAULT_MAX_BODY_BYTES,
  type CallbackReceiver,
  type CallbackReceiverOptions,
  type CallbackInfo,
  type ReceiverErrorContext,
  type NodeListener,
  type NodeListenerOptions,
  type HandlesCallbacks,
  type IncomingCallback,
  type ReceiverAnswer,
  type TokenStore,
  type TokenRecord,
  type DedupeStore,
  type MemoryStoreOptions,
  type BuildCallbackRequestInput,
  type ReceiverErrorCode,
} from "./receiver/index.js";

// The stateful emulator.
export {
  createEmulator,
  createManualClock,
  DEMO_CREDENTIALS,
  EmulatorJobError,
  isEmulatorJobError,
  INVITE_LINK_BASE,
  DEFAULT_CALLBACKS as EMULATOR_DEFAULT_CALLBACKS,
  DEFAULT_MAX_BODY_BYTES as EMULATOR_DEFAULT_MAX_BODY_BYTES,
  DEFAULT_RETENTION_MS as EMULATOR_DEFAULT_RETENTION_MS,
  type Emulator,
  type EmulatorOptions,
  type CallbackOptions as EmulatorCallbackOptions,
  type RequestLogEntry,
  type EmulatorCredentials,
  type EmulatorClock,
  type ManualClock,
  type JobContext,
  type JobHandler,
  type JobHandlers,
  type Fixture,
  type Fixtures,
  type FaultOptions,
  type BatchStatus,
  type BatchView,
  type CallbackDelivery,
  type DeliveryReason,
  type ListenOptions,
} from "./emulator/index.js";

// The Prism mock (needs the optional peer @stoplight/prism-cli).
export { startMock, type MockOptions, type MockServer, type MockRequestLogEntry } from "./mock/start-mock.js";
export { rewriteActionQuery } from "./mock/rewrite-action-query.js";
export { PRISM_CLI_VERSION } from "./mock/resolve-prism-cli.js";

// JSON-schema validators compiled from openapi.yaml.
export { checkComponent, checkResponse, componentValidator, documentedStatuses, schemaValidator, type SchemaCheck } from "./spec/validators.js";
