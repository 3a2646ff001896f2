#!/usr/bin/env node
// ivvy-batch: the command line of this package. The only place besides the example
// scripts that writes to the console.
import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { Command, CommanderError, Option } from "commander";
import { callCommand } from "./commands/call.js";
import { checkRecordingCommand } from "./commands/check-recording.js";
import { emulateCommand } from "./commands/emulate.js";
import { mockCommand } from "./commands/mock.js";
import { addReceiverCommands } from "./commands/receiver-commands.js";
import { runCommand } from "./commands/run.js";
import { singleCallCommand } from "./commands/single-call.js";
import { resultsFromHandleCommand, waitCommand } from "./commands/wait.js";
import { flushRecordings } from "./connection/record-flag.js";
import { CliInterrupt, describeFailure, interruptOf } from "./io/cli-error.js";
import type { CliIo } from "./io/cli-io.js";
import { ExitCode, formatExitCodeTable } from "./io/exit-codes.js";

const ENV_HELP = `
Credentials come from flags or the environment: IVVY_API_KEY, IVVY_API_SECRET and
IVVY_REGION (au, us, uk), or IVVY_BASE_URL for another server (an emulator, a mock).
Without them, \`run\` exits 2 unless given --emulator (an embedded emulator: nothing
reaches iVvy).

Durations (--deadline, --interval, --timeout-ms) take units: 90s, 10m, 2h, 1h30m, 500ms.

${formatExitCodeTable()}`;

function withConnection(command: Command): Command {
  return command
    .option("--key <key>", "iVvy API key (default $IVVY_API_KEY)")
    .option("--secret <secret>", "its secret (default $IVVY_API_SECRET; prefer the variable: flags show in ps)")
    .addOption(new Option("--region <region>", "iVvy region (default $IVVY_REGION)").choices(["au", "us", "uk"]))
    .option("--base-url <url>", "another server, e.g. an emulator (default $IVVY_BASE_URL)")
    .option("--timeout-ms <duration>", "per-request timeout (a bare number is milliseconds)")
    .option("--record <file.har>", "append every request sent and its answer to this HAR file (signature and most of the key masked; see docs/recording.md)")
    .option("--mask-field <name...>", "with --record: JSON fields whose values are masked with a stable placeholder, e.g. email firstName phone");
}

export function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command("ivvy-batch")
    .description("Run, follow and collect iVvy batch API jobs; emulate or mock the service.")
    .version("0.1.0")
    .showHelpAfterError("(add --help for usage)")
    .addHelpText("after", ENV_HELP)
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride();

  withConnection(
    program
      .command("run")
      .description("submit jobs (any number: split into batches of 200); with --wait, wait and write the ordered results")
      .argument("<jobs>", "JSON file of [{namespace, action, params}, ...], or - for stdin"),
  )
    .option("--wait", "wait for completion (progress bar on a terminal, plain lines otherwise), then write the results")
    .option("--out <file>", "write the results (or, without --wait, the batch handle) here instead of stdout")
    .option("--handle-out <file>", "save the batch handle here (default: ivvy-batch-<run id>.handle.json in the working directory)")
    .option("--resume <handle>", "resume the run this handle file was written by, with the same jobs file: send what was never sent")
    .option("--resend-possibly-stored", "with --resume: also send again the batches whose run got no answer (only once you know they did not run)")
    .option("--callback-url <url>", "callbackUrl for every batch")
    .option("--chunk-size <n>", "jobs per batch, 1-200 (default 200)")
    .option("--concurrency <n>", "batches submitted at once (default 4)")
    .option("--deadline <duration>", "with --wait: give up waiting after this long, e.g. 10m (exit 6; the batch goes on; a bare number is seconds)")
    .option("--interval <duration>", "with --wait: first poll interval, e.g. 2s (a bare number is milliseconds)")
    .option("--strict", "with --wait: exit 1 when any job failed")
    .option("--json", "print a machine-readable summary on stdout (with --wait, the results need --out)")
    .option("--no-validate-params", "send jobs whose params break their action's schema in the catalog (checked before anything is sent by default)")
    .option("--emulator", "run against an embedded emulator and callback receiver instead of iVvy (nothing reaches iVvy)")
    .option("--job-delay-ms <ms>", "with --emulator: time each job takes (default 10)")
    .option("--fixtures <file>", "with --emulator: canned job outcomes (see docs/emulator.md)")
    .action(async (jobs: string, flags) => setExit(await runCommand(jobs, flags, io)));

  withConnection(
    program
      .command("wait")
      .description("resume a stored batch handle: wait for it and write the ordered results")
      .argument("<handle>", "handle JSON file (from run --handle-out or run without --wait), or - for stdin"),
  )
    .option("--out <file>", "write the results here instead of stdout")
    .option("--deadline <duration>", "give up waiting after this long, e.g. 10m (exit 6; a bare number is seconds)")
    .option("--interval <duration>", "first poll interval, e.g. 2s (a bare number is milliseconds)")
    .option("--strict", "exit 1 when any job failed")
    .option("--json", "print a machine-readable summary on stdout (the results need --out)")
    .action(async (source: string, flags) => setExit(await waitCommand(source, flags, io)));

  withConnection(
    program
      .command("results")
      .description("the results of a completed batch: by asyncId (iVvy's answer), or every batch of a handle file (the ordered outcomes)")
      .argument("<asyncId | handle>", "the batch id run returned, or a handle file (- for stdin)"),
  )
    .option("--out <file>", "write the JSON here instead of stdout")
    .option("--strict", "with a handle: exit 1 when any job failed")
    .option("--json", "with a handle: print a machine-readable summary on stdout (the results need --out)")
    .action(async (ref: string, flags) =>
      setExit(
        ASYNC_ID.test(ref)
          ? await singleCallCommand("results", (c, signal) => c.results(ref, { signal }), flags, io)
          : await resultsFromHandleCommand(ref, flags, io),
      ),
    );

  const single = [
    ["progress", "the percentage of a batch's jobs that have run"],
    ["restart", "run a completed batch again"],
    ["repost", "deliver a completed batch's callback again"],
  ] as const;
  for (const [name, description] of single) {
    withConnection(program.command(name).description(description).argument("<asyncId>", "the batch id run returned"))
      .option("--out <file>", "write the JSON here instead of stdout")
      .action(async (asyncId: string, flags) => setExit(await singleCallCommand(name, (c, signal) => c[name](asyncId, { signal }), flags, io)));
  }
  withConnection(program.command("ping").description("check credentials and signing; measure clock skew"))
    .option("--out <file>", "write the JSON here instead of stdout")
    .action(async (flags) => setExit(await singleCallCommand("ping", (c, signal) => c.ping({ signal }), flags, io)));

  withConnection(
    program
      .command("call")
      .description("call one iVvy action directly (not in a batch) and print its answer; --all pages through a list action")
      .argument("<namespace.action>", "e.g. event.getEventList (any action of the catalog)"),
  )
    .option("--emulator", "call an embedded emulator instead of iVvy (made-up or example answers; nothing reaches iVvy)")
    .option("--params <json>", "the action's params as a JSON object (default {})")
    .option("--params-file <file>", "read the params from a JSON file, or - for stdin")
    .option("--json", "print the answer as one line of JSON")
    .option("--all", "page through a list action (perPage default 100, start) and print every item as a JSON line")
    .option("--max-pages <n>", "with --all: most pages fetched (default 1000)")
    .option("--out <file>", "write the JSON here instead of stdout")
    .option("--no-validate-params", "send params that break the action's schema in the catalog (checked before anything is sent by default)")
    .option("--strict-responses", "exit with an error when the answer does not fit the action's catalogued schema (default: a warning on stderr)")
    .action(async (target: string, flags) => setExit(await callCommand(target, flags, io)));

  program
    .command("emulate")
    .description("serve the stateful emulator of the batch API until Ctrl-C")
    .option("--port <n>", "port", "4020")
    .option("--host <host>", "interface", "127.0.0.1")
    .option("--key <key>", "API key to accept (default $IVVY_API_KEY, else the demo key)")
    .option("--secret <secret>", "its secret (default $IVVY_API_SECRET, else the demo secret)")
    .option("--relaxed-auth", "accept unsigned requests")
    .option("--job-delay-ms <ms>", "time each job takes", "10")
    .option("--fixtures <file>", "JSON mapping 'namespace.action' to { response } or { error }")
    .option(
      "--replay <file.har...>",
      "answer jobs with a recording's responses (same action, same params; others from fixtures and the catalog; see docs/recording.md)",
    )
    .option("--honour-prefer-header", "answer 'Prefer: code=NNN' with that documented error response, as Prism does (for contract tests)")
    .option("--quiet", "no request log")
    .option("--no-dashboard", "no dashboard under /_emulator/")
    .action(async (flags) => setExit(await emulateCommand(flags, io)));

  program
    .command("check-recording")
    .description("check a HAR recording against openapi.yaml and the catalog: every difference, with its exchange and JSON pointer (exit 1 when any)")
    .argument("<file.har>", "the recording (from --record, or any HAR of iVvy calls)")
    .option("--json", "print the report as JSON")
    .action(async (file: string, flags) => setExit(await checkRecordingCommand(file, flags, io)));

  program
    .command("mock")
    .description("serve openapi.yaml with Prism at the real iVvy URLs until Ctrl-C")
    .option("--port <n>", "port", "4010")
    .option("--host <host>", "interface", "127.0.0.1")
    .option("--errors", "answer with an error when a request or response breaks the contract")
    .option("--dynamic", "generate bodies from the schemas instead of the examples")
    .option("--catalog", "also serve every catalogued iVvy action (generated/catalog.yaml) at its real URL")
    .option("--verbose", "also print Prism's own log")
    .action(async (flags) => setExit(await mockCommand(flags, io)));

  addReceiverCommands(program, io, setExit);
  return program;
}

/** Runs the CLI with the given arguments (without node and the script) and resolves with the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let exitCode: number = ExitCode.Ok;
  const program = buildProgram(io, (code) => (exitCode = code));
  try {
    await program.parseAsync(argv, { from: "user" });
    await flushRecordings();
    return exitCode;
  } catch (error) {
    await flushRecordings().catch(() => undefined);
    if (error instanceof CommanderError) {
      // --help and --version end here with exit code 0; usage errors were already printed.
      return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
    }
    const interrupt = interruptOf(io.signal);
    if (interrupt) {
      io.stderr.write(`ivvy-batch: ${interrupt.message}\n`);
      return interrupt.exitCode;
    }
    const { line, exitCode: code } = describeFailure(error);
    io.stderr.write(`ivvy-batch: ${line}\n`);
    return code;
  }
}

const ASYNC_ID = /^[0-9a-f]{32}$/;

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
if (isMain) {
  const controller = new AbortController();
  const force = new AbortController();
  let signals = 0;
  const onSignal = (name: "SIGINT" | "SIGTERM") => {
    const reason = new CliInterrupt(name);
    // The first signal stops gracefully (no new run; the runs in flight get their
    // answers, recorded in the handle file); the second abandons what is in flight (the
    // handle file already lists it as possibly stored); a third exits at once.
    signals++;
    if (signals === 1) controller.abort(reason);
    else if (signals === 2) force.abort(reason);
    else process.exit(reason.exitCode);
  };
  process.on("SIGINT", () => onSignal("SIGINT"));
  process.on("SIGTERM", () => onSignal("SIGTERM"));
  const code = await runCli(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    signal: controller.signal,
    force: force.signal,
  });
  process.exitCode = code;
  // Servers and timers are closed by the commands; don't let a stray handle keep us up.
  setTimeout(() => process.exit(code), 200).unref();
}
