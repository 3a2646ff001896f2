// The long kill script (`npm run test:kill-points`): the guarantee of docs/cli.md ("a job is
// sent once, or reported as possibly stored; never sent twice silently, never dropped
// silently") tried at many points, beyond the handful test/cli/handle-survives.test.ts runs
// in npm test. For each signal (SIGINT, SIGTERM, SIGKILL) and each point, chosen by the
// emulator's own events, never by a sleep (after k batches are stored for several k; at the
// first progress poll; at the first results request), it starts `ivvy-batch run --wait`
// against an emulator on a port, kills it, then runs the printed command (after SIGKILL,
// which prints nothing, the documented `run <jobs> --resume <handle> --wait`) until the run
// ends. From the emulator's record: no job stored twice; after a graceful signal every job
// ran once and the results file holds every outcome in job order; after SIGKILL, the
// outcomes missing from the file are exactly the jobs reported possibly stored.
//
//   npm run build && npm run test:kill-points [-- --jobs 2000 --chunk-size 100 --stored 1,3,7,12]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Emulator } from "../../src/emulator/create-emulator.js";
import { type CliResult, cli, freshDir, startCli, startCountingEmulator, writeJson } from "../cli/cli-harness.js";

const { values } = parseArgs({
  options: {
    jobs: { type: "string", default: "2000" },
    "chunk-size": { type: "string", default: "100" },
    stored: { type: "string", default: "1,3,7,12" },
    "latency-ms": { type: "string", default: "50" },
  },
});
const JOBS = Number(values.jobs);
const CHUNK = Number(values["chunk-size"]);
const STORED = String(values.stored).split(",").map(Number);
const POINT_BOUND_MS = 60_000;

type Signal = "SIGINT" | "SIGTERM" | "SIGKILL";
type Point = { kind: "stored"; k: number } | { kind: "progress" } | { kind: "results" };
const describePoint = (p: Point) => (p.kind === "stored" ? `${p.k} batches stored` : p.kind === "progress" ? "first progress poll" : "first results request");

/** Resolves at the point, from the emulator port's events; rejects after a bound. */
function reach(emulator: Emulator, point: Point): Promise<void> {
  return new Promise((resolve, reject) => {
    let stored = 0;
    const timer = setTimeout(() => {
      off();
      reject(new Error(`the run never reached "${describePoint(point)}" within ${POINT_BOUND_MS} ms`));
    }, POINT_BOUND_MS);
    const done = () => {
      clearTimeout(timer);
      off();
      resolve();
    };
    const off = emulator.port.on((event) => {
      if (point.kind === "stored" && event.type === "batch" && event.change === "created" && ++stored === point.k) done();
      if (point.kind !== "stored" && event.type === "request" && event.request.operation === point.kind) done();
    });
  });
}

/** Job ranges a CLI message reports as possibly stored. */
function possiblyStored(stderr: string): Set<number> {
  const jobs = new Set<number>();
  const line = /possibly stored \(sent, no answer read\): jobs? ([\d, -]+)/.exec(stderr)?.[1] ?? "";
  for (const part of line
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [a, b] = part.split("-").map(Number) as [number, number | undefined];
    for (let i = a; i <= (b ?? a); i++) jobs.add(i);
  }
  return jobs;
}

interface Verdict {
  signal: Signal;
  point: string;
  storedAtKill: number;
  commands: number;
  storedTwice: number;
  neverStored: number;
  missing: number;
  reportedPossiblyStored: number;
  ok: boolean;
  why: string;
}

async function scenario(signal: Signal, point: Point): Promise<Verdict> {
  const cwd = freshDir("ivvy-kill-");
  // Each job invites its own contact: a job run twice would also show as `status: false`.
  const jobs = Array.from({ length: JOBS }, (_, i) => ({ namespace: "event", action: "inviteContacts", params: { event: 1, contacts: [i + 1] } }));
  writeJson(cwd, "jobs.json", jobs);
  const target = await startCountingEmulator({ jobDelayMs: 0, faults: { latencyMs: Number(values["latency-ms"]) } });
  try {
    const base = ["--base-url", target.url];
    const running = startCli(
      [
        "run",
        "jobs.json",
        ...base,
        "--wait",
        "--interval",
        "50ms",
        "--chunk-size",
        String(CHUNK),
        "--concurrency",
        "2",
        "--handle-out",
        "h.json",
        "--out",
        "results.json",
      ],
      { cwd },
    );
    await reach(target.emulator, point);
    running.child.kill(signal);
    let last: CliResult = await running.done;
    const storedAtKill = target.emulator.batches.list().length;
    const reported = new Set<number>();
    let commands = 0;
    // As the user would: the printed command, or after SIGKILL (nothing printed) the documented one.
    for (;;) {
      for (const i of possiblyStored(last.stderr)) reported.add(i);
      if (last.code === 0) break;
      const printed = /^Resume with: (ivvy-batch .*)$/m.exec(last.stderr)?.[1];
      const words = printed ? printed.split(" ").slice(1) : ["run", "jobs.json", "--resume", "h.json", ...base, "--wait", "--out", "results.json"];
      if (++commands > 6) throw new Error(`still not done after 6 commands; last exit ${last.code}:\n${last.stderr}`);
      if (!printed && last.signal !== "SIGKILL") throw new Error(`exit ${last.code} printed no command to resume:\n${last.stderr}`);
      last = await cli(words[0] === "results" ? words : [...words, "--interval", "20ms"], { cwd });
    }

    // The emulator's record: how often each job (by its contact) was stored.
    const times = new Map<number, number>();
    for (const batch of target.emulator.batches.list()) {
      for (const job of batch.jobs) {
        const contact = (job.params.contacts as number[])[0] as number;
        times.set(contact - 1, (times.get(contact - 1) ?? 0) + 1);
      }
    }
    const storedTwice = [...times.values()].filter((n) => n > 1).length;
    const neverStored = jobs.length - times.size;
    const outcomes = JSON.parse(readFileSync(join(cwd, "results.json"), "utf8")) as { index: number }[];
    const present = new Set(outcomes.map((o) => o.index));
    const inOrder = outcomes.every((o, i) => i === 0 || o.index > (outcomes[i - 1] as { index: number }).index);
    const missing = jobs.map((_, i) => i).filter((i) => !present.has(i));
    const problems: string[] = [];
    if (storedTwice) problems.push(`${storedTwice} jobs stored twice`);
    if (!inOrder) problems.push("outcomes out of job order");
    if (signal === "SIGKILL") {
      // Missing outcomes are exactly the jobs reported possibly stored.
      const same = missing.length === reported.size && missing.every((i) => reported.has(i));
      if (!same) problems.push(`missing ${missing.length} outcomes, reported ${reported.size} possibly stored`);
    } else {
      if (neverStored) problems.push(`${neverStored} jobs never stored`);
      if (missing.length) problems.push(`${missing.length} outcomes missing`);
      if (reported.size) problems.push(`${reported.size} possibly stored after a graceful stop`);
    }
    return {
      signal,
      point: describePoint(point),
      storedAtKill,
      commands,
      storedTwice,
      neverStored,
      missing: missing.length,
      reportedPossiblyStored: reported.size,
      ok: problems.length === 0,
      why: problems.join("; "),
    };
  } finally {
    await target.close();
  }
}

const points: Point[] = [...STORED.map((k): Point => ({ kind: "stored", k })), { kind: "progress" }, { kind: "results" }];
const verdicts: Verdict[] = [];
console.log(`${JOBS} jobs in batches of ${CHUNK}; kill points: ${points.map(describePoint).join(", ")}`);
for (const signal of ["SIGINT", "SIGTERM", "SIGKILL"] as const) {
  for (const point of points) {
    const verdict = await scenario(signal, point).catch(
      (error: Error): Verdict => ({
        signal,
        point: describePoint(point),
        storedAtKill: 0,
        commands: 0,
        storedTwice: 0,
        neverStored: 0,
        missing: 0,
        reportedPossiblyStored: 0,
        ok: false,
        why: error.message,
      }),
    );
    verdicts.push(verdict);
    console.log(
      `${verdict.ok ? "ok  " : "FAIL"} ${signal.padEnd(7)} at ${verdict.point.padEnd(22)} stored ${String(verdict.storedAtKill).padStart(3)} batches at the kill; ` +
        `${verdict.commands} resume command(s); twice ${verdict.storedTwice}, possibly stored ${verdict.reportedPossiblyStored}, outcomes missing ${verdict.missing}` +
        (verdict.ok ? "" : ` — ${verdict.why}`),
    );
  }
}
const failed = verdicts.filter((v) => !v.ok).length;
console.log(`${verdicts.length - failed} of ${verdicts.length} scenarios held the guarantee`);
process.exitCode = failed ? 1 : 0;
