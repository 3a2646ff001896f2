import { type ChildProcess, spawn } from "node:child_process";
import { request } from "node:http";
import { findFreePort } from "./find-free-port.js";
import { resolvePrismCli } from "./resolve-prism-cli.js";

export interface PrismProcessOptions {
  specPath: string;
  /** Prism's --errors: a request or response that breaks the spec becomes an error response. */
  errors: boolean;
  /** Prism's --dynamic: generate bodies from the schemas instead of serving the examples. */
  dynamic: boolean;
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
const PORT_ATTEMPTS = 3;
const KILL_GRACE_MS = 3_000;
const POLL_INTERVAL_MS = 50;
const OUTPUT_TAIL_LINES = 20;

// Runs inside the Prism process before its CLI: Prism never reads stdin, so the
// pipe ends only when the parent dies, even by SIGKILL, where no 'exit' handler
// of the parent runs. Prism then exits instead of lingering as an orphan.
const PARENT_WATCHDOG = `data:text/javascript,process.stdin.on("end",()=>process.exit(0)).resume()`;

/** Starts Prism's mock server on a free private port and resolves once it answers HTTP. */
export async function spawnPrism(options: PrismProcessOptions): Promise<PrismProcess> {
  const cli = resolvePrismCli();
  for (let attempt = 1; ; attempt++) {
    const port = await findFreePort(HOST);
    try {
      return await startOnPort(cli, port, options);
    } catch (error) {
      // The free port can be taken between findFreePort and Prism's listen.
      if (attempt < PORT_ATTEMPTS && error instanceof PrismExitedError && /EADDRINUSE/.test(error.message)) continue;
      throw error;
    }
  }
}

class PrismExitedError extends Error {
  override readonly name = "PrismExitedError";
}

async function startOnPort(cli: string, port: number, options: PrismProcessOptions): Promise<PrismProcess> {
  const args = [
    "--import",
    PARENT_WATCHDOG,
    cli,
    "mock",
    options.specPath,
    "--host",
    HOST,
    "--port",
    String(port),
    "--errors",
    String(options.errors),
    "--dynamic",
    String(options.dynamic),
    "--verboseLevel",
    options.quiet ? "error" : "info",
  ];
  // Its own process group (detached), so stop() can signal Prism and anything it
  // forks at once, and a Ctrl-C in the terminal reaches only the parent, which then
  // stops Prism in order.
  const child = spawn(process.execPath, args, {
    detached: true,
    stdio: ["pipe", "pipe", "pipe"],
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
    throw new Error(`Could not start Prism (${process.execPath} ${cli})`);
  }
  const url = `http://${HOST}:${port}`;
  const describe = () => (tail.length ? `\nPrism said:\n  ${tail.join("\n  ")}` : "");
  try {
    await Promise.race([
      waitUntilAnswering(port, options.startupTimeoutMs),
      exited.then(() => {
        throw new PrismExitedError(`Prism exited (code ${child.exitCode}, signal ${child.signalCode}) before it answered on ${url}${describe()}`);
      }),
    ]);
  } catch (error) {
    await stop();
    if (error instanceof PrismExitedError) throw error;
    throw new Error(`${(error as Error).message}${describe()}`, { cause: error });
  }
  return { pid: child.pid, url, stop };
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

async function waitUntilAnswering(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await answers(port))) {
    if (Date.now() > deadline) throw new Error(`Prism did not answer on ${HOST}:${port} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}

/** Whether anything answers HTTP on the port: Prism's 404 for `/` is enough. */
function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = request({ host: HOST, port, method: "GET", path: "/", timeout: 1_000, agent: false }, (response) => {
      response.resume();
      resolve(true);
    });
    probe.on("timeout", () => probe.destroy());
    probe.on("error", () => resolve(false));
    probe.end();
  });
}
