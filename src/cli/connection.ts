import type { BatchClientOptions } from "../client/client-options.js";
import { isRegion, regionBaseUrls } from "../client/regions.js";
import { DEMO_CREDENTIALS } from "../emulator/demo-credentials.js";
import { CliError } from "./cli-error.js";
import { ExitCode } from "./exit-codes.js";

export interface ConnectionFlags {
  key?: string;
  secret?: string;
  region?: string;
  baseUrl?: string;
  timeoutMs?: string;
}

export type Connection =
  | { kind: "remote"; options: BatchClientOptions; note?: string }
  /** No credentials and no server named: the caller may run an embedded emulator. */
  | { kind: "none" };

const usage = (message: string) => new CliError(message, ExitCode.Usage);

/**
 * Where to send requests and with which key, from flags first, then IVVY_API_KEY,
 * IVVY_API_SECRET, IVVY_REGION and IVVY_BASE_URL. A base URL without a key means a
 * local emulator, which accepts the demo key.
 */
export function resolveConnection(flags: ConnectionFlags, env: NodeJS.ProcessEnv): Connection {
  const apiKey = flags.key ?? env.IVVY_API_KEY;
  const apiSecret = flags.secret ?? env.IVVY_API_SECRET;
  const region = flags.region ?? env.IVVY_REGION;
  const baseUrl = flags.baseUrl ?? env.IVVY_BASE_URL;
  let timeoutMs: number | undefined;
  if (flags.timeoutMs !== undefined) {
    timeoutMs = Number(flags.timeoutMs);
    if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw usage(`--timeout-ms must be a positive number, not '${flags.timeoutMs}'`);
  }
  if (region !== undefined && baseUrl !== undefined) throw usage("give a region (--region / IVVY_REGION) or a base URL (--base-url / IVVY_BASE_URL), not both");
  if (region !== undefined && !isRegion(region)) {
    throw usage(`region must be one of ${Object.keys(regionBaseUrls).join(", ")}, not '${region}'`);
  }
  if ((apiKey === undefined) !== (apiSecret === undefined)) {
    throw usage(apiKey === undefined ? "an API secret was given without a key: set IVVY_API_KEY or --key" : "an API key was given without its secret: set IVVY_API_SECRET or --secret");
  }
  const common = timeoutMs === undefined ? {} : { timeoutMs };
  if (apiKey !== undefined && apiSecret !== undefined) {
    if (region === undefined && baseUrl === undefined) throw usage("which iVvy region? set IVVY_REGION (au, us or uk) or --region, or --base-url");
    return { kind: "remote", options: { apiKey, apiSecret, ...(baseUrl !== undefined ? { baseUrl } : { region: region as "au" }), ...common } };
  }
  if (baseUrl !== undefined) {
    return {
      kind: "remote",
      options: { ...DEMO_CREDENTIALS, baseUrl, ...common },
      note: `no API key given: using the emulator's demo key '${DEMO_CREDENTIALS.apiKey}' against ${baseUrl}`,
    };
  }
  if (region !== undefined) throw usage("a region was given without credentials: set IVVY_API_KEY and IVVY_API_SECRET (or --key and --secret)");
  return { kind: "none" };
}
