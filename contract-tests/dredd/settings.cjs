// @ts-check
// What the provider suite needs to know about the provider, read once from the
// environment that contract-tests/run-provider.ts sets (hooks run inside Dredd's own
// process, so the environment is the only channel). See README.md, "Contract testing".
"use strict";
const { resolve } = require("node:path");

/** @typedef {import("../../src/contract/types.js").Job} Job */

/**
 * @typedef {object} Settings
 * @property {"stateful" | "prism"} kind
 * @property {string} apiKey
 * @property {string} apiSecret
 * @property {Set<number>} preferStatuses
 * @property {number} maxBodyBytes
 * @property {number} batchTimeoutMs
 * @property {number} callbackTimeoutMs
 * @property {Job[]} jobs
 * @property {"listen" | "off"} callbacks
 * @property {string} callbackHost
 * @property {number} callbackPort
 * @property {string | undefined} callbackPublicUrl
 * @property {string | undefined} reportFile
 * @property {string} distDir
 */

/** @type {Job[]} */
const DEFAULT_JOBS = [{ namespace: "test", action: "ping", params: {} }];

/**
 * @param {string | undefined} value
 * @param {number[]} fallback
 * @returns {number[]}
 */
function list(value, fallback) {
  if (value === undefined || value === "") return fallback;
  if (value === "none") return [];
  return value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map(Number);
}

/**
 * @param {string} name
 * @param {string | undefined} value
 * @param {number} fallback
 */
function positiveInteger(name, value, fallback) {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`contract hooks: ${name} must be a positive integer, not '${value}'`);
  return n;
}

/**
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {Settings} the provider suite's settings; throws with the variable's name on a bad value.
 */
function readSettings(env = process.env) {
  const kind = env.CONTRACT_PROVIDER_KIND || "stateful";
  if (kind !== "stateful" && kind !== "prism") {
    throw new Error(`contract hooks: CONTRACT_PROVIDER_KIND must be 'stateful' or 'prism', not '${kind}'`);
  }
  if (!env.CONTRACT_API_KEY || !env.CONTRACT_API_SECRET) {
    throw new Error("contract hooks: CONTRACT_API_KEY and CONTRACT_API_SECRET must be set (run-provider.ts sets them from --key/--secret)");
  }
  let jobs = DEFAULT_JOBS;
  if (env.CONTRACT_JOBS) {
    jobs = JSON.parse(env.CONTRACT_JOBS);
    if (!Array.isArray(jobs) || jobs.length === 0) throw new Error("contract hooks: CONTRACT_JOBS must be a non-empty JSON array of jobs");
  }
  const callbacks = env.CONTRACT_CALLBACKS || "listen";
  if (callbacks !== "listen" && callbacks !== "off") throw new Error(`contract hooks: CONTRACT_CALLBACKS must be 'listen' or 'off', not '${callbacks}'`);
  return {
    kind,
    apiKey: env.CONTRACT_API_KEY,
    apiSecret: env.CONTRACT_API_SECRET,
    // Statuses a healthy provider cannot be made to give by a request alone; asked for
    // with `Prefer: code=NNN`. Prism also needs it for 404 and 413 (it has no state and no size limit).
    preferStatuses: new Set(list(env.CONTRACT_PREFER_STATUSES, kind === "prism" ? [404, 413, 429, 500] : [429, 500])),
    maxBodyBytes: positiveInteger("CONTRACT_MAX_BODY_BYTES", env.CONTRACT_MAX_BODY_BYTES, 1024 * 1024),
    batchTimeoutMs: positiveInteger("CONTRACT_BATCH_TIMEOUT_MS", env.CONTRACT_BATCH_TIMEOUT_MS, 60_000),
    callbackTimeoutMs: positiveInteger("CONTRACT_CALLBACK_TIMEOUT_MS", env.CONTRACT_CALLBACK_TIMEOUT_MS, 10_000),
    jobs,
    callbacks,
    /** Host and port the callback listener binds (default 127.0.0.1 and a free port). */
    callbackHost: env.CONTRACT_CALLBACK_HOST || "127.0.0.1",
    callbackPort: env.CONTRACT_CALLBACK_PORT ? positiveInteger("CONTRACT_CALLBACK_PORT", env.CONTRACT_CALLBACK_PORT, 0) : 0,
    /** The URL the provider must POST callbacks to, when it is not the listener's own (a tunnel). */
    callbackPublicUrl: env.CONTRACT_CALLBACK_URL || undefined,
    reportFile: env.CONTRACT_REPORT_FILE || undefined,
    distDir: resolve(env.CONTRACT_DIST_DIR || resolve(__dirname, "..", "..", "dist")),
  };
}

module.exports = { readSettings, DEFAULT_JOBS };
