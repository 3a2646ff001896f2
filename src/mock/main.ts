#!/usr/bin/env node
// `npm run mock`: the Prism mock at the real iVvy URLs, for trying a client by hand.
// Argument parsing stays tiny on purpose: the package's CLI (commander) will call
// startMock itself.
import { parseArgs } from "node:util";
import { operationPaths } from "../spec/types.js";
import type { MockRequestLogEntry } from "./create-rewrite-proxy.js";
import { PRISM_CLI_VERSION } from "./resolve-prism-cli.js";
import { startMock } from "./start-mock.js";

const usage = `Usage: npm run mock -- [--port 4010] [--host 127.0.0.1] [--errors] [--dynamic] [--verbose]

Serves openapi.yaml with Prism ${PRISM_CLI_VERSION} at the real iVvy URLs (POST /api/1.0/batch?action=run, ...).
  --port N     port to listen on (default 4010; 0 picks a free one)
  --host H     interface to listen on (default 127.0.0.1)
  --errors     answer with an error when a request or response breaks the contract
  --dynamic    generate response bodies from the schemas instead of the examples
  --verbose    also print Prism's own log
Ask for a documented error with a header, e.g. "Prefer: code=404" or "Prefer: code=400, example=tooManyJobs".`;

function parse(): { port: number; host: string; errors: boolean; dynamic: boolean; verbose: boolean } | undefined {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "4010" },
      host: { type: "string", default: "127.0.0.1" },
      errors: { type: "boolean", default: false },
      dynamic: { type: "boolean", default: false },
      verbose: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return undefined;
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65_535) throw new Error(`--port must be a number from 0 to 65535, not '${values.port}'`);
  return { port, host: values.host, errors: values.errors, dynamic: values.dynamic, verbose: values.verbose };
}

function logLine(entry: MockRequestLogEntry): string {
  const time = new Date().toISOString().slice(11, 23);
  const violations = entry.violations.length ? `  ! ${entry.violations.join("; ")}` : "";
  return `${time} ${entry.method} ${entry.url} -> ${entry.status} (${Math.round(entry.durationMs)} ms)${violations}`;
}

async function main(): Promise<number> {
  let args;
  try {
    args = parse();
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (!args) {
    console.log(usage);
    return 0;
  }
  const mock = await startMock({
    port: args.port,
    host: args.host,
    errors: args.errors,
    dynamic: args.dynamic,
    quiet: !args.verbose,
    onRequest: (entry) => console.log(logLine(entry)),
    ...(args.verbose ? { onPrismOutput: (line: string) => console.error(`[prism] ${line}`) } : {}),
  });
  console.log(`iVvy batch mock (Prism ${PRISM_CLI_VERSION}${args.errors ? ", --errors" : ""}) listening on ${mock.url}`);
  for (const path of Object.values(operationPaths)) console.log(`  POST ${mock.url}${path}`);
  console.log(`Error examples: send "Prefer: code=404" (or "code=400, example=tooManyJobs"). Ctrl-C stops.`);

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) {
        // A second Ctrl-C while closing: give up waiting (Prism still dies with us).
        resolve(130);
        return;
      }
      stopping = true;
      console.log(`${signal}: stopping the mock`);
      mock.close().then(
        () => resolve(0),
        (error: unknown) => {
          console.error(`Could not stop the mock cleanly: ${(error as Error).message}`);
          resolve(1);
        },
      );
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  },
);
