// Nothing is sent until everything is checked (docs/cli.md): every flag, the whole jobs file,
// the output paths and the credentials are checked before the first request. Each case
// runs against a live emulator and asserts that it received no run at all.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CountingEmulator, cli, freshDir, job, startCountingEmulator, writeJson } from "./cli-harness.js";

let target: CountingEmulator;
const dir = freshDir();
const jobs = Array.from({ length: 1000 }, (_, i) => job(1 + (i % 7)));
let jobsFile: string;

beforeAll(async () => {
  target = await startCountingEmulator();
  jobsFile = writeJson(dir, "jobs.json", jobs);
  writeJson(dir, "a-file", "x");
  mkdirSync(join(dir, "a-directory"));
});
afterAll(() => target.close());

describe("refused before the first request: exit 2, zero runs received", () => {
  const cases: [string, () => string[], RegExp][] = [
    ["--deadline with an unknown unit", () => ["--wait", "--deadline", "10x"], /--deadline must be a duration such as 90s, 10m, 2h or 1h30m .*not '10x'/],
    ["--deadline abc", () => ["--wait", "--deadline", "abc"], /--deadline must be a duration/],
    ["--interval -5", () => ["--wait", "--interval", "-5"], /--interval must be a duration .*not '-5'/],
    ["--interval 0", () => ["--wait", "--interval", "0"], /--interval must be more than 0/],
    [
      "--chunk-size 201",
      () => ["--chunk-size", "201"],
      /--chunk-size must be a whole number from 1 to 200 \(iVvy takes at most 200 jobs per batch\), not '201'/,
    ],
    ["--chunk-size 0", () => ["--chunk-size", "0"], /--chunk-size must be a whole number from 1 to 200/],
    ["--concurrency 1.5", () => ["--concurrency", "1.5"], /--concurrency must be a whole number of at least 1, not '1.5'/],
    ["--timeout-ms soon", () => ["--timeout-ms", "soon"], /--timeout-ms must be a duration/],
    ["--callback-url that is not a URL", () => ["--callback-url", "my.app/cb"], /--callback-url must be an absolute http\(s\) URL/],
    [
      "--out in a directory that does not exist",
      () => ["--wait", "--out", join(dir, "missing", "results.json")],
      /--out .* cannot be written: the directory .* does not exist; nothing was sent/,
    ],
    ["--out that is a directory", () => ["--wait", "--out", join(dir, "a-directory")], /--out .* cannot be written: it is a directory/],
    [
      "--out under a file",
      () => ["--wait", "--out", join(dir, "a-file", "results.json")],
      /--out .* cannot be written: a part of the path is a file, not a directory/,
    ],
    [
      "--handle-out in a directory that does not exist",
      () => ["--handle-out", join(dir, "missing", "handle.json")],
      /--handle-out .* cannot be written: the directory .* does not exist/,
    ],
    [
      "--out and --handle-out the same file",
      () => ["--wait", "--out", join(dir, "same.json"), "--handle-out", join(dir, "same.json")],
      /--out and --handle-out name the same file/,
    ],
    ["--deadline without --wait", () => ["--deadline", "10m"], /--deadline applies only with --wait/],
    ["--fixtures without --emulator", () => ["--fixtures", "f.json"], /--fixtures applies only with --emulator/],
    ["--json with --wait and no --out", () => ["--wait", "--json"], /--json prints the summary on stdout: give --out for the results/],
    ["--emulator with --base-url", () => ["--emulator"], /--emulator runs against an embedded emulator; it cannot be combined with --base-url/],
  ];
  it.each(cases)("%s", async (_name, args, message) => {
    const before = target.runs();
    const { code, stdout, stderr } = await cli(["run", jobsFile, "--base-url", target.url, ...args()], { cwd: dir });
    expect(stderr).toMatch(message);
    expect(code).toBe(2);
    if (args().includes("--json")) expect(JSON.parse(stdout)).toMatchObject({ ok: false, exitCode: 2 });
    else expect(stdout).toBe("");
    expect(stderr).not.toMatch(/Submitting/);
    expect(target.runs() - before).toBe(0);
  });

  it("a base URL that is not http(s)", async () => {
    const { code, stderr } = await cli(["run", jobsFile, "--base-url", "ftp://127.0.0.1:1"], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/--base-url must be an absolute http\(s\) URL, not 'ftp:\/\/127\.0\.0\.1:1'/);
  });

  it("every bad job is reported, up to 20 lines, and none of the 1,000 is sent", async () => {
    const bad = jobs.map((j, i) => (i % 40 === 5 ? { ...j, action: "" } : i === 17 ? { namespace: "event", params: {} } : j));
    const before = target.runs();
    const { code, stderr } = await cli(["run", writeJson(dir, "bad.json", bad), "--base-url", target.url, "--wait"], { cwd: dir });
    expect(code).toBe(2);
    const lines = stderr.trim().split("\n");
    expect(lines).toHaveLength(22);
    expect(lines[0]).toMatch(/^ivvy-batch: jobs file .*bad\.json: 26 of 1000 jobs are invalid; nothing was sent$/);
    expect(lines[1]).toBe("  jobs[5]: Empty job parameter found [specific code 24093]: jobs[5].action is empty");
    expect(lines[2]).toBe(
      "  jobs[17]: Incorrect Job Format [specific code 24092]: jobs[17] must have exactly the keys namespace, action and params (has namespace, params)",
    );
    expect(lines[20]).toBe("  jobs[725]: Empty job parameter found [specific code 24093]: jobs[725].action is empty");
    expect(lines.at(-1)).toBe("  ... and 6 more");
    expect(target.runs() - before).toBe(0);
  });

  it("no credentials and no --emulator: exit 2 naming the variables and the flag, nothing started", async () => {
    const { code, stdout, stderr } = await cli(["run", jobsFile, "--wait"], { cwd: dir });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim()).toBe(
      "ivvy-batch: no iVvy credentials: set IVVY_API_KEY, IVVY_API_SECRET and IVVY_REGION (au, us or uk), or IVVY_BASE_URL for another server " +
        "(or --key, --secret, --region, --base-url); or --emulator to run against an embedded emulator (nothing reaches iVvy)",
    );
  });
});

describe("--json", () => {
  it("a refusal is also a JSON summary on stdout, and nothing is sent", async () => {
    const before = target.runs();
    const { code, stdout } = await cli(["run", jobsFile, "--base-url", target.url, "--chunk-size", "201", "--json"], { cwd: dir });
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toMatchObject({ command: "run", ok: false, exitCode: 2, error: expect.stringContaining("--chunk-size must be"), handle: null });
    expect(target.runs() - before).toBe(0);
  });

  it("without --wait, stdout is the summary alone; the handle is in the file it names", async () => {
    const cwd = freshDir();
    const { code, stdout } = await cli(["run", jobsFile, "--base-url", target.url, "--json"], { cwd });
    expect(code).toBe(0);
    const summary = JSON.parse(stdout) as { handle: string; batches: number; resume: string };
    expect(summary).toMatchObject({ ok: true, batches: 5, jobs: 1000 });
    expect(summary.resume).toBe(`ivvy-batch wait ${summary.handle.slice(cwd.length + 1)} --base-url ${target.url}`);
  });
});

describe("durations as users type them", () => {
  it.each([["10m"], ["90s"], ["2h"], ["1h30m"], ["600"]])("--deadline %s is accepted and the batch completes", async (deadline) => {
    const out = join(dir, `out-${deadline}.json`);
    const few = writeJson(dir, "few.json", jobs.slice(0, 10));
    const { code, stderr } = await cli(["run", few, "--base-url", target.url, "--wait", "--deadline", deadline, "--interval", "20ms", "--out", out], {
      cwd: dir,
    });
    expect(stderr).toMatch(/^10 jobs: \d+ succeeded/m);
    expect(code).toBe(0);
  });
});
