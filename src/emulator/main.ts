#!/usr/bin/env node
// `npm run emulator`: the emulator on a port, one log line per request, Ctrl-C to stop.
// The only file of the emulator that writes to the console.
import { parseArgs } from "node:util";
import { createEmulator } from "./create-emulator.js";
import { DEMO_CREDENTIALS } from "./demo-credentials.js";
import type { RequestLogEntry } from "./emulator-options.js";

const USAGE = `Usage: npm run emulator -- [options]

A stateful local emulator of iVvy's batch API (see docs/sections/emulator.md).

Options:
  --port <n>           port to listen on (default 4020)
  --host <host>        interface to bind (default 127.0.0.1)
  --key <key>          API key to accept (default: $IVVY_API_KEY, else the demo key)
  --secret <secret>    its secret (default: $IVVY_API_SECRET, else the demo secret)
  --relaxed-auth       accept unsigned requests
  --job-delay-ms <n>   time each job takes (default 10)
  --fixtures <file>    JSON file mapping 'namespace.action' to { response } or { error }
  -h, --help           show this help`;

function fail(message: string): never {
  process.stderr.write(`emulator: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function integerFlag(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) fail(`--${name} must be a non-negative integer, not '${value}'`);
  return Number(value);
}

const formatLine = (e: RequestLogEntry) =>
  `${new Date().toISOString()} ${e.method} ${e.path} ${e.status}${e.specificCode !== undefined ? ` [${e.specificCode}]` : ""} ${e.durationMs}ms`;

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: "string" },
        host: { type: "string" },
        key: { type: "string" },
        secret: { type: "string" },
        "relaxed-auth": { type: "boolean" },
        "job-delay-ms": { type: "string" },
        fixtures: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const apiKey = values.key ?? process.env.IVVY_API_KEY;
  const apiSecret = values.secret ?? process.env.IVVY_API_SECRET;
  if ((apiKey === undefined) !== (apiSecret === undefined)) fail("give both a key and a secret (--key/--secret or IVVY_API_KEY/IVVY_API_SECRET), or neither for the demo pair");
  const credentials = apiKey !== undefined && apiSecret !== undefined ? { apiKey, apiSecret } : DEMO_CREDENTIALS;

  let emulator;
  try {
    emulator = createEmulator({
      credentials,
      auth: values["relaxed-auth"] ? "relaxed" : "strict",
      jobDelayMs: integerFlag("job-delay-ms", values["job-delay-ms"], 10),
      ...(values.fixtures !== undefined ? { fixtures: values.fixtures } : {}),
      onRequest: (entry) => process.stdout.write(`${formatLine(entry)}\n`),
    });
  } catch (error) {
    fail((error as Error).message);
  }
  let url: string;
  try {
    ({ url } = await emulator.listen({ port: integerFlag("port", values.port, 4020), host: values.host ?? "127.0.0.1" }));
  } catch (error) {
    process.stderr.write(`emulator: ${(error as Error).message}\n`);
    process.exit(1);
  }
  process.stdout.write(`iVvy batch emulator listening on ${url}\n`);
  process.stdout.write(
    credentials === DEMO_CREDENTIALS
      ? `Demo credentials: IVVY_API_KEY=${DEMO_CREDENTIALS.apiKey} IVVY_API_SECRET=${DEMO_CREDENTIALS.apiSecret}\n`
      : `Accepting API key ${credentials.apiKey}\n`,
  );
  if (values["relaxed-auth"]) process.stdout.write("Relaxed auth: signatures are not checked\n");

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130); // a second Ctrl-C does not wait
    stopping = true;
    process.stdout.write(`${signal}: stopping\n`);
    void emulator.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

await main();
