// `ivvy-batch/signing`: the IWS signature, to sign requests and to verify them. Needs only node:crypto.
export {
  API_VERSION,
  canonicalIvvyHeaders,
  hmacSha1Hex,
  md5Hex,
  type SignedHeaders,
  type SignInput,
  type StringToSignParts,
  signRequest,
  stringToSign,
} from "./sign-request.js";
export { formatIvvyTimestamp, parseIvvyTimestamp } from "./timestamp.js";
export {
  MAX_CLOCK_SKEW_MS,
  type RequestHeaders,
  type SignedHeadersResult,
  UNKNOWN_KEY_OR_SIGNATURE,
  type VerifyFailure,
  type VerifyInput,
  type VerifyResult,
  verifyContentMd5,
  verifyRequest,
  verifySignedHeaders,
} from "./verify-request.js";
