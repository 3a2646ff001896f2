import { operationPaths } from "../../contract/types.js";
import type { MockRequestLogEntry } from "../../mock/create-rewrite-proxy.js";
import { PRISM_CLI_VERSION } from "../../mock/resolve-prism-cli.js";
import { startMock } from "../../mock/start-mock.js";
import { CliError } from "../io/cli-error.js";
import type { CliIo } from "../io/cli-io.js";
import { ExitCode } from "../io/exit-codes.js";
import { portFlag } from "../io/parse-flags.js";

export interface MockFlags {
  port?: string;
  host?: string;
  errors?: boolean;
  dynamic?: boolean;
  verbose?: boolean;
  catalog?: boolean;
}

export const formatMockLogLine = (entry: MockRequestLogEntry): string => {
  const violations = entry.violations.length ? `  ! ${entry.violations.join("; ")}` : "";
  return `${new Date().toISOString()} ${entry.method} ${entry.url} ${entry.status} ${Math.round(entry.durationMs)}ms${violations}`;
};

/** `ivvy-batch mock`: Prism serving openapi.yaml at the real iVvy URLs until Ctrl-C. */
export async function mockCommand(flags: MockFlags, io: CliIo): Promise<number> {
  const port = portFlag(flags.port, 4010);
  const mock = await startMock({
    port,
    host: flags.host ?? "127.0.0.1",
    errors: flags.errors ?? false,
    dynamic: flags.dynamic ?? false,
    quiet: !flags.verbose,
    ...(flags.catalog ? { catalog: true } : {}),
    onRequest: (entry) => io.stdout.write(`${formatMockLogLine(entry)}\n`),
    ...(flags.verbose ? { onPrismOutput: (line: string) => io.stderr.write(`[prism] ${line}\n`) } : {}),
  }).catch((error: Error) => {
    // A port in use, Prism not installed or not starting: the server's problem, not the command line's.
    throw new CliError(error.message.replace(/^startMock: /, "mock: "), ExitCode.ServerFailed);
  });
  io.stdout.write(`iVvy batch mock (Prism ${PRISM_CLI_VERSION}${flags.errors ? ", --errors" : ""}) listening on ${mock.url}\n`);
  for (const path of Object.values(operationPaths)) io.stdout.write(`  POST ${mock.url}${path}\n`);
  if (flags.catalog) io.stdout.write(`  and every catalogued action (docs/catalog.md): POST ${mock.url}/api/1.0/{namespace}?action={action}\n`);
  io.stdout.write(`Error examples: send "Prefer: code=404" (or "code=400, example=tooManyJobs"). Ctrl-C stops.\n`);
  await new Promise<void>((resolve) => io.signal.addEventListener("abort", () => resolve(), { once: true }));
  io.stdout.write("stopping the mock\n");
  await mock.close();
  return ExitCode.Ok;
}
