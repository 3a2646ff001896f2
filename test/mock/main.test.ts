// `npm run mock` as a process: what it prints, how it logs, how it stops.
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { operationPaths } from "../../src/spec/types.js";
import { freePort } from "../helpers/free-port.js";
import { exitOf, spawnTs, waitForOutput } from "../helpers/spawn-ts.js";
import { waitForPortClosed } from "../helpers/wait-for-port.js";

const MAIN = join(import.meta.dirname, "../../src/mock/main.ts");
const children: ReturnType<typeof spawnTs>[] = [];
const run = (args: string[]) => {
  const child = spawnTs(MAIN, args);
  children.push(child);
  return child;
};
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
});

describe("npm run mock", () => {
  it.each(["SIGINT", "SIGTERM"] as const)("prints its URLs, logs each request in one line, and exits 0 on %s", async (signal) => {
    const port = await freePort();
    const child = run(["--port", String(port), "--errors"]);
    const banner = await waitForOutput(child, /Ctrl-C stops/);
    const base = `http://127.0.0.1:${port}`;
    expect(banner).toContain(`listening on ${base}`);
    for (const path of Object.values(operationPaths)) expect(banner).toContain(`POST ${base}${path}\n`);

    const logged = waitForOutput(child, /-> \d{3}/);
    const response = await fetch(`${base}${operationPaths.progress}`, {
      method: "POST",
      headers: { "content-type": "application/json", "content-md5": "a09f600c77a6dbd947db24c61e8935ca", "x-api-version": "1.0", "x-api-authorization": "IWS k:s" },
      body: JSON.stringify({ async: "zz" }),
    });
    expect(response.status).toBe(400);
    const line = (await logged).trim();
    expect(line.split("\n")).toHaveLength(1);
    expect(line).toMatch(/^\d{2}:\d{2}:\d{2}\.\d{3} POST \/api\/1\.0\/batch\?action=progress -> 400 \(\d+ ms\)  ! request\.body\.async: .*pattern/);

    child.kill(signal);
    expect(await exitOf(child)).toBe(0);
    await waitForPortClosed(port, { timeoutMs: 1_000 });
  });

  it("rejects a bad --port with usage and exit code 2", async () => {
    const child = run(["--port", "http"]);
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    expect(await exitOf(child)).toBe(2);
    expect(stderr).toContain("--port must be a number from 0 to 65535, not 'http'");
    expect(stderr).toContain("Usage: npm run mock");
  });

  it("exits 1 with the reason when the port is taken", async () => {
    const first = run(["--port", "0"]);
    const banner = await waitForOutput(first, /Ctrl-C stops/);
    const port = banner.match(/listening on http:\/\/127\.0\.0\.1:(\d+)/)![1]!;
    const second = run(["--port", port]);
    let stderr = "";
    second.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    expect(await exitOf(second)).toBe(1);
    expect(stderr).toContain(`127.0.0.1:${port} is already in use`);
    first.kill("SIGTERM");
    expect(await exitOf(first)).toBe(0);
  });
});
