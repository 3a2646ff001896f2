// @ts-check
// A local listener for batch callbacks: every run the suite makes gets a callbackUrl with
// its own token, so the callback of one run can be awaited and checked against the
// BatchCallback schema (a callback is the provider's response too).
"use strict";
const { createServer } = require("node:http");
const { randomBytes } = require("node:crypto");

/**
 * @typedef {{ contentType: string | undefined, body: string }} ReceivedCallback
 * @typedef {{ url: string, callbackUrl(): { token: string, url: string }, next(token: string, timeoutMs: number): Promise<ReceivedCallback>, close(): Promise<void> }} CallbackListener
 */

/**
 * @param {{ host: string, port: number, publicUrl?: string | undefined }} options
 * @returns {Promise<CallbackListener>}
 */
async function startCallbackListener({ host, port, publicUrl }) {
  /** @type {Map<string, ReceivedCallback[]>} token -> callbacks not yet taken */
  const received = new Map();
  /** @type {Map<string, ((callback: ReceivedCallback) => void)[]>} token -> resolve functions */
  const waiters = new Map();
  const server = createServer((request, response) => {
    /** @type {Buffer[]} */
    const chunks = [];
    request.on("data", (chunk) => chunks.push(chunk));
    request.on("end", () => {
      const token = /\/contract-callback\/([0-9a-f]+)/.exec(request.url || "")?.[1];
      const callback = { contentType: request.headers["content-type"], body: Buffer.concat(chunks).toString("utf8") };
      response.writeHead(token ? 200 : 404).end();
      if (!token) return;
      const waiting = waiters.get(token)?.shift();
      if (waiting) waiting(callback);
      else received.set(token, [...(received.get(token) || []), callback]);
    });
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen({ host, port }, () => resolve(undefined));
  });
  const address = /** @type {import("node:net").AddressInfo} */ (server.address()); // a TCP server: never a pipe name, never null once listening
  const base = (publicUrl || `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`).replace(/\/+$/, "");
  return {
    url: base,
    callbackUrl() {
      const token = randomBytes(12).toString("hex");
      return { token, url: `${base}/contract-callback/${token}` };
    },
    next(token, timeoutMs) {
      const ready = received.get(token)?.shift();
      if (ready) return Promise.resolve(ready);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          const list = waiters.get(token) || [];
          list.splice(list.indexOf(done), 1);
          reject(new Error(`no callback reached ${base}/contract-callback/${token} within ${timeoutMs} ms`));
        }, timeoutMs);
        /** @param {ReceivedCallback} callback */
        const done = (callback) => {
          clearTimeout(timer);
          resolve(callback);
        };
        waiters.set(token, [...(waiters.get(token) || []), done]);
      });
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

module.exports = { startCallbackListener };
