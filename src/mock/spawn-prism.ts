import { type ChildProcess, spawn } from "node:child_process";
import type { Readable } from "node:stream";
import { resolvePrismCli } from "./resolve-prism-cli.js";

export interface PrismProcessOptions {
  specPath: string;
  /** Prism's proxy mode: forward each valid request to this upstream (`prism proxy`); by default Prism mocks (`prism mock`). */
  upstream?: string;
  /** Prism's --errors: a request or response that breaks the spec becomes an error response. */
  errors: boolean;
  /** Prism's --dynamic: generate bodies from the schemas instead of serving the examples (mock mode). */
  dynamic?: boolean;
  /** Only Prism's errors reach onOutput (its per-request info logging also costs throughput). */
  quiet: boolean;
  startupTimeoutMs: number;
  /** Each line Prism writes to stdout or stderr. */
  onOutput?: (line: string) => void;
}

export interface PrismProcess {
  pid: number;
  /** Prism itself, on a private port of 127.0.0.1; it routes only rewritten URLs. */
  url: string;
  /** Stops Prism (SIGTERM, then SIGKILL after 3 s); resolves once the process is gone. */
  stop(): Promise<void>;
}

const HOST = "127.0.0.1";
const KILL_GRACE_MS = 3_000;
const OUTPUT_TAIL_LINES = 20;
/** The pipe on which the preload reports Prism's port (stdio index). */
const REPORT_FD = 3;

// Runs inside the Prism process before its CLI (node --import):
// - Prism never reads stdin, so the pipe ends only when the parent dies, even by SIGKILL,
//   where no 'exit' handler of the parent runs. Prism then exits instead of lingering.
// - Prism listens on port 0 (the kernel picks a free port, so no other process can take it
//   first), and this reports the port on REPORT_FD once its server listens. Readiness is
//   that event, never a probe: a probe of a port picked in advance can be answered by
//   whatever else took the port, while Prism dies of EADDRINUSE behind it.
const PRELOAD = `data:text/javascript,${encodeURIComponent(`
import { Server } from "node:net";
import { writeSync } from "node:fs";
process.stdin.on("end", () => process.exit(0)).resume();
const listen = Server.prototype.listen;
let reported = false;
Server.prototype.listen = function (...args) {
  this.once("listening", () => {
    const address = this.address();
    if (reported || !address || typeof address !== "object") return;
    reported = true;
    writeSync(${REPORT_FD}, JSON.stringify({ port: address.port }) + "\\n");
  });
  return listen.apply(this, args);
};
`)}`;

class PrismExitedError extends Error {
  override readonly name = "PrismExitedError";
}

/** Starts Prism (mock, or validation proxy with `upstream`) on a free port of 127.0.0.1 and resolves once its server listens. */
export async function spawnPrism(options: PrismProcessOptions): Promise<PrismProcess> {
  const mode = options.upstream === undefined ? ["mock", options.specPath] : ["proxy", options.specPath, options.upstream];
  const args = [
    "--import",
    PRELOAD,
    resolvePrismCli(),
    ...mode,
    "--host",
    HOST,
    "--port",
    "0",
    "--errors",
    String(options.errors),
    ...(options.upstream === undefined ? ["--dynamic", String(options.dynamic ?? false)] : []),
    "--verboseLevel",
    options.quiet ? "error" : "info",
  ];
  // Its own process group (detached), so stop() can signal Prism and anything it
  // forks at once, and a Ctrl-C in the terminal reaches only the parent, which then
  // stops Prism in order.
  const child = spawn(process.execPath, args, {
    detached: true,
    stdio: ["pipe", "pipe", "pipe", "pipe"],
    env: { ...process.env, FORCE_COLOR: "0" },
  });
  // Spawn failures (no pid) are reported below; without a listener they would crash the parent.
  child.on("error", () => {});
  const tail: string[] = [];
  const lines = () => {
    let partial = "";
    return (chunk: Buffer) => {
      const parts = (partial + chunk.toString("utf8")).split(/\r?\n/);
      partial = parts.pop() ?? "";
      for (const line of parts) {
        if (!line.trim()) continue;
        tail.push(line);
        if (tail.length > OUTPUT_TAIL_LINES) tail.shift();
        options.onOutput?.(line);
      }
    };
  };
  child.stdout?.on("data", lines());
  child.stderr?.on("data", lines());
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const killNow = () => signalGroup(child, "SIGKILL");
  process.once("exit", killNow);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      process.removeListener("exit", killNow);
      if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
        signalGroup(child, "SIGTERM");
        const timer = setTimeout(() => signalGroup(child, "SIGKILL"), KILL_GRACE_MS);
        await exited;
        clearTimeout(timer);
      }
      // Our end of the watchdog pipe would otherwise keep the parent's event loop alive.
      child.stdin?.destroy();
    })());

  if (child.pid === undefined) {
    await stop();
    throw new Error(`Could not start Prism (${process.execPath} ${args[2]})`);
  }
  const describe = () => (tail.length ? `\nPrism said:\n  ${tail.join("\n  ")}` : "");
  let port: number;
  try {
    port = await Promise.race([
      reportedPort(child.stdio[REPORT_FD] as Readable | null, options.startupTimeoutMs),
      exited.then(() => {
        throw new PrismExitedError(`Prism exited (code ${child.exitCode}, signal ${child.signalCode}) before it listened${describe()}`);
      }),
    ]);
  } catch (error) {
    await stop();
    if (error instanceof PrismExitedError) throw error;
    throw new Error(`${(error as Error).message}${describe()}`, { cause: error });
  }
  return { pid: child.pid, url: `http://${HOST}:${port}`, stop };
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** The port the preload reports once Prism's server listens, bounded by timeoutMs. */
function reportedPort(report: Readable | null, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    if (!report) {
      reject(new Error("Prism was started without its report pipe"));
      return;
    }
    let text = "";
    const timer = setTimeout(() => finish(new Error(`Prism did not listen within ${timeoutMs} ms`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      text += chunk.toString("utf8");
      const line = text.split("\n", 1)[0] as string;
      if (line.length === text.length) return;
      const port = (JSON.parse(line) as { port?: unknown }).port;
      finish(typeof port === "number" && Number.isInteger(port) && port > 0 ? port : new Error(`Prism reported no port: ${line}`));
    };
    const finish = (outcome: number | Error) => {
      clearTimeout(timer);
      report.off("data", onData);
      // The pipe is read no further; destroying it keeps it from holding the event loop.
      report.destroy();
      if (typeof outcome === "number") resolve(outcome);
      else reject(outcome);
    };
    report.on("data", onData);
    report.on("error", () => {});
  });
}
