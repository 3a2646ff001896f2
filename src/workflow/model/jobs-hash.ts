import { createHash } from "node:crypto";
import type { Job } from "../../contract/types.js";
import { canonicalJson } from "../../util/canonical-json.js";

/**
 * sha256 (hex) of the canonical JSON of a chunk's jobs: it names a chunk in errors and
 * is the submission ledger's key. It identifies what was asked for, not the bytes sent
 * (those also hold the callbackUrl, which differs per chunk).
 */
export const jobsHash = (jobs: readonly Job[]): string => createHash("sha256").update(canonicalJson(jobs)).digest("hex");
