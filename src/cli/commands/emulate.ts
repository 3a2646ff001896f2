import { createEmulator, type Emulator } from "../../emulator/create-emulator.js";
import { DEMO_CREDENTIALS } from "../../emulator/options/demo-credentials.js";
import type { RequestLogEntry } from "../../emulator/options/request-log-entry.js";
import { callbackTools } from "../../receiver-check/callback-tools.js";
import { CliError } from "../io/cli-error.js";
import type { CliIo } from "../io/cli-io.js";
import { ExitCode } from "../io/exit-codes.js";
import { nonNegativeIntegerFlag, portFlag } from "../io/parse-flags.js";

export interface EmulateFlags {
  port?: string;
  host?: string;
  key?: string;
  secret?: string;
  relaxedAuth?: boolean;
  jobDelayMs?: string;
  fixtures?: string;
  /** --replay <file.har>, repeatable: recordings whose job responses answer the same jobs. */
  replay?: string[];
  quiet?: boolean;
  honourPreferHeader?: boolean;
  /** commander's --no-dashboard: false when given. */
  dashboard?: boolean;
}

/** One line per request; a refused signature adds why, and the string to sign to compare with the client's (JSON-quoted: it may hold any character). */
export const formatEmulatorLogLine = (e: RequestLogEntry) =>
  `${new Date().toISOString()} ${e.method} ${e.path} ${e.status}${e.specificCode !== undefined ? ` [${e.specificCode}]` : ""} ${Math.round(e.durationMs)}ms` +
  (e.authFailure
    ? `\n  auth: ${e.authFailure.reason}${e.authFailure.stringToSign !== undefined ? `\n  string to sign (as the emulator computed it): ${JSON.stringify(e.authFailure.stringToSign)}` : ""}`
    : "");

/** `ivvy-batch emulate`: the stateful emulator on a port until Ctrl-C. */
export async function emulateCommand(flags: EmulateFlags, io: CliIo): Promise<number> {
  const apiKey = flags.key ?? io.env.IVVY_API_KEY;
  const apiSecret = flags.secret ?? io.env.IVVY_API_SECRET;
  if ((apiKey === undefined) !== (apiSecret === undefined)) {
    throw new CliError("give both a key and a secret (--key/--secret or IVVY_API_KEY/IVVY_API_SECRET), or neither for the demo pair", ExitCode.Usage);
  }
  const credentials = apiKey !== undefined && apiSecret !== undefined ? { apiKey, apiSecret } : DEMO_CREDENTIALS;
  let emulator: Emulator;
  try {
    emulator = createEmulator({
      credentials,
      auth: flags.relaxedAuth ? "relaxed" : "strict",
      jobDelayMs: nonNegativeIntegerFlag("job-delay-ms", flags.jobDelayMs, 10),
      ...(flags.fixtures !== undefined ? { fixtures: flags.fixtures } : {}),
      ...(flags.replay !== undefined ? { recordings: flags.replay } : {}),
      ...(flags.honourPreferHeader ? { honourPreferHeader: true } : {}),
      // The dashboard's "send a callback" form runs the code of trigger callback and check-receiver (docs/dashboard.md, Callbacks).
      dashboard: flags.dashboard !== false && { callbackTools: callbackTools() },
      ...(flags.quiet ? {} : { onRequest: (entry: RequestLogEntry) => io.stdout.write(`${formatEmulatorLogLine(entry)}\n`) }),
    });
  } catch (error) {
    throw new CliError((error as Error).message, ExitCode.Usage);
  }
  const port = portFlag(flags.port, 4020);
  const host = flags.host ?? "127.0.0.1";
  let url: string;
  try {
    ({ url } = await emulator.listen({ port, host }));
  } catch (error) {
    await emulator.close();
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "EADDRINUSE" ? `${host}:${port} is already in use` : (error as Error).message;
    throw new CliError(`emulate: cannot listen: ${why}`, ExitCode.ServerFailed);
  }
  io.stdout.write(`iVvy batch emulator listening on ${url}\n`);
  io.stdout.write(
    credentials === DEMO_CREDENTIALS
      ? `Demo credentials: IVVY_API_KEY=${DEMO_CREDENTIALS.apiKey} IVVY_API_SECRET=${DEMO_CREDENTIALS.apiSecret} IVVY_BASE_URL=${url}\n`
      : `Accepting API key ${credentials.apiKey}\n`,
  );
  if (flags.relaxedAuth) io.stdout.write("Relaxed auth: signatures are not checked\n");
  if (flags.honourPreferHeader) io.stdout.write("Honouring 'Prefer: code=NNN' (documented error responses on request)\n");
  const dashboard = emulator.dashboard;
  if (dashboard) {
    io.stdout.write(`Dashboard: ${url}${dashboard.path}${dashboard.token ? `?token=${dashboard.token}` : ""}\n`);
    if (dashboard.token) io.stdout.write("  (bound beyond loopback: the dashboard's API needs that token)\n");
  }
  io.stdout.write("Ctrl-C stops.\n");
  await new Promise<void>((resolve) => io.signal.addEventListener("abort", () => resolve(), { once: true }));
  io.stdout.write("stopping the emulator\n");
  await emulator.close();
  return ExitCode.Ok;
}
