// The CLI as users get it: dist/src/cli/main.js run as a process (npm test builds first),
// non-TTY output, exit codes, errors in one line.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT_CODE_TABLE, formatExitCodeTable } from "../../src/cli/io/exit-codes.js";
import { checkComponent } from "../../src/contract/validators.js";
import { createEmulator, type Emulator } from "../../src/emulator/create-emulator.js";
import { EmulatorJobError } from "../../src/emulator/jobs/emulator-job-error.js";
import { freePort } from "../helpers/free-port.js";
import { freshDir, job, cli as run } from "./cli-harness.js";

const dir = freshDir();
const cli = (args: string[], options: { env?: Record<string, string>; stdin?: string } = {}) => run(args, { ...options, cwd: dir });
const jobsFile = (name: string, jobs: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(jobs));
  return path;
};

describe("ivvy-batch", () => {
  let emulator: Emulator;
  let baseUrl: string;
  beforeAll(async () => {
    emulator = createEmulator({
      jobDelayMs: 1,
      handlers: {
        "test.fail": (params) => {
          throw new EmulatorJobError({ message: String(params.message), specificCode: 0 });
        },
      },
    });
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
    expect(stdout).toContain(formatExitCodeTable());
  });

  it("the exit codes in --help are the table in docs/cli.md, one meaning per code", () => {
    const docs = readFileSync(new URL("../../docs/cli.md", import.meta.url), "utf8");
    const rows = [...docs.matchAll(/^\| (\d+) \| (.+) \|$/gm)].map((m) => [Number(m[1]), m[2]!.replaceAll("`", "")]);
    expect(rows).toEqual(EXIT_CODE_TABLE.map(([code, meaning]) => [code, meaning.replaceAll("`", "")]));
    expect(new Set(EXIT_CODE_TABLE.map(([code]) => code)).size).toBe(EXIT_CODE_TABLE.length);
  });

  it("a bad command line exits 2", async () => {
    expect((await cli(["frobnicate"])).code).toBe(2);
    expect((await cli(["progress"])).code).toBe(2);
    expect((await cli(["run", "x.json", "--region", "mars"])).code).toBe(2);
  });

  it("run --emulator uses an embedded emulator, says so, prints plain progress lines and ordered results", async () => {
    const jobs = [...Array.from({ length: 250 }, (_, i) => job(i + 1)), job(9, "not-an-array")];
    const { code, stdout, stderr } = await cli(["run", jobsFile("jobs.json", jobs), "--emulator", "--wait", "--job-delay-ms", "1", "--no-validate-params"]);
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /^--emulator: running against an embedded emulator at http:\/\/127\.0\.0\.1:\d+, with callbacks to a local receiver; nothing reaches iVvy\.$/m,
    );
    expect(stderr).toMatch(/^progress 100% \(2\/2 batches done\)$/m);
    expect(stderr).not.toContain("\u001b["); // no terminal control codes when not a TTY
    expect(stderr).toMatch(/251 jobs: 250 succeeded, 1 failed/);
    const outcomes = JSON.parse(stdout) as { index: number; status: string; error?: { specificCode: number } }[];
    expect(outcomes.map((o) => o.index)).toEqual(jobs.map((_, i) => i));
    expect(outcomes[250]).toMatchObject({ status: "failure", error: { specificCode: 23016 } });
  });

  it("--strict exits 1 when a job failed; --out writes the file", async () => {
    const out = join(dir, "out.json");
    const { code, stdout } = await cli(["run", "-", "--emulator", "--wait", "--strict", "--out", out, "--job-delay-ms", "0", "--no-validate-params"], {
      stdin: JSON.stringify([job(1, "x")]),
    });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8"))).toHaveLength(1);
  });

  it("an unreadable or invalid jobs file exits 2, before anything is sent", async () => {
    const missing = await cli(["run", join(dir, "nope.json"), "--base-url", baseUrl]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    const bad = await cli(["run", jobsFile("bad.json", [{ namespace: "event", action: "", params: {} }]), "--base-url", baseUrl]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("1 of 1 job is invalid; nothing was sent\n  jobs[0]: Empty job parameter found [specific code 24093]");
    expect((await cli(["run", jobsFile("notjson.json", "{"), "--base-url", baseUrl])).code).toBe(2);
  });

  it("the summary groups failures by code and message, says '1 job', and --json has the same on stdout", async () => {
    const fail = (message: string) => ({ namespace: "test", action: "fail", params: { message } });
    const out = join(dir, "grouped.json");
    const { code, stdout, stderr } = await cli([
      "run",
      jobsFile("fails.json", [fail("A"), fail("B"), fail("A"), job(1)]),
      "--base-url",
      baseUrl,
      "--wait",
      "--interval",
      "20ms",
      "--out",
      out,
      "--json",
    ]);
    expect(code).toBe(0);
    expect(stderr).toContain("4 jobs: 1 succeeded, 3 failed\n       2 × [0] A\n       1 × [0] B\n");
    const summary = JSON.parse(stdout) as Record<string, unknown>;
    expect(stdout.trim().split("\n")).toHaveLength(1);
    expect(summary).toMatchObject({ command: "run", ok: true, exitCode: 0, jobs: 4, batches: 1, succeeded: 1, failed: 3, out, goesOn: false });
    expect(summary.failures).toEqual([
      { specificCode: 0, message: "A", count: 2 },
      { specificCode: 0, message: "B", count: 1 },
    ]);
    expect(summary.handle).toMatch(/ivvy-batch-[0-9a-f]{12}\.handle\.json$/);

    const one = await cli(["run", jobsFile("one.json", [job(2)]), "--base-url", baseUrl, "--wait", "--interval", "20ms"]);
    expect(one.stderr).toContain("Submitting 1 job as 1 batch to ");
    expect(one.stderr).toContain("\n1 job: 1 succeeded, 0 failed\n");
  });

  it("a job whose answer says it was not done (inviteContacts' status false) is not counted as succeeded", async () => {
    // The emulator, as iVvy, answers status false for a contact already invited to the event.
    const jobs = [job(9001, [70]), job(9001, [70, 71]), job(9001, [70])];
    const { code, stdout, stderr } = await cli([
      "run",
      jobsFile("reinvite.json", jobs),
      "--base-url",
      baseUrl,
      "--wait",
      "--interval",
      "20ms",
      "--json",
      "--strict",
      "--out",
      join(dir, "reinvite-results.json"),
    ]);
    expect(stderr).toContain(
      "3 jobs: 1 succeeded, 2 answered that part or all of it was not done, 0 failed\n       2 × event.inviteContacts: status false for 2 of 3 items\n",
    );
    // --strict counts them: exit 1, as for a failed job.
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({
      succeeded: 1,
      partlyFailed: 2,
      failed: 0,
      reportedFailures: [{ action: "event.inviteContacts", jobs: 2, unsuccessful: 0, items: 3, failedItems: 2 }],
    });
  });

  it("a bad handle file exits 2 with one prefix and says what is wrong", async () => {
    const handle = jobsFile("bad-handle.json", { version: 2, chunks: [] });
    const { code, stderr } = await cli(["wait", handle, "--base-url", baseUrl]);
    expect(code).toBe(2);
    expect(stderr.trim().split("\n").pop()).toBe(`ivvy-batch: handle file ${handle} is not a batch handle: version must be 1, not 2`);
    expect(stderr.match(/ivvy-batch/g)).toHaveLength(1);
    expect((await cli(["results", handle, "--base-url", baseUrl])).code).toBe(2);
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

  it("with --emulator the handle is not kept (the batch dies with the process) and a deadline says there is nothing to resume", async () => {
    const jobs = Array.from({ length: 20 }, (_, i) => job(200 + i));
    const { code, stderr } = await cli(["run", jobsFile("slow.json", jobs), "--emulator", "--wait", "--deadline", "0.3", "--job-delay-ms", "200"]);
    expect(code).toBe(6);
    expect(stderr).toMatch(/^ivvy-batch: --deadline 0\.3 passed /m);
    expect(stderr).toContain("The batch ran in the embedded emulator, which stopped with this run: there is nothing to resume.");
    expect(stderr).not.toMatch(/Resume with/);
  });
});
