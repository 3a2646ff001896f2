// `ivvy-batch emulate`, started as a process, passes the project's own provider suite,
// run as `npm run contract:provider -- <url>` runs it (contract-tests/run-provider.ts as a
// script). Its 429 and 500 transactions need --honour-prefer-header.

import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { afterEach, expect, it } from "vitest";
import { exitOf, spawnTs, waitForOutput } from "../helpers/spawn-ts.js";
import { CLI } from "./cli-harness.js";

const RUN_PROVIDER = new URL("../../contract-tests/run-provider.ts", import.meta.url).pathname;
const children: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
});

async function startEmulate(args: string[]): Promise<string> {
  const child = spawn(process.execPath, [CLI, "emulate", "--port", "0", "--job-delay-ms", "2", "--quiet", ...args], { stdio: "pipe" });
  children.push(child);
  const banner = await waitForOutput(child, /Ctrl-C stops/);
  return banner.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/)![1]!;
}

async function providerSuite(url: string): Promise<{ code: number | string; output: string }> {
  const child = spawnTs(RUN_PROVIDER, [url]);
  children.push(child);
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d));
  child.stderr.on("data", (d: Buffer) => (output += d));
  const code = await exitOf(child);
  return { code, output };
}

it("with --honour-prefer-header it passes every transaction of the provider suite", async () => {
  const url = await startEmulate(["--honour-prefer-header"]);
  const { code, output } = await providerSuite(url);
  expect(output).toMatch(/contract: (\d+) transactions, \1 passed, 0 failed, 0 errors, 0 skipped/);
  expect(code).toBe(0);
}, 120_000);

it("without it the 429 and 500 transactions fail, and the suite says why", async () => {
  const url = await startEmulate([]);
  const { code, output } = await providerSuite(url);
  expect(code).toBe(1);
  const failed = [...output.matchAll(/^FAIL (\w+) (\d{3}) /gm)].map((m) => m[2]);
  expect(failed.length).toBeGreaterThan(0);
  expect(new Set(failed)).toEqual(new Set(["429", "500"]));
  expect(output).toMatch(/asked for with Prefer: code=429/);
}, 120_000);
