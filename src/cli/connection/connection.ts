import type { BatchClientOptions } from "../../client/client-options.js";
import { isRegion, regionBaseUrls } from "../../client/regions.js";
import { DEMO_CREDENTIALS } from "../../emulator/options/demo-credentials.js";
import { CliError } from "../io/cli-error.js";
import { ExitCode } from "../io/exit-codes.js";
import { durationFlag } from "../io/parse-flags.js";
import { type RecordFlags, withRecording } from "./record-flag.js";

export interface ConnectionFlags extends RecordFlags {
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
  // A variable set but empty (IVVY_REGION= in a CI file) counts as unset, as in most tools.
  const fromEnv = (name: string) => (env[name] === "" ? undefined : env[name]);
  const apiKey = flags.key ?? fromEnv("IVVY_API_KEY");
  const apiSecret = flags.secret ?? fromEnv("IVVY_API_SECRET");
  const region = flags.region ?? fromEnv("IVVY_REGION");
  const baseUrl = flags.baseUrl ?? fromEnv("IVVY_BASE_URL");
  if (baseUrl !== undefined) checkBaseUrl(baseUrl, flags.baseUrl !== undefined ? "--base-url" : "IVVY_BASE_URL");
  const timeoutMs = durationFlag("timeout-ms", flags.timeoutMs, "ms");
  if (timeoutMs !== undefined && timeoutMs <= 0) throw usage(`--timeout-ms must be more than 0, not '${flags.timeoutMs}'`);
  if (region !== undefined && baseUrl !== undefined) throw usage("give a region (--region / IVVY_REGION) or a base URL (--base-url / IVVY_BASE_URL), not both");
  if (region !== undefined && !isRegion(region)) {
    throw usage(`region must be one of ${Object.keys(regionBaseUrls).join(", ")}, not '${region}'`);
  }
  if ((apiKey === undefined) !== (apiSecret === undefined)) {
    throw usage(
      apiKey === undefined
        ? "an API secret was given without a key: set IVVY_API_KEY or --key"
        : "an API key was given without its secret: set IVVY_API_SECRET or --secret",
    );
  }
  const common = timeoutMs === undefined ? {} : { timeoutMs };
  if (apiKey !== undefined && apiSecret !== undefined) {
    if (region === undefined && baseUrl === undefined) throw usage("which iVvy region? set IVVY_REGION (au, us or uk) or --region, or --base-url");
    return {
      kind: "remote",
      options: withRecording({ apiKey, apiSecret, ...(baseUrl !== undefined ? { baseUrl } : { region: region as "au" }), ...common }, flags),
    };
  }
  if (baseUrl !== undefined) {
    return {
      kind: "remote",
      options: withRecording({ ...DEMO_CREDENTIALS, baseUrl, ...common }, flags),
      note: `no API key given: using the emulator's demo key '${DEMO_CREDENTIALS.apiKey}' against ${baseUrl}`,
    };
  }
  if (region !== undefined) throw usage("a region was given without credentials: set IVVY_API_KEY and IVVY_API_SECRET (or --key and --secret)");
  return { kind: "none" };
}

function checkBaseUrl(value: string, source: string): void {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) throw usage(`${source} must be an absolute http(s) URL, not '${value}'`);
}

/** The flags that name an account or a server: with --emulator, none of them may be given. */
export const CONNECTION_FLAGS = ["key", "secret", "region", "baseUrl"] as const;
const FLAG_NAMES: Record<(typeof CONNECTION_FLAGS)[number], string> = { key: "--key", secret: "--secret", region: "--region", baseUrl: "--base-url" };

/** The message for a command that needs an account and was given none. */
export const NO_CREDENTIALS =
  "no iVvy credentials: set IVVY_API_KEY, IVVY_API_SECRET and IVVY_REGION (au, us or uk), or IVVY_BASE_URL for another server " +
  "(or --key, --secret, --region, --base-url)";

/**
 * Where `run` sends: the account or server configured, or, only when asked with
 * --emulator, an embedded emulator. Nothing configured and no --emulator is an error
 * (exit 2): a CI job with a missing secret must not report success against a fake.
 */
export function resolveRunTarget(
  flags: ConnectionFlags & { emulator?: boolean },
  env: NodeJS.ProcessEnv,
): { kind: "embedded"; ignoredEnv: string[] } | { kind: "remote"; connection: Extract<Connection, { kind: "remote" }> } {
  if (flags.emulator) {
    const given = CONNECTION_FLAGS.filter((name) => flags[name] !== undefined).map((name) => FLAG_NAMES[name]);
    if (given.length) throw usage(`--emulator runs against an embedded emulator; it cannot be combined with ${given.join(", ")}`);
    const ignoredEnv = ["IVVY_API_KEY", "IVVY_API_SECRET", "IVVY_REGION", "IVVY_BASE_URL"].filter((name) => env[name] !== undefined && env[name] !== "");
    return { kind: "embedded", ignoredEnv };
  }
  const connection = resolveConnection(flags, env);
  if (connection.kind === "none") throw usage(`${NO_CREDENTIALS}; or --emulator to run against an embedded emulator (nothing reaches iVvy)`);
  return { kind: "remote", connection };
}
