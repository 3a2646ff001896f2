// `ivvy-batch/recording`: record iVvy traffic as HAR 1.2, secrets masked (docs/recording.md).
// Light: no ajv, no emulator; the check of a recording lives in `ivvy-batch/recording-check`.

export { createHarRecorder, type HarRecorder, type HarRecorderOptions } from "./create-har-recorder.js";
export type { Har, HarEntry, HarHeader, HarPostData, HarRequest, HarResponse, HarTimings } from "./har.js";
export { emptyHar, parseHar } from "./har.js";
export { maskAuthorization, maskFields, placeholder } from "./mask.js";
