// The CLI as users get it: dist/src/cli/main.js run as a process (npm test builds first),
// non-TTY output, exit codes, errors in one line.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmulator, type Emulator } from "../../src/emulator/create-emulator.js";
import { checkComponent } from "../../src/spec/validators.js";
import { freePort } from "../helpers/free-port.js";

const CLI = new URL("../../dist/src/cli/main.js", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "ivvy-cli-"));
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("IVVY_")));

function cli(args: string[], options: { env?: Record<string, string>; stdin?: string } = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...cleanEnv, ...options.env }, stdio: "pipe" });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d));
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? "");
  });
}

const job = (event: number, contacts: unknown = [event]) => ({ namespace: "event", action: "inviteContacts", params: { event, contacts } });
const jobsFile = (name: string, jobs: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(jobs));
  return path;
};

describe("ivvy-batch", () => {
  let emulator: Emulator;
  let baseUrl: string;
  beforeAll(async () => {
    emulator = createEmulator({ jobDelayMs: 1 });
    baseUrl = (await emulator.listen({ port: 0 })).url;
  });
  afterAll(() => emulator.close());

  it("--help lists every command and the exit codes; every command has --help", async () => {
    const { code, stdout } = await cli(["--help"]);
    expect(code).toBe(0);
    for (const command of ["run", "wait", "progress", "results", "restart", "repost", "ping", "emulate", "mock"]) {
      expect(stdout).toContain(command);
      const sub = await cli([command, "--help"]);
      expect(sub.code, command).toBe(0);
      expect(sub.stdout).toMatch(/^Usage: ivvy-batch /);
    }
    expect(stdout).toMatch(/Exit codes: 0 ok/);
  });

  it("a bad command line exits 2", async () => {
    expect((await cli(["frobnicate"])).code).toBe(2);
    expect((await cli(["progress"])).code).toBe(2);
    expect((await cli(["run", "x.json", "--region", "mars"])).code).toBe(2);
  });

  it("run with no credentials uses an embedded emulator, prints plain progress lines and ordered results", async () => {
    const jobs = [...Array.from({ length: 250 }, (_, i) => job(i + 1)), job(9, "not-an-array")];
    const { code, stdout, stderr } = await cli(["run", jobsFile("jobs.json", jobs), "--wait", "--job-delay-ms", "1"]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/No iVvy credentials .* embedded emulator/);
    expect(stderr).toMatch(/^progress 100% \(2\/2 batches done\)$/m);
    expect(stderr).not.toMatch(/\x1b\[/); // no terminal control codes when not a TTY
    expect(stderr).toMatch(/251 jobs: 250 succeeded, 1 failed/);
    const outcomes = JSON.parse(stdout) as { index: number; status: string; error?: { specificCode: number } }[];
    expect(outcomes.map((o) => o.index)).toEqual(jobs.map((_, i) => i));
    expect(outcomes[250]).toMatchObject({ status: "failure", error: { specificCode: 23016 } });
  });

  it("--strict exits 1 when a job failed; --out writes the file", async () => {
    const out = join(dir, "out.json");
    const { code, stdout } = await cli(["run", "-", "--wait", "--strict", "--out", out, "--job-delay-ms", "0"], { stdin: JSON.stringify([job(1, "x")]) });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8"))).toHaveLength(1);
  });

  it("invalid input exits 5 in one line, before anything is sent", async () => {
    const missing = await cli(["run", join(dir, "nope.json")]);
    expect(missing.code).toBe(5);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    const bad = await cli(["run", jobsFile("bad.json", [{ namespace: "event", action: "", params: {} }]), "--base-url", baseUrl]);
    expect(bad.code).toBe(5);
    expect(bad.stderr).toMatch(/\[specific code 24093\]/);
    expect((await cli(["run", jobsFile("notjson.json", "{")])).code).toBe(5);
  });

  it("single calls print JSON; API errors exit 3 with the specific code; no answer exits 4", async () => {
    const ping = await cli(["ping", "--base-url", baseUrl]);
    expect(ping.code).toBe(0);
    expect(ping.stderr).toMatch(/demo key/);
    expect(JSON.parse(ping.stdout)).toMatchObject({ answer: { ack: expect.any(String) }, serverTime: expect.any(String), clockSkewMs: expect.any(Number) });

    const unknown = await cli(["progress", "0123456789abcdef0123456789abcdef", "--base-url", baseUrl]);
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toMatch(/^ivvy-batch: .*\[specific code 24105\]/m);
    expect(unknown.stderr.trim().split("\n")).toHaveLength(2); // the demo-key note and the error line

    const wrongKey = await cli(["ping", "--base-url", baseUrl, "--key", "k", "--secret", "s"]);
    expect(wrongKey.code).toBe(3);
    expect(wrongKey.stderr).toMatch(/401/);

    const port = await freePort();
    const down = await cli(["ping", "--base-url", `http://127.0.0.1:${port}`, "--timeout-ms", "2000"]);
    expect(down.code).toBe(4);

    expect((await cli(["results", "0123456789abcdef0123456789abcdef"])).code).toBe(2); // no account
  });

  it("run without --wait prints a handle that `wait` resumes; results and restart/repost work by id", async () => {
    const jobs = Array.from({ length: 5 }, (_, i) => job(100 + i));
    const submitted = await cli(["run", jobsFile("five.json", jobs), "--base-url", baseUrl]);
    expect(submitted.code).toBe(0);
    const handlePath = jobsFile("handle.json", JSON.parse(submitted.stdout));
    const waited = await cli(["wait", handlePath, "--base-url", baseUrl, "--interval", "20"]);
    expect(waited.code).toBe(0);
    expect(JSON.parse(waited.stdout)).toHaveLength(5);

    const asyncId = (JSON.parse(submitted.stdout) as { chunks: { asyncId: string }[] }).chunks[0]!.asyncId;
    const results = await cli(["results", asyncId, "--base-url", baseUrl]);
    expect(checkComponent("ResultsResponse", JSON.parse(results.stdout)).valid).toBe(true);
    expect(JSON.parse((await cli(["repost", asyncId, "--base-url", baseUrl])).stdout)).toEqual({ reposted: false });
    expect(JSON.parse((await cli(["restart", asyncId, "--base-url", baseUrl])).stdout)).toEqual({ restarted: true });
  });

  it("a deadline exits 6 and prints the resumable handle", async () => {
    const jobs = Array.from({ length: 20 }, (_, i) => job(200 + i));
    const { code, stderr } = await cli(["run", jobsFile("slow.json", jobs), "--wait", "--deadline", "0.3", "--job-delay-ms", "200"]);
    expect(code).toBe(6);
    expect(stderr).toMatch(/ivvy-batch wait handle\.json/);
    expect(stderr).toMatch(/"asyncId":"[0-9a-f]{32}"/);
  });
});
