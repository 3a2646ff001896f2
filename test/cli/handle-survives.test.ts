// The handle survives every exit (docs/cli.md): once a batch is submitted, success, SIGINT,
// SIGTERM, a deadline, a network failure and a failure writing --out all leave the handle
// in a file (default: the working directory) and print the exact command that resumes
// it; each test then runs that command and gets every result.
import { readdirSync, readFileSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { describeRanges } from "../../src/cli/report/describe-submission-failure.js";
import { parseBatchHandle } from "../../src/workflow/model/batch-handle.js";
import { fileAppears } from "../helpers/file-appears.js";
import { type CliResult, type CountingEmulator, cli, freshDir, job, startCli, startCountingEmulator, writeJson } from "./cli-harness.js";

let target: CountingEmulator;
const jobs = Array.from({ length: 600 }, (_, i) => job(1 + (i % 5)));
let jobsFile: string;

beforeAll(async () => {
  // 5 ms a job: a batch of 200 takes about a second, long enough to interrupt.
  target = await startCountingEmulator({ jobDelayMs: 5 });
  jobsFile = writeJson(freshDir(), "jobs.json", jobs);
});
afterAll(() => target.close());

/** The handle file and resume command a finished CLI printed, checked. */
function leftBehind(result: CliResult, cwd: string, verb: "wait" | "results" | "run") {
  const path = /^Batch handle: (\S+)$/m.exec(result.stderr)?.[1];
  expect(path, result.stderr).toMatch(/^ivvy-batch-[0-9a-f]{12}\.handle\.json$|\.json$/);
  // The file is a handle plus the run's own record (for run --resume).
  const { run: _run, ...handle } = parseBatchHandle(JSON.parse(readFileSync(join(cwd, path!), "utf8"))) as ReturnType<typeof parseBatchHandle> & {
    run?: unknown;
  };
  const resume = new RegExp(`^(?:Resume|Later) with: (ivvy-batch ${verb === "run" ? "run \\S+ --resume" : verb} .*)$`, "m").exec(result.stderr)?.[1];
  expect(resume, result.stderr).toBeDefined();
  return { path: path!, handle, resume: resume! };
}

/** Resolves when the emulator has stored `count` batches (its port's events), or fails after a bound. */
function batchesCreated(emulator: CountingEmulator["emulator"], count: number, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = 0;
    const timer = setTimeout(() => {
      off();
      reject(new Error(`the emulator stored ${seen} of ${count} batches within ${timeoutMs} ms`));
    }, timeoutMs);
    const off = emulator.port.on(
      (event) => {
        if (event.type === "batch" && event.change === "created" && ++seen === count) {
          clearTimeout(timer);
          off();
          resolve();
        }
      },
      ["batch"],
    );
  });
}

/** Runs a printed resume command as the user would paste it. */
async function runResume(command: string, cwd: string, out: string) {
  const words = command.replace("<another file>", out).split(" ");
  expect(words[0]).toBe("ivvy-batch");
  return cli(words.slice(1), { cwd });
}

describe("every way out leaves the handle and the command that resumes it", () => {
  it("success: the handle file is in the working directory; `results <handle>` gets the results again", async () => {
    const cwd = freshDir();
    const result = await cli(["run", jobsFile, "--base-url", target.url, "--wait", "--interval", "50ms", "--out", "results.json"], { cwd });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^Batch handle saved to ivvy-batch-[0-9a-f]{12}\.handle\.json/m);
    const { handle, resume } = leftBehind(result, cwd, "results");
    expect(handle.total).toBe(600);
    expect(resume).toBe(`ivvy-batch results ${/^Batch handle: (\S+)$/m.exec(result.stderr)![1]} --base-url ${target.url} --out results.json`);
    const again = await runResume(resume.replace("results.json", "again.json"), cwd, "");
    expect(again.code).toBe(0);
    // The same outcomes (without `job`: results from a handle does not have the jobs file).
    const read = (name: string) =>
      (JSON.parse(readFileSync(join(cwd, name), "utf8")) as { job?: unknown }[]).map(({ job: _job, ...rest }) => JSON.stringify(rest));
    const first = read("results.json");
    expect(first).toHaveLength(600);
    expect(read("again.json").join("\n") === first.join("\n")).toBe(true);
  });

  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)("%s while waiting exits %i; `wait` resumes", async (signal, exitCode) => {
    const cwd = freshDir();
    const running = startCli(["run", jobsFile, "--base-url", target.url, "--wait", "--interval", "50ms", "--out", "results.json"], { cwd });
    await running.waitForStderr(/^progress \d+%/m);
    running.child.kill(signal);
    const result = await running.done;
    expect(result.code).toBe(exitCode);
    expect(result.stderr).toContain(`ivvy-batch: ${signal === "SIGINT" ? "interrupted (SIGINT)" : "terminated (SIGTERM)"} while waiting\n`);
    expect(result.stderr).toContain("The batch goes on at iVvy; nothing was cancelled.");
    const { handle, resume } = leftBehind(result, cwd, "wait");
    expect(handle.total).toBe(600);
    expect(result.stderr).toContain(`Handle: ${JSON.stringify(handle)}`);
    const resumed = await runResume(resume, cwd, "");
    expect(resumed.code).toBe(0);
    expect(JSON.parse(readFileSync(join(cwd, "results.json"), "utf8"))).toHaveLength(600);
  });

  it("SIGINT while submitting: every batch already stored is in the handle file", async () => {
    const cwd = freshDir();
    const slow = await startCountingEmulator({ jobDelayMs: 1, faults: { latencyMs: 400 } });
    try {
      const running = startCli(["run", jobsFile, "--base-url", slow.url, "--wait", "--chunk-size", "100", "--concurrency", "1"], { cwd });
      // Stopped as the emulator stores the first batch: its answer is still on its way.
      await batchesCreated(slow.emulator, 1);
      running.child.kill("SIGINT");
      const result = await running.done;
      expect(result.code).toBe(130);
      expect(result.stderr).toMatch(/^ivvy-batch: interrupted \(SIGINT\) while submitting: stopped before every batch was sent/m);
      const { handle, resume } = leftBehind(result, cwd, "run");
      expect(handle.chunks.length).toBeGreaterThanOrEqual(1);
      expect(handle.chunks.length).toBeLessThan(6);
      // A graceful stop: the run in flight got its answer, so every batch stored is in the handle.
      expect(slow.emulator.batches.list()).toHaveLength(handle.chunks.length);
      expect(result.stderr).not.toMatch(/possibly stored/);
      const resumed = await runResume(`${resume} --interval 20ms`, cwd, "");
      expect(resumed.code, resumed.stderr).toBe(0);
      // Every job once: six batches stored in all, and every outcome in job order.
      expect(slow.emulator.batches.list()).toHaveLength(6);
      expect(JSON.parse(resumed.stdout)).toHaveLength(600);
    } finally {
      await slow.close();
    }
  });

  it("SIGKILL while submitting: the handle lists what may be stored; the printed command sends the rest, never a job twice", async () => {
    const cwd = freshDir();
    const slow = await startCountingEmulator({ jobDelayMs: 1, faults: { latencyMs: 300 } });
    try {
      const handlePath = join(cwd, "h.json");
      const running = startCli(
        ["run", jobsFile, "--base-url", slow.url, "--chunk-size", "100", "--concurrency", "2", "--handle-out", "h.json", "--out", "results.json", "--wait"],
        { cwd },
      );
      await batchesCreated(slow.emulator, 2);
      running.child.kill("SIGKILL");
      expect((await running.done).signal).toBe("SIGKILL");
      const file = JSON.parse(readFileSync(handlePath, "utf8")) as { chunks: { start: number }[]; run: { inFlight: { start: number; end: number }[] } };
      // Written ahead: every batch the emulator stored is in the file, submitted or in flight.
      const known = file.chunks.length + file.run.inFlight.length;
      expect(known).toBeGreaterThanOrEqual(slow.emulator.batches.list().length);
      const stored = slow.emulator.batches.list().length;
      // The process is gone, so its lock is taken over; batches in flight are not sent again.
      const resumed = await cli(["run", jobsFile, "--resume", "h.json", "--base-url", slow.url, "--wait", "--out", "results.json", "--interval", "20ms"], {
        cwd,
      });
      const inFlight = file.run.inFlight.length;
      expect(resumed.code, resumed.stderr).toBe(inFlight > 0 ? 9 : 0);
      // Each job stored at most once: the batches sent now are exactly those never recorded.
      expect(slow.emulator.batches.list()).toHaveLength(stored + (6 - known));
      if (inFlight > 0) {
        expect(resumed.stderr).toContain(`possibly stored (sent, no answer read): ${describeRanges(file.run.inFlight)}`);
        const waitFor = /^Resume with: (ivvy-batch wait .*)$/m.exec(resumed.stderr)?.[1];
        const collected = await runResume(`${waitFor} --interval 20ms`, cwd, "");
        expect(collected.code, collected.stderr).toBe(0);
      }
      const outcomes = JSON.parse(readFileSync(join(cwd, "results.json"), "utf8")) as unknown[];
      expect(outcomes).toHaveLength(600 - inFlight * 100);
    } finally {
      await slow.close();
    }
  });

  it("the deadline exits 6, says so once, and `wait` resumes; --json carries the handle and the command", async () => {
    const cwd = freshDir();
    const result = await cli(["run", jobsFile, "--base-url", target.url, "--wait", "--deadline", "300ms", "--out", "results.json", "--json"], { cwd });
    expect(result.code).toBe(6);
    expect(result.stderr.match(/deadline/gi)).toHaveLength(1);
    expect(result.stderr).toMatch(
      /^ivvy-batch: --deadline 300ms passed with the batch at \d+% \(\d of 3 batches complete\); its results are kept until \S+Z$/m,
    );
    const { path, resume } = leftBehind(result, cwd, "wait");
    const summary = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({ command: "run", ok: false, exitCode: 6, jobs: 600, batches: 3, handle: join(cwd, path), resume, goesOn: true });
    const resumed = await runResume(resume, cwd, "");
    expect(resumed.code).toBe(0);
    expect(JSON.parse(readFileSync(join(cwd, "results.json"), "utf8"))).toHaveLength(600);
  });

  describe("a network failure while submitting", () => {
    let proxy: Server;
    let proxyUrl: string;
    let runsSeen = 0;
    beforeAll(async () => {
      // Forwards to the emulator, but drops the connection of the second run it sees: the
      // run got no answer (it may or may not have arrived). Then the network is back.
      const upstream = new URL(target.url);
      proxy = createServer((incoming, outgoing) => {
        if (incoming.url?.includes("action=run") && ++runsSeen === 2) {
          incoming.socket.destroy();
          return;
        }
        const forwarded = request(
          { host: upstream.hostname, port: upstream.port, method: incoming.method, path: incoming.url, headers: incoming.headers },
          (answer) => {
            outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(outgoing);
          },
        );
        incoming.pipe(forwarded);
      });
      await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
      proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => proxy.close(() => resolve())));
    afterEach(() => {
      proxy.closeAllConnections();
    });

    it("exits 4, names the batch that may be running, and `wait` collects what was submitted", async () => {
      const cwd = freshDir();
      const result = await cli(["run", jobsFile, "--base-url", proxyUrl, "--wait", "--concurrency", "1"], { cwd });
      expect(result.code).toBe(4);
      expect(result.stderr).toMatch(
        /^ivvy-batch: the run of batch 2 \(jobs 200-399\) got no answer \(.*\); it may be running at iVvy, so it was not sent again/m,
      );
      expect(result.stderr).toContain("1 batch was submitted (200 jobs). possibly stored (sent, no answer read): jobs 200-399. never sent: jobs 400-599");
      const { handle, resume } = leftBehind(result, cwd, "run");
      expect(handle.chunks.map((c) => [c.start, c.end])).toEqual([[0, 200]]);
      // The printed command sends what was never sent, and not the batch that may be running: exit 9.
      const resumed = await runResume(`${resume} --interval 20ms`, cwd, "");
      expect(resumed.code, resumed.stderr).toBe(9);
      expect(resumed.stderr).toContain("possibly stored (sent, no answer read): jobs 200-399");
      expect(resumed.stderr).not.toContain("never sent");
      const waitFor = /^Resume with: (ivvy-batch wait .*)$/m.exec(resumed.stderr)?.[1];
      expect(waitFor, resumed.stderr).toBeDefined();
      const collected = await runResume(`${waitFor} --interval 20ms`, cwd, "");
      expect(collected.code, collected.stderr).toBe(0);
      expect(JSON.parse(collected.stdout)).toHaveLength(400);
    });
  });

  it("a failure writing --out exits 7 after the batch is done; `results <handle>` writes them elsewhere", async () => {
    const cwd = freshDir();
    const result = await cli(["run", jobsFile, "--base-url", target.url, "--wait", "--interval", "50ms", "--out", "/dev/full"], { cwd });
    expect(result.code).toBe(7);
    expect(result.stderr).toMatch(/^ivvy-batch: cannot write the results to \/dev\/full: ENOSPC.*; the batch is complete$/m);
    const { resume } = leftBehind(result, cwd, "results");
    expect(resume).toMatch(/ --out <another file>$/);
    const again = await runResume(resume, cwd, "elsewhere.json");
    expect(again.code).toBe(0);
    expect(JSON.parse(readFileSync(join(cwd, "elsewhere.json"), "utf8"))).toHaveLength(600);
  });

  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)("%s while the results are written exits %i, leaves no partial or temporary file, and `results` writes them", async (signal, exitCode) => {
    const cwd = freshDir();
    const gate = await startResultsGate(target.url);
    try {
      const running = startCli(["run", jobsFile, "--base-url", gate.url, "--wait", "--interval", "50ms", "--out", "results.json"], { cwd });
      // The first results request is held: the results file is open under its temporary name.
      await gate.arrived;
      expect((await fileAppears(cwd, (name) => name.endsWith(".tmp"))).filter((name) => name.endsWith(".tmp"))).toHaveLength(1);
      running.child.kill(signal);
      const result = await running.done;
      gate.open();
      expect(result.code, result.stderr).toBe(exitCode);
      expect(result.stderr).toContain(
        `ivvy-batch: ${signal === "SIGINT" ? "interrupted (SIGINT)" : "terminated (SIGTERM)"} while writing the results; nothing was left half-written, and the batch is complete\n`,
      );
      expect(readdirSync(cwd).filter((name) => name.endsWith(".tmp") || name === "results.json")).toEqual([]);
      const { resume } = leftBehind(result, cwd, "results");
      expect(resume).toMatch(/ --out results\.json$/);
      const resumed = await runResume(resume, cwd, "");
      expect(resumed.code, resumed.stderr).toBe(0);
      const outcomes = JSON.parse(readFileSync(join(cwd, "results.json"), "utf8")) as { index: number }[];
      expect(outcomes.map((o) => o.index)).toEqual(jobs.map((_, i) => i));
    } finally {
      gate.open();
      await gate.close();
    }
  });
});

/** A proxy to `upstream` that holds every `batch?action=results` request until `open()`; `arrived` resolves at the first. */
async function startResultsGate(upstream: string) {
  let open = false;
  const held: (() => void)[] = [];
  let arrive: () => void = () => {};
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const target = new URL(upstream);
  const server: Server = createServer((incoming, outgoing) => {
    const forward = () => {
      const upstreamRequest = request(
        { host: target.hostname, port: target.port, method: incoming.method, path: incoming.url, headers: incoming.headers },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      upstreamRequest.on("error", () => outgoing.destroy());
      incoming.pipe(upstreamRequest);
    };
    if (open || !incoming.url?.includes("action=results")) return forward();
    arrive();
    held.push(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    arrived,
    open() {
      open = true;
      for (const forward of held.splice(0)) forward();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
