// The provider suite: Dredd 14 runs every transaction of openapi.yaml against a base URL,
// with the hooks in contract-tests/dredd/ (signing, state, provoking each documented
// status, schema checks of every real response and callback). `runProvider` is what the
// tests call; run as a script it is `npm run contract:provider -- <baseUrl> [options]`.
//
// Dredd runs as a child process: its CLI output stays readable and its global logger and
// hook loading stay out of the caller's process. The hooks hand back a JSON report.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parse as parseYaml } from "yaml";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");

export interface ProviderRunOptions {
  /** Where the provider answers, e.g. `http://127.0.0.1:4010` (a base path is kept). */
  baseUrl: string;
  apiKey: string;
  apiSecret: string;
  /** 'prism' for the Prism mock (no state, no signature or size checks); default 'stateful'. */
  kind?: "stateful" | "prism";
  /** Statuses asked for with `Prefer: code=NNN` (default 429 and 500; Prism also 404 and 413). Empty: none. */
  preferStatuses?: readonly number[];
  /** The provider's request size limit; the 413 transactions send one byte more (default 1 MiB). */
  maxBodyBytes?: number;
  /** The jobs every batch the suite runs is made of (default: one `test.ping`). */
  jobs?: readonly unknown[];
  /** 'listen' (default): a local listener receives and checks callbacks. 'off': runs carry no callbackUrl. */
  callbacks?: "listen" | "off";
  /** The URL the provider should POST callbacks to when it cannot reach the listener directly (a tunnel). */
  callbackUrl?: string;
  callbackHost?: string;
  callbackPort?: number;
  /** How long a batch may take to finish (default 60000 ms). */
  batchTimeoutMs?: number;
  /** How long to wait for a callback (default 10000 ms). */
  callbackTimeoutMs?: number;
  /** Each line Dredd writes (its pass/fail lines and failure details). */
  onOutput?: (line: string) => void;
  /** The contract (default: this package's openapi.yaml). */
  specPath?: string;
}

/** One Dredd transaction as the hooks saw it. */
export interface TransactionReport {
  name: string;
  operation: string;
  /** The documented status this transaction exercises. */
  status: number;
  realStatus: number | null;
  result: "pass" | "fail" | "skip" | "error";
  /** How the transaction was made real (or why it could not be). */
  note: string;
  /** The contract violations the hooks found, one line each. */
  violations: string[];
  /** Dredd's own message (its example comparison, or ours appended). */
  dreddMessage: string;
}

export interface ProviderRun {
  /** Dredd's exit code: 0 when every transaction passed (skipped ones included). */
  exitCode: number;
  transactions: TransactionReport[];
  /** Transactions that no request could provoke and Prefer was not allowed for. */
  notExercised: TransactionReport[];
  /** Everything Dredd printed. */
  output: string;
  durationMs: number;
}

// The hooks load these from dist/ (a CommonJS hook cannot import the TypeScript sources).
export const DIST_INPUTS: [string, string][] = [
  ["src/signing/sign-request.ts", "dist/src/signing/sign-request.js"],
  ["src/signing/timestamp.ts", "dist/src/signing/timestamp.js"],
  ["src/contract/validators.ts", "dist/src/contract/validators.js"],
  ["src/contract/types.ts", "dist/src/contract/types.js"],
  ["generated/spec.ts", "dist/generated/spec.js"],
];

/** Throws unless dist/ and generated/ are the build of the sources and the contract on disk. */
export function assertDistFresh(projectRoot: string = root): void {
  // By content, not by file time: regenerating or rebuilding identical files must not
  // refuse the run. dist/build-inputs.json holds the hashes of the sources dist/ was built from.
  let built: Record<string, string>;
  try {
    built = JSON.parse(readFileSync(join(projectRoot, "dist/build-inputs.json"), "utf8")) as Record<string, string>;
  } catch {
    throw new Error(
      "runProvider: dist/ is missing or was not built by `npm run build`; run it first (the Dredd hooks load the signer and validators from dist/)",
    );
  }
  for (const [source] of DIST_INPUTS) {
    const hash = createHash("sha256")
      .update(readFileSync(join(projectRoot, source)))
      .digest("hex");
    if (built[source] !== hash) {
      throw new Error(`runProvider: dist/ was built from another ${source}; run \`npm run build\` so the hooks check against the current contract`);
    }
  }
  // Dredd reads openapi.yaml itself; the hooks' validators come from generated/spec.ts.
  const contract = JSON.stringify(parseYaml(readFileSync(join(projectRoot, "openapi.yaml"), "utf8")));
  const generated = readFileSync(join(projectRoot, "generated/spec.ts"), "utf8");
  const object = generated
    .slice(generated.indexOf("= ") + 2)
    .trim()
    .replace(/;$/, "");
  if (JSON.stringify(JSON.parse(object)) !== contract) {
    throw new Error(
      "runProvider: generated/spec.ts does not match openapi.yaml; run `npm run generate && npm run build` so Dredd and the hooks check the same contract",
    );
  }
}

function dreddBin(): string {
  const manifest = createRequire(import.meta.url).resolve("dredd/package.json");
  return join(dirname(manifest), "bin", "dredd");
}

export async function runProvider(options: ProviderRunOptions): Promise<ProviderRun> {
  let url: URL;
  try {
    url = new URL(options.baseUrl);
  } catch {
    throw new TypeError(`runProvider: baseUrl '${options.baseUrl}' is not a URL (e.g. http://127.0.0.1:4010)`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new TypeError(`runProvider: baseUrl must be http or https, not ${url.protocol}`);
  if (!options.apiKey || !options.apiSecret) throw new TypeError("runProvider: apiKey and apiSecret are required (--key, --secret)");
  assertDistFresh();

  const work = mkdtempSync(join(tmpdir(), "contract-provider-"));
  const reportFile = join(work, "report.json");
  const baseUrl = url.href.replace(/\/+$/, "");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    FORCE_COLOR: "0",
    CONTRACT_BASE_URL: baseUrl,
    CONTRACT_API_KEY: options.apiKey,
    CONTRACT_API_SECRET: options.apiSecret,
    CONTRACT_PROVIDER_KIND: options.kind ?? "stateful",
    CONTRACT_REPORT_FILE: reportFile,
    CONTRACT_DIST_DIR: join(root, "dist"),
    CONTRACT_CALLBACKS: options.callbacks ?? "listen",
  };
  const optional: [string, unknown][] = [
    ["CONTRACT_PREFER_STATUSES", options.preferStatuses && (options.preferStatuses.length ? options.preferStatuses.join(",") : "none")],
    ["CONTRACT_MAX_BODY_BYTES", options.maxBodyBytes],
    ["CONTRACT_JOBS", options.jobs && JSON.stringify(options.jobs)],
    ["CONTRACT_CALLBACK_URL", options.callbackUrl],
    ["CONTRACT_CALLBACK_HOST", options.callbackHost],
    ["CONTRACT_CALLBACK_PORT", options.callbackPort],
    ["CONTRACT_BATCH_TIMEOUT_MS", options.batchTimeoutMs],
    ["CONTRACT_CALLBACK_TIMEOUT_MS", options.callbackTimeoutMs],
  ];
  for (const [name, value] of optional) if (value !== undefined) env[name] = String(value);

  const args = [
    dreddBin(),
    options.specPath ?? join(root, "openapi.yaml"),
    baseUrl,
    `--hookfiles=${join(here, "dredd", "hooks.cjs")}`,
    "--language=nodejs",
    "--no-color",
    // Dredd's OpenAPI 3 parser warns about every schema keyword it does not use
    // (additionalProperties, anyOf, ...): noise, since the hooks check those keywords.
    "--loglevel=error",
  ];
  const started = performance.now();
  const lines: string[] = [];
  const exitCode = await new Promise<number>((resolveExit, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let pending = "";
    const collect = (chunk: Buffer) => {
      pending += chunk.toString("utf8");
      const complete = pending.split(/\r?\n/);
      pending = complete.pop() ?? "";
      for (const line of complete) {
        lines.push(line);
        options.onOutput?.(line);
      }
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.once("error", reject);
    child.once("close", (code, signal) => {
      if (pending) {
        lines.push(pending);
        options.onOutput?.(pending);
      }
      resolveExit(code ?? (signal ? 128 : 1));
    });
  });

  let transactions: TransactionReport[];
  try {
    transactions = JSON.parse(readFileSync(reportFile, "utf8")) as TransactionReport[];
  } catch (error) {
    throw new Error(
      `runProvider: Dredd exited with ${exitCode} and the hooks wrote no report (${(error as Error).message}). Dredd said:\n${lines.slice(-30).join("\n")}`,
      { cause: error },
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return {
    exitCode,
    transactions,
    notExercised: transactions.filter((t) => t.result === "skip" && t.note.startsWith("NOT EXERCISABLE")),
    output: lines.join("\n"),
    durationMs: Math.round(performance.now() - started),
  };
}

/** A short account of a run: counts, every failure with its violations, what was not exercised. */
export function summarise(run: ProviderRun): string {
  const count = (result: TransactionReport["result"]) => run.transactions.filter((t) => t.result === result).length;
  const out = [
    `contract: ${run.transactions.length} transactions, ${count("pass")} passed, ${count("fail")} failed, ${count("error")} errors, ${count("skip")} skipped (${(run.durationMs / 1000).toFixed(1)} s)`,
  ];
  for (const t of run.transactions.filter((t) => t.result === "fail" || t.result === "error")) {
    out.push(`FAIL ${t.operation} ${t.status} (${t.note}): got ${t.realStatus ?? "no response"}`);
    for (const v of t.violations) out.push(`  - ${v}`);
    if (!t.violations.length && t.dreddMessage)
      out.push(
        ...t.dreddMessage
          .trim()
          .split("\n")
          .map((l) => `  - Dredd: ${l}`),
      );
  }
  for (const t of run.notExercised) out.push(`NOT EXERCISED ${t.operation} ${t.status}: ${t.note.replace(/^NOT EXERCISABLE: /, "")}`);
  return out.join("\n");
}

const USAGE = `Usage: npm run contract:provider -- <baseUrl> [--key K --secret S] [options]

Verifies that the provider at <baseUrl> answers as openapi.yaml says, for every
documented status of every operation. IT SENDS REAL REQUESTS THAT CHANGE STATE:
  - run: creates batches of the --jobs (default one test.ping job), about 5 per suite;
  - restart and repost act on those batches (restart runs their jobs again, repost
    delivers their callback again);
  - error transactions send invalid bodies, a wrong signature, an unknown batch id,
    a body over --max-body-bytes, a text/plain body, and Prefer: code=429 / code=500.
Do not point it at a live account unless those jobs are harmless there.

Options:
  --key K, --secret S     credentials (default: the emulator's demo pair)
  --prism                 the provider is the Prism mock (asks for 404 and 413 with Prefer)
  --prefer LIST           statuses to ask for with Prefer: code=NNN (default 429,500; "none")
  --max-body-bytes N      the provider's body limit (default 1048576)
  --jobs FILE             a JSON array of jobs to run instead of test.ping
  --no-callbacks          send no callbackUrl (callbacks are then not checked)
  --callback-url URL      public URL that reaches the local callback listener
  --callback-host H, --callback-port N   where the callback listener binds
  --batch-timeout-ms N    how long a batch may take to finish (default 60000)
`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      key: { type: "string" },
      secret: { type: "string" },
      prism: { type: "boolean" },
      prefer: { type: "string" },
      "max-body-bytes": { type: "string" },
      jobs: { type: "string" },
      "no-callbacks": { type: "boolean" },
      "callback-url": { type: "string" },
      "callback-host": { type: "string" },
      "callback-port": { type: "string" },
      "batch-timeout-ms": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help || positionals.length !== 1) {
    process.stdout.write(USAGE);
    return values.help ? 0 : 64;
  }
  let { key, secret } = values;
  if (!key !== !secret) throw new Error("give both --key and --secret, or neither (the emulator's demo pair)");
  if (!key || !secret) {
    const { DEMO_CREDENTIALS } = await import("../src/emulator/options/demo-credentials.js");
    ({ apiKey: key, apiSecret: secret } = DEMO_CREDENTIALS);
    process.stdout.write(`Using the emulator's demo credentials (${key}); pass --key and --secret for any other provider.\n`);
  }
  const number = (name: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer, not '${value}'`);
    return n;
  };
  const preferStatuses =
    values.prefer === undefined ? undefined : values.prefer === "none" ? [] : values.prefer.split(",").map((s) => number("prefer", s.trim()) as number);
  const jobs = values.jobs === undefined ? undefined : (JSON.parse(readFileSync(values.jobs, "utf8")) as unknown[]);
  const baseUrl = positionals[0] as string;
  process.stdout.write(`Verifying ${baseUrl} against openapi.yaml. This runs batches there (and restarts and reposts them); see --help.\n\n`);
  const run = await runProvider({
    baseUrl,
    apiKey: key,
    apiSecret: secret,
    kind: values.prism ? "prism" : "stateful",
    ...(preferStatuses ? { preferStatuses } : {}),
    ...(jobs ? { jobs } : {}),
    maxBodyBytes: number("max-body-bytes", values["max-body-bytes"]),
    callbacks: values["no-callbacks"] ? "off" : "listen",
    callbackUrl: values["callback-url"],
    callbackHost: values["callback-host"],
    callbackPort: number("callback-port", values["callback-port"]),
    batchTimeoutMs: number("batch-timeout-ms", values["batch-timeout-ms"]),
    onOutput: (line) => process.stdout.write(`${line}\n`),
  });
  process.stdout.write(`\n${summarise(run)}\n`);
  if (run.exitCode !== 0) return 1;
  // Not exercised is not passed: say so with the exit code too.
  return run.notExercised.length ? 2 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`contract:provider: ${(error as Error).message}\n`);
      process.exit(1);
    },
  );
}
