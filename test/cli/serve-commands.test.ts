// `ivvy-batch mock` and `ivvy-batch emulate` (also `npm run mock` / `npm run emulator`) as
// processes: what they print, one log line per request, clean stop on Ctrl-C/SIGTERM.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { createBatchClient } from "../../src/client/create-batch-client.js";
import { operationPaths } from "../../src/contract/types.js";
import { DEMO_CREDENTIALS } from "../../src/emulator/options/demo-credentials.js";
import { exitOf, waitForOutput } from "../helpers/spawn-ts.js";
import { waitForPortClosed } from "../helpers/wait-for-port.js";
import { cli } from "./cli-harness.js";

const CLI = new URL("../../dist/src/cli/main.js", import.meta.url).pathname;
const children: ChildProcessWithoutNullStreams[] = [];
const run = (args: string[]) => {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: "pipe" });
  children.push(child);
  return child;
};
const stderrOf = (child: ChildProcessWithoutNullStreams) => {
  let text = "";
  child.stderr.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
  return () => text;
};
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
});

describe("ivvy-batch mock", () => {
  it.each(["SIGINT", "SIGTERM"] as const)("prints its URLs, logs each request in one line, and exits 0 on %s", async (signal) => {
    const child = run(["mock", "--port", "0", "--errors"]);
    const banner = await waitForOutput(child, /Ctrl-C stops/, 60_000);
    const port = Number(banner.match(/listening on http:\/\/127\.0\.0\.1:(\d+)/)?.[1]);
    const base = `http://127.0.0.1:${port}`;
    expect(banner).toContain(`listening on ${base}`);
    for (const path of Object.values(operationPaths)) expect(banner).toContain(`POST ${base}${path}\n`);

    const logged = waitForOutput(child, / 400 \d+ms/);
    const response = await fetch(`${base}${operationPaths.progress}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "content-md5": "a09f600c77a6dbd947db24c61e8935ca",
        "x-api-version": "1.0",
        "ivvy-date": "2026-11-28 16:23:24",
        "x-api-authorization": "IWS k:s",
      },
      body: JSON.stringify({ async: "zz" }),
    });
    expect(response.status).toBe(400);
    const line = (await logged).trim();
    expect(line.split("\n")).toHaveLength(1);
    expect(line).toMatch(/^\S+Z POST \/api\/1\.0\/batch\?action=progress 400 \d+ms {2}! request\.body\.async: .*pattern/);

    // ping against the mock measures a real clock skew: the mock answers with the current time.
    const ping = await cli(["ping", "--base-url", base]);
    expect(ping.code).toBe(0);
    expect(ping.stderr).not.toMatch(/warning/);
    expect(Math.abs((JSON.parse(ping.stdout) as { clockSkewMs: number }).clockSkewMs)).toBeLessThan(5_000);

    child.kill(signal);
    expect(await exitOf(child)).toBe(0);
    await waitForPortClosed(port, { timeoutMs: 2_000 });
  });

  it("a bad --port exits 2; a port in use exits 8 (the server could not start) with the reason", async () => {
    const bad = run(["mock", "--port", "http"]);
    const badErr = stderrOf(bad);
    expect(await exitOf(bad)).toBe(2);
    expect(badErr()).toContain("--port must be a number from 0 to 65535, not 'http'");

    const first = run(["mock", "--port", "0"]);
    const banner = await waitForOutput(first, /Ctrl-C stops/, 60_000);
    const port = banner.match(/listening on http:\/\/127\.0\.0\.1:(\d+)/)![1]!;
    const second = run(["mock", "--port", port]);
    const secondErr = stderrOf(second);
    expect(await exitOf(second)).toBe(8);
    expect(secondErr()).toMatch(new RegExp(`^ivvy-batch: .*127\\.0\\.0\\.1:${port} is already in use`));
    first.kill("SIGTERM");
    expect(await exitOf(first)).toBe(0);
  });
});

describe("ivvy-batch emulate", () => {
  it("serves signed clients with the demo key, logs one line per request, and exits 0 on SIGINT", async () => {
    const child = run(["emulate", "--port", "0", "--job-delay-ms", "0"]);
    const banner = await waitForOutput(child, /Ctrl-C stops/);
    const url = banner.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/)![1]!;
    expect(banner).toContain(`IVVY_API_KEY=${DEMO_CREDENTIALS.apiKey}`);
    expect(banner).toContain(`Dashboard: ${url}/_emulator/\n`);
    const client = createBatchClient({ ...DEMO_CREDENTIALS, baseUrl: url });
    const logged = waitForOutput(child, /test\?action=ping 200 \d+ms/);
    expect(await client.ping()).toMatchObject({ answer: { ack: expect.any(String) } });
    expect((await logged).trim()).toMatch(/^\S+Z POST \/api\/1\.0\/test\?action=ping 200 \d+ms$/);

    const unsigned = waitForOutput(child, /progress 401 \[0\]/);
    expect((await fetch(`${url}${operationPaths.progress}`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" })).status).toBe(401);
    await unsigned;

    // A wrong secret: the client sees the same 401 as for an unknown key; the operator sees why, and what was signed.
    const explained = waitForOutput(
      child,
      /string to sign \(as the emulator computed it\): "post[0-9a-f]{32}application\/json\/api\/1\.0\/test\?action=ping1\.0ivvydate=[^"]+"/,
    );
    await expect(createBatchClient({ ...DEMO_CREDENTIALS, apiSecret: "wrong", baseUrl: url }).ping()).rejects.toMatchObject({ status: 401 });
    expect(await explained).toContain("auth: The signature does not match the request");
    // The dashboard on the same port saw both, newest first.
    const seen = (await (await fetch(`${url}/_emulator/api/requests`)).json()) as { requests: { operation: string; status: number }[] };
    expect(seen.requests.slice(0, 2).map((r) => r.status)).toEqual([401, 401]);
    expect((await fetch(`${url}/_emulator/`)).headers.get("content-type")).toMatch(/^text\/html/);

    child.kill("SIGINT");
    expect(await exitOf(child)).toBe(0);
  });

  it("a key without its secret exits 2", async () => {
    const child = run(["emulate", "--key", "k"]);
    const err = stderrOf(child);
    expect(await exitOf(child)).toBe(2);
    expect(err()).toMatch(/give both a key and a secret/);
  });
});
