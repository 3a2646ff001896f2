// @ts-check
// Talking to the provider outside Dredd's own transactions: signed requests made with the
// project's signer (dist/, loaded with import() because this is CommonJS and the package is
// ESM), the state a transaction needs (a batch, a finished batch), and the contract check
// of every answer, including these set-up calls.
"use strict";
const { existsSync } = require("node:fs");
const { join } = require("node:path");
const { pathToFileURL } = require("node:url");
const { randomBytes } = require("node:crypto");

/**
 * What the hooks use of the built project, typed from the src/ files dist/ is built from
 * (run-provider.ts refuses a dist/ that is not the build of the sources on disk: assertDistFresh).
 * @typedef {object} Project
 * @property {typeof import("../../src/signing/sign-request.js").signRequest} signRequest
 * @property {typeof import("../../src/signing/sign-request.js").AUTHORIZATION_HEADER} AUTHORIZATION_HEADER
 * @property {typeof import("../../src/contract/validators.js").checkResponse} checkResponse
 * @property {typeof import("../../src/contract/validators.js").checkComponent} checkComponent
 * @property {typeof import("../../src/contract/validators.js").documentedStatuses} documentedStatuses
 * @property {typeof import("../../src/contract/types.js").operationPaths} operationPaths
 * @typedef {import("../../src/contract/types.js").OperationId} OperationId
 */

/**
 * @param {string} distDir
 * @returns {Promise<Project>}
 */
async function loadProject(distDir) {
  /** @param {string} relative */
  const file = (relative) => {
    const path = join(distDir, relative);
    if (!existsSync(path)) throw new Error(`contract hooks: ${path} is missing; run \`npm run build\` first`);
    return pathToFileURL(path).href;
  };
  /** @type {[typeof import("../../src/signing/sign-request.js"), typeof import("../../src/contract/validators.js"), typeof import("../../src/contract/types.js")]} */
  const [signing, validators, types] = await Promise.all([
    import(file("src/signing/sign-request.js")),
    import(file("src/contract/validators.js")),
    import(file("src/contract/types.js")),
  ]);
  return {
    signRequest: signing.signRequest,
    AUTHORIZATION_HEADER: signing.AUTHORIZATION_HEADER,
    checkResponse: validators.checkResponse,
    checkComponent: validators.checkComponent,
    documentedStatuses: validators.documentedStatuses,
    operationPaths: types.operationPaths,
  };
}

/** An unknown but well-formed batch id: 32 lowercase hex characters. */
const unknownAsyncId = () => randomBytes(16).toString("hex");

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

class SetupError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "SetupError";
  }
}

/**
 * @param {{ settings: import("./settings.cjs").Settings, project: Project, baseUrl: string, listener?: import("./callback-listener.cjs").CallbackListener | undefined }} deps
 */
function createProviderSession({ settings, project, baseUrl, listener }) {
  const base = baseUrl.replace(/\/+$/, "");
  const basePath = new URL(base).pathname.replace(/\/+$/, "");

  /**
   * Headers that sign `body` for `requestString` (the path as sent, base path included).
   * @param {string} requestString
   * @param {string} body
   * @param {{ contentType?: string, apiSecret?: string }} [options]
   */
  function sign(requestString, body, { contentType = "application/json", apiSecret = settings.apiSecret } = {}) {
    return project.signRequest({ apiKey: settings.apiKey, apiSecret, requestString, body, contentType, now: Date.now() });
  }

  /**
   * A signed POST of one operation, its answer checked against the contract.
   * @param {OperationId} operation
   * @param {unknown} body
   * @returns {Promise<{ status: number, body: any }>} the body as JSON, read field by field by the callers
   */
  async function call(operation, body) {
    const path = basePath + project.operationPaths[operation];
    const text = JSON.stringify(body);
    const response = await fetch(base + project.operationPaths[operation], { method: "POST", body: text, headers: { ...sign(path, text) } });
    const contentType = response.headers.get("content-type");
    const raw = await response.text();
    let json;
    try {
      json = JSON.parse(raw);
    } catch {
      throw new SetupError(`set-up call ${operation} answered ${response.status} with a body that is not JSON: ${raw.slice(0, 200)}`);
    }
    const check = project.checkResponse(operation, response.status, contentType, json);
    if (!check.valid) {
      throw new SetupError(`set-up call ${operation} answered ${response.status}, which breaks the contract: ${check.errors.join("; ")}`);
    }
    return { status: response.status, body: json };
  }

  /**
   * Runs a batch of the configured jobs; with `callback`, a callbackUrl of our listener.
   * @param {{ callback?: boolean }} [options]
   * @returns {Promise<{ asyncId: string, callbackToken: string | undefined }>}
   */
  async function runBatch({ callback = false } = {}) {
    const target = callback && listener ? listener.callbackUrl() : undefined;
    const answer = await call("run", target ? { jobs: settings.jobs, callbackUrl: target.url } : { jobs: settings.jobs });
    if (answer.status !== 200) throw new SetupError(`set-up run answered ${answer.status} ${JSON.stringify(answer.body)}, not 200`);
    return { asyncId: answer.body.asyncId, callbackToken: target?.token };
  }

  /**
   * A batch whose jobs have all run (progress 100). Prism has no state: any id will do there.
   * @param {{ callback?: boolean }} [options]
   */
  async function finishedBatch({ callback = false } = {}) {
    const batch = await runBatch({ callback });
    if (settings.kind === "prism") return batch;
    const deadline = Date.now() + settings.batchTimeoutMs;
    for (let delay = 20; ; delay = Math.min(delay * 2, 1_000)) {
      const answer = await call("progress", { async: batch.asyncId });
      if (answer.status !== 200) throw new SetupError(`set-up progress of ${batch.asyncId} answered ${answer.status} ${JSON.stringify(answer.body)}`);
      if (answer.body.progress === 100) break;
      if (Date.now() > deadline)
        throw new SetupError(`batch ${batch.asyncId} was still at ${answer.body.progress}% after ${settings.batchTimeoutMs} ms (CONTRACT_BATCH_TIMEOUT_MS)`);
      await sleep(delay);
    }
    // A finished batch's callback is delivered now; take it so it is not mistaken for a later one.
    if (batch.callbackToken && listener) await listener.next(batch.callbackToken, settings.callbackTimeoutMs).catch(() => undefined);
    return batch;
  }

  return { sign, call, runBatch, finishedBatch, basePath };
}

module.exports = { loadProject, createProviderSession, unknownAsyncId, SetupError };
