// Talking to the provider outside Dredd's own transactions: signed requests made with the
// project's signer (dist/, loaded with import() because this is CommonJS and the package is
// ESM), the state a transaction needs (a batch, a finished batch), and the contract check
// of every answer, including these set-up calls.
"use strict";
const { existsSync } = require("node:fs");
const { join } = require("node:path");
const { pathToFileURL } = require("node:url");
const { randomBytes } = require("node:crypto");

async function loadProject(distDir) {
  const file = (relative) => {
    const path = join(distDir, relative);
    if (!existsSync(path)) throw new Error(`contract hooks: ${path} is missing; run \`npm run build\` first`);
    return pathToFileURL(path).href;
  };
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

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

class SetupError extends Error {
  constructor(message) {
    super(message);
    this.name = "SetupError";
  }
}

/**
 * @param {{ settings: ReturnType<import("./settings.cjs")["readSettings"]>, project: Awaited<ReturnType<typeof loadProject>>, baseUrl: string, listener?: Awaited<ReturnType<import("./callback-listener.cjs")["startCallbackListener"]>> }} deps
 */
function createProviderSession({ settings, project, baseUrl, listener }) {
  const base = baseUrl.replace(/\/+$/, "");
  const basePath = new URL(base).pathname.replace(/\/+$/, "");

  /** Headers that sign `body` for `path` (the path as sent, base path included). */
  function sign(requestString, body, { contentType = "application/json", apiSecret = settings.apiSecret } = {}) {
    return project.signRequest({ apiKey: settings.apiKey, apiSecret, requestString, body, contentType, now: Date.now() });
  }

  /** A signed POST of one operation, its answer checked against the contract. */
  async function call(operation, body) {
    const path = basePath + project.operationPaths[operation];
    const text = JSON.stringify(body);
    const response = await fetch(base + project.operationPaths[operation], { method: "POST", body: text, headers: sign(path, text) });
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

  /** Runs a batch of the configured jobs; with `callback`, a callbackUrl of our listener. */
  async function runBatch({ callback = false } = {}) {
    const target = callback && listener ? listener.callbackUrl() : undefined;
    const answer = await call("run", target ? { jobs: settings.jobs, callbackUrl: target.url } : { jobs: settings.jobs });
    if (answer.status !== 200) throw new SetupError(`set-up run answered ${answer.status} ${JSON.stringify(answer.body)}, not 200`);
    return { asyncId: answer.body.asyncId, callbackToken: target?.token };
  }

  /** A batch whose jobs have all run (progress 100). Prism has no state: any id will do there. */
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
