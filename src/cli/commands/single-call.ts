import { type BatchClient, createBatchClient } from "../../client/create-batch-client.js";
import { type ConnectionFlags, resolveConnection } from "../connection/connection.js";
import { CliError } from "../io/cli-error.js";
import type { CliIo } from "../io/cli-io.js";
import { ExitCode } from "../io/exit-codes.js";
import { writeJson } from "../report/json-output.js";

/** Clock skew above this gets a warning from `ping` (iVvy refuses requests 5 minutes off). */
export const SKEW_WARNING_MS = 60_000;

type Call = (client: BatchClient, signal: AbortSignal) => Promise<unknown>;

/** One API call with the configured account; its response as JSON on stdout. */
export async function singleCallCommand(name: string, call: Call, flags: ConnectionFlags & { out?: string }, io: CliIo): Promise<number> {
  const connection = resolveConnection(flags, io.env);
  if (connection.kind === "none") {
    throw new CliError(
      `${name} needs an account: set IVVY_API_KEY, IVVY_API_SECRET and IVVY_REGION (or --key, --secret, --region), or --base-url of an emulator (ivvy-batch emulate)`,
      ExitCode.Usage,
    );
  }
  if (connection.note) io.stderr.write(`${connection.note}\n`);
  let client: BatchClient;
  try {
    client = createBatchClient(connection.options);
  } catch (error) {
    throw new CliError((error as Error).message, ExitCode.Usage);
  }
  const result = await call(client, io.signal);
  const skew = (result as { clockSkewMs?: unknown }).clockSkewMs;
  if (typeof skew === "number" && Math.abs(skew) > SKEW_WARNING_MS) {
    io.stderr.write(
      `warning: this machine's clock is ${Math.round(skew / 1000)} s from the server's; requests go stale (23005) past 5 minutes: fix the clock\n`,
    );
  }
  await writeJson(result, flags.out, io.stdout);
  return ExitCode.Ok;
}
