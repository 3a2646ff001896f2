// @ts-check
// Dredd hooks of the provider suite (Dredd 14 loads Node hooks with require(), so this
// is CommonJS in an ESM package). For every transaction of openapi.yaml they:
//  1. create the state it needs and make its request really what the status documents
//     (plan-transaction.cjs), signed with the project's own signer;
//  2. close Dredd's OpenAPI 3 hole: Dredd compares a response only with the example's
//     keys, so the real status, content type and body are checked here against the
//     operation's schema for that status (checkResponse, compiled from openapi.yaml),
//     and the batch callbacks against BatchCallback;
//  3. write a JSON report (CONTRACT_REPORT_FILE) that run-provider.ts summarises.
// Dredd runs a hook with two parameters as asynchronous and waits for `done`; it does
// not await a returned promise, so every hook below ends in done() on both paths.
"use strict";
const hooks = require("hooks");
const { writeFileSync } = require("node:fs");
const { readSettings } = require("./settings.cjs");
const { startCallbackListener } = require("./callback-listener.cjs");
const { loadProject, createProviderSession, unknownAsyncId } = require("./provider-session.cjs");
const { planTransaction } = require("./plan-transaction.cjs");

/**
 * @typedef {import("hooks").Transaction} Transaction
 * @typedef {import("./provider-session.cjs").Project} Project
 * @typedef {import("./provider-session.cjs").OperationId} OperationId
 * @typedef {Awaited<ReturnType<typeof init>>} Context
 * @typedef {{ operation: OperationId, status: number, note: string, violations: string[], callbackToken?: string | undefined }} TransactionRecord
 */

/** @type {Promise<Context>} */
let context;
/** @type {Map<string, TransactionRecord>} transaction.name -> what was done and found */
const records = new Map();

async function init() {
  const settings = readSettings();
  const baseUrl = process.env.CONTRACT_BASE_URL || hooks.configuration?.endpoint;
  if (!baseUrl) throw new Error("contract hooks: CONTRACT_BASE_URL is not set");
  const project = await loadProject(settings.distDir);
  const listener =
    settings.callbacks === "listen"
      ? await startCallbackListener({ host: settings.callbackHost, port: settings.callbackPort, publicUrl: settings.callbackPublicUrl })
      : undefined;
  const session = createProviderSession({ settings, project, baseUrl, listener });
  return { settings, project, session, listener };
}

const SIGNED_HEADERS = ["content-type", "content-md5", "x-api-version", "ivvy-date", "x-api-authorization", "prefer"];

/**
 * @param {Transaction["request"]} request
 * @param {Record<string, string>} headers
 */
function setHeaders(request, headers) {
  for (const name of Object.keys(request.headers)) {
    if (SIGNED_HEADERS.includes(name.toLowerCase())) delete request.headers[name];
  }
  Object.assign(request.headers, headers);
}

/**
 * @param {Project} project
 * @param {string} uri
 * @returns {OperationId}
 */
function operationOf(project, uri) {
  for (const [operation, path] of Object.entries(project.operationPaths)) if (path === uri) return /** @type {OperationId} */ (operation);
  throw new Error(`contract hooks: ${uri} is not an operation of openapi.yaml`);
}

/**
 * A JSON body, valid for the operation, padded past the size limit.
 * @param {OperationId} operation
 * @param {import("./settings.cjs").Settings} settings
 */
function oversized(operation, settings) {
  const padding = "x".repeat(settings.maxBodyBytes + 1);
  if (operation === "run") return JSON.stringify({ jobs: [{ namespace: "test", action: "ping", params: { padding } }] });
  if (operation === "ping") return JSON.stringify({ padding });
  return JSON.stringify({ async: unknownAsyncId(), padding });
}

/** @param {Transaction} transaction */
async function prepare(transaction) {
  const { settings, project, session, listener } = await context;
  const operation = operationOf(project, transaction.request.uri);
  const status = Number(transaction.expected.statusCode);
  const plan = planTransaction(operation, status, settings);
  /** @type {TransactionRecord} */
  const record = { operation, status, note: plan.note, violations: [] };
  records.set(transaction.name, record);
  if (plan.notExercisable) {
    transaction.skip = true;
    hooks.log(`${operation} ${status}: ${plan.note}`);
    return;
  }

  let asyncId = unknownAsyncId();
  if (plan.state === "batch") asyncId = (await session.runBatch()).asyncId;
  if (plan.state === "finished") asyncId = (await session.finishedBatch()).asyncId;
  if (plan.state === "finished-with-callback") {
    const batch = await session.finishedBatch({ callback: true });
    asyncId = batch.asyncId;
    record.callbackToken = batch.callbackToken;
  }

  let body;
  let contentType = "application/json";
  if (plan.provocation === "invalid-body") {
    body = operation === "run" ? JSON.stringify({ jobs: [{ namespace: "test" }] }) : operation === "ping" ? "[1]" : JSON.stringify({ async: "not-a-batch-id" });
  } else if (plan.provocation === "too-large") {
    body = oversized(operation, settings);
  } else if (plan.provocation === "not-json") {
    contentType = "text/plain";
    body = operation === "run" ? "jobs=test.ping" : `async=${asyncId}`;
  } else if (operation === "run") {
    const callback = plan.provocation === "valid" && listener ? listener.callbackUrl() : undefined;
    if (callback) record.callbackToken = callback.token;
    // Never the example's callbackUrl: Prism would POST to it even for an error answer.
    body = JSON.stringify(callback ? { jobs: settings.jobs, callbackUrl: callback.url } : { jobs: settings.jobs });
  } else if (operation === "ping") {
    // As ivvy-sdk-net pings: an empty body, its charset signed, no X-Api-Version (below).
    body = "";
    contentType = "application/json; charset=utf-8";
  } else {
    body = JSON.stringify({ async: asyncId });
  }

  const requestString = transaction.fullPath;
  const wrongSecret = plan.provocation === "bad-signature" ? { apiSecret: `${settings.apiSecret}-but-wrong` } : {};
  /** @type {Record<string, string>} */
  const headers = { ...session.sign(requestString, body, { contentType, ...wrongSecret }) };
  if (plan.provocation === "no-authorization") delete headers[project.AUTHORIZATION_HEADER];
  if (operation === "ping" && plan.provocation === "valid") delete headers["X-Api-Version"];
  if (plan.provocation === "prefer") headers.Prefer = `code=${status}`;
  transaction.request.body = body;
  setHeaders(transaction.request, headers);
}

/**
 * @param {string} text
 * @returns {{ ok: true, value: any } | { ok: false, error: string }} any JSON, read field by field
 */
function parseJson(text) {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: `${error instanceof Error ? error.message : String(error)}; the body starts ${JSON.stringify(String(text).slice(0, 80))}` };
  }
}

/**
 * Every way the real response (and its callback) breaks the contract, one line each.
 * @param {NonNullable<Transaction["real"]>} real
 * @param {TransactionRecord} record
 */
async function violations(real, record) {
  const { settings, project, listener } = await context;
  const { operation, status } = record;
  /** @type {string[]} */
  const found = [];
  if (real.statusCode !== status) found.push(`expected status ${status} (${record.note}), got ${real.statusCode}`);
  const contentType = real.headers?.["content-type"] ?? null;
  const parsed = parseJson(real.body ?? "");
  if (!parsed.ok) {
    found.push(`response ${real.statusCode} body is not JSON: ${parsed.error}`);
    return found;
  }
  const check = project.checkResponse(operation, real.statusCode, contentType, parsed.value);
  for (const error of check.errors) found.push(`response ${real.statusCode} ${error}`);

  // The callback is the provider's answer too: the run's, and the repost's new delivery.
  const callbackToken = record.callbackToken;
  const callbackExpected =
    callbackToken &&
    real.statusCode === 200 &&
    (operation === "run" || (operation === "repost" && settings.kind !== "prism" && parsed.value.reposted === true));
  if (callbackExpected && listener) {
    const wantedId = operation === "run" ? parsed.value.asyncId : undefined;
    try {
      const callback = await listener.next(callbackToken, settings.callbackTimeoutMs);
      if (!callback.contentType || !/^application\/json\b/i.test(callback.contentType)) {
        found.push(`callback content type is ${callback.contentType ?? "missing"}, not application/json`);
      }
      const payload = parseJson(callback.body);
      if (!payload.ok) {
        found.push(`callback body is not JSON: ${payload.error}`);
      } else {
        for (const error of project.checkComponent("BatchCallback", payload.value).errors) found.push(`callback (BatchCallback) ${error}`);
        if (wantedId && payload.value?.asyncId !== wantedId)
          found.push(`callback asyncId ${JSON.stringify(payload.value?.asyncId)} is not the run's ${wantedId}`);
      }
    } catch (error) {
      found.push(`callback: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return found;
}

// `_transactions` is unused but must be there: with two parameters Dredd waits for `done`.
hooks.beforeAll((_transactions, done) => {
  context = init();
  context.then(
    () => done(),
    (error) => {
      hooks.log(`contract hooks could not start: ${error.message}`);
      done();
    },
  );
});

hooks.beforeEach((transaction, done) => {
  prepare(transaction).then(
    () => done(),
    (error) => {
      const record = records.get(transaction.name);
      const what = record ? `${record.operation} ${record.status}` : transaction.name;
      transaction.fail = `${what}: ${error.name === "SetupError" ? "" : "set-up failed: "}${error.message}`;
      if (record) record.violations.push(transaction.fail);
      done();
    },
  );
});

// Dredd compares a body with the example's keys, all the way down. A results body's
// `request` and `response` are each job's own (the suite runs its configured jobs, not
// the example's), so only the keys every BatchResult has are kept for Dredd; the full
// schema check below covers the rest.
hooks.beforeEachValidation((transaction) => {
  const record = records.get(transaction.name);
  if (record?.operation !== "results" || record.status !== 200 || !transaction.expected.body) return;
  const example = parseJson(transaction.expected.body);
  if (!example.ok || !Array.isArray(example.value.results)) return;
  const results = example.value.results
    .slice(0, 1)
    .map((/** @type {{ namespace: string, action: string }} */ r) => ({ namespace: r.namespace, action: r.action, request: {}, response: {} }));
  transaction.expected.body = JSON.stringify({ ...example.value, results });
});

hooks.afterEach((transaction, done) => {
  const record = records.get(transaction.name);
  if (!record || transaction.skip || !transaction.real || record.violations.length) {
    done();
    return;
  }
  violations(transaction.real, record).then(
    (found) => {
      record.violations.push(...found);
      if (found.length) {
        const message = `${record.operation} ${record.status} breaks the contract:\n  - ${found.join("\n  - ")}`;
        transaction.fail = message;
        // Dredd shows only its own message when its check failed too; add ours.
        if (transaction.test && transaction.test.valid === false) transaction.test.message = `${transaction.test.message || ""}${message}\n`;
      }
      done();
    },
    (error) => {
      transaction.fail = `${record.operation} ${record.status}: the contract check itself failed: ${error.stack || error.message}`;
      record.violations.push(transaction.fail);
      done();
    },
  );
});

hooks.afterAll((transactions, done) => {
  const finish = async () => {
    const settled = await context.catch(() => undefined);
    const { settings } = settled ?? { settings: undefined };
    const reportFile = settings?.reportFile ?? process.env.CONTRACT_REPORT_FILE;
    if (reportFile) {
      const report = transactions.map((transaction) => {
        /** @type {Partial<TransactionRecord>} */
        const record = records.get(transaction.name) ?? { violations: [] };
        return {
          name: transaction.name,
          operation: record.operation,
          status: record.status ?? Number(transaction.expected?.statusCode),
          realStatus: transaction.real?.statusCode ?? null,
          result: transaction.test?.status || (transaction.skip ? "skip" : "error"),
          note: record.note,
          violations: record.violations,
          dreddMessage: transaction.test?.message ?? "",
        };
      });
      writeFileSync(reportFile, JSON.stringify(report, null, 2));
    }
    await settled?.listener?.close();
  };
  finish().then(
    () => done(),
    (error) => {
      hooks.log(`contract hooks could not finish: ${error.message}`);
      done();
    },
  );
});
