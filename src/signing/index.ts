// `ivvy-batch/signing`: the IWS signature, to sign requests and to verify them. Needs only node:crypto.
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
} from "./sign-request.js";
export {
  MAX_CLOCK_SKEW_MS,
  UNKNOWN_KEY_OR_SIGNATURE,
  verifyContentMd5,
  verifyRequest,
  verifySignedHeaders,
  type RequestHeaders,
  type SignedHeadersResult,
  type VerifyFailure,
  type VerifyInput,
  type VerifyResult,
} from "./verify-request.js";
export { formatIvvyTimestamp, parseIvvyTimestamp } from "./timestamp.js";
