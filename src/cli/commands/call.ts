// `ivvy-batch call <namespace>.<action>`: one direct call of any iVvy action, its params
// checked against the catalog first, its answer printed; `--all` pages through a list
// action's collection and prints one item per line (JSON lines).
import { checkActionResponse } from "../../catalog/check-action-response.js";
import { checkJobParams } from "../../catalog/check-job-params.js";
import { isCollectionAction } from "../../catalog/is-collection-action.js";
import type { BatchClientOptions } from "../../client/client-options.js";
import { type BatchClient, createBatchClient } from "../../client/create-batch-client.js";
import { isPlainObject } from "../../contract/is-plain-object.js";
import { createEmulator, type Emulator } from "../../emulator/create-emulator.js";
import { DEMO_CREDENTIALS } from "../../emulator/options/demo-credentials.js";
import { type ConnectionFlags, resolveRunTarget } from "../connection/connection.js";
import { withRecording } from "../connection/record-flag.js";
import { CliError } from "../io/cli-error.js";
import type { CliIo } from "../io/cli-io.js";
import { ExitCode } from "../io/exit-codes.js";
import { readJsonInput } from "../jobs/read-jobs.js";
import { writeJson } from "../report/json-output.js";

export interface CallFlags extends ConnectionFlags {
  emulator?: boolean;
  params?: string;
  paramsFile?: string;
  json?: boolean;
  all?: boolean;
  maxPages?: string;
  out?: string;
  validateParams?: boolean;
  strictResponses?: boolean;
}

// Direct calls are typed from the catalog; the CLI calls whatever action it is named.
type AnyCall = (namespace: string, action: string, params: object, options: object) => Promise<unknown>;
type AnyPaginate = (namespace: string, action: string, params: object, options: object) => AsyncGenerator<unknown>;

async function readParams(flags: CallFlags, io: CliIo): Promise<Record<string, unknown>> {
  if (flags.params !== undefined && flags.paramsFile !== undefined) throw new CliError("give --params or --params-file, not both", ExitCode.Usage);
  let params: unknown = {};
  if (flags.params !== undefined) {
    try {
      params = JSON.parse(flags.params);
    } catch (error) {
      throw new CliError(`--params is not JSON: ${(error as Error).message}`, ExitCode.Usage);
    }
  } else if (flags.paramsFile !== undefined) {
    params = await readJsonInput(flags.paramsFile, io.stdin, "params file");
  }
  if (!isPlainObject(params)) throw new CliError("the params must be a JSON object, e.g. --params '{\"id\": 4}'", ExitCode.Usage);
  return params;
}

async function write(line: string, io: CliIo): Promise<void> {
  if (!io.stdout.write(line)) await new Promise((resolve) => io.stdout.once("drain", resolve));
}

export async function callCommand(target: string, flags: CallFlags, io: CliIo): Promise<number> {
  const match = /^([A-Za-z][A-Za-z0-9]*)\.([A-Za-z][A-Za-z0-9]*)$/.exec(target);
  if (!match) throw new CliError(`'${target}' is not <namespace>.<action>, e.g. event.getEventList`, ExitCode.Usage);
  const [, namespace, action] = match as unknown as [string, string, string];
  const params = await readParams(flags, io);
  let maxPages: number | undefined;
  if (flags.maxPages !== undefined) {
    maxPages = Number(flags.maxPages);
    if (!Number.isInteger(maxPages) || maxPages < 1)
      throw new CliError(`--max-pages must be a whole number of at least 1, not '${flags.maxPages}'`, ExitCode.Usage);
  }
  if (flags.all) {
    // Refused before anything starts or is sent.
    if (flags.out !== undefined) throw new CliError("--all writes JSON lines to stdout; redirect it instead of --out", ExitCode.Usage);
    // The rule client.paginate's types follow; an action the catalog does not know is paged as asked.
    if (isCollectionAction(namespace, action) === false)
      throw new CliError(`${target} does not answer a collection (docs/catalog.md, Collections): call it without --all`, ExitCode.Usage);
  }
  // With --emulator, an emulator in this process answers (made-up or example answers, as a
  // job of the action gets them): a direct call tried without an account or a server.
  const where = resolveRunTarget(flags, io.env);
  let embedded: Emulator | undefined;
  let connectionOptions: BatchClientOptions;
  if (where.kind === "embedded") {
    embedded = createEmulator({});
    const { url } = await embedded.listen({ port: 0 });
    connectionOptions = withRecording({ ...DEMO_CREDENTIALS, baseUrl: url }, flags);
    const ignored = where.ignoredEnv.length ? ` (${where.ignoredEnv.join(", ")} ignored)` : "";
    io.stderr.write(`--emulator: calling an embedded emulator at ${url}; nothing reaches iVvy${ignored}.\n`);
  } else {
    if (where.connection.note) io.stderr.write(`${where.connection.note}\n`);
    connectionOptions = where.connection.options;
  }
  let client: BatchClient;
  try {
    client = createBatchClient({
      ...connectionOptions,
      checkJobs: checkJobParams,
      checkResponses: checkActionResponse,
      strictResponses: flags.strictResponses === true,
      onWarning: (warning) => io.stderr.write(`warning: ${warning.message}\n`),
    });
  } catch (error) {
    await embedded?.close();
    throw new CliError((error as Error).message, ExitCode.Usage);
  }
  try {
    return await send(client, { namespace, action, params, maxPages }, flags, io);
  } finally {
    await embedded?.close();
  }
}

async function send(
  client: BatchClient,
  call: { namespace: string; action: string; params: Record<string, unknown>; maxPages: number | undefined },
  flags: CallFlags,
  io: CliIo,
): Promise<number> {
  const { namespace, action, params, maxPages } = call;
  const options = { signal: io.signal, validateParams: flags.validateParams !== false };
  if (flags.all) {
    const pages = (client.paginate as unknown as AnyPaginate)(namespace, action, params, { ...options, ...(maxPages === undefined ? {} : { maxPages }) });
    for await (const item of pages) await write(`${JSON.stringify(item)}\n`, io);
    return ExitCode.Ok;
  }
  const answer = await (client.call as unknown as AnyCall)(namespace, action, params, options);
  if (flags.json && flags.out === undefined) await write(`${JSON.stringify(answer)}\n`, io);
  else await writeJson(answer, flags.out, io.stdout);
  return ExitCode.Ok;
}
