import { checkReceiver } from "../../receiver-check/check-receiver.js";
import { describeOutcome, maskUrl, type ReceiverCheckRow } from "../../receiver-check/receiver-check-row.js";
import { DEFAULT_MAX_MS } from "../../receiver-check/trigger-callback.js";
import { CliError } from "../io/cli-error.js";
import type { CliIo } from "../io/cli-io.js";
import { ExitCode } from "../io/exit-codes.js";
import { durationFlag, urlFlag } from "../io/parse-flags.js";

export interface CheckReceiverFlags {
  callbackUrl?: string[];
  maxMs?: string;
  json?: boolean;
}

const usage = (message: string) => new CliError(message, ExitCode.Usage);
const ASYNC_ID = /^[0-9a-f]{32}$/;

/** `<asyncId>=<url>` pairs, as --callback-url takes them. */
export function parseCallbackUrls(specs: readonly string[]): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const spec of specs) {
    const at = spec.indexOf("=");
    const asyncId = spec.slice(0, at);
    if (at < 0 || !ASYNC_ID.test(asyncId)) throw usage(`--callback-url must be <asyncId>=<url>, the asyncId 32 hex digits, not '${spec}'`);
    if (asyncId in urls) throw usage(`--callback-url: ${asyncId} is given twice`);
    urls[asyncId] = urlFlag("callback-url", spec.slice(at + 1)) as string;
  }
  return urls;
}

const sameEndpoint = (a: string, b: string) => {
  const [x, y] = [new URL(a), new URL(b)];
  return x.origin === y.origin && x.pathname === y.pathname;
};

function formatTable(rows: readonly ReceiverCheckRow[], maxMs: number): string {
  const lines = rows.map((r) => [
    r.verdict,
    r.id,
    `${r.sent.body} (${r.sent.bytes} bytes, ${r.sent.contentType ?? "no content type"})`,
    describeOutcome(r.answer, maxMs),
  ]);
  const widths = [0, 1, 2].map((c) => Math.max(...lines.map((l) => (l[c] as string).length), ["verdict", "check", "sent"][c]?.length ?? 0));
  const pad = (cells: readonly string[]) =>
    cells
      .map((cell, c) => (c < 3 ? cell.padEnd(widths[c] as number) : cell))
      .join("  ")
      .trimEnd();
  return [pad(["verdict", "check", "sent", "answer"]), ...lines.map(pad)].join("\n");
}

/** `ivvy-batch check-receiver <url>`: checks a callback endpoint with made-up callbacks; exit 1 when a check fails. */
export async function checkReceiverCommand(url: string | undefined, flags: CheckReceiverFlags, io: CliIo): Promise<number> {
  const endpoint = urlFlag("url", url);
  const callbackUrls = parseCallbackUrls(flags.callbackUrl ?? []);
  const issued = Object.values(callbackUrls);
  if (endpoint === undefined && issued.length === 0)
    throw usage("check-receiver needs the endpoint's <url>, or --callback-url <asyncId>=<url> for one that binds a token per batch");
  if (endpoint !== undefined && issued.some((u) => !sameEndpoint(u, endpoint))) {
    throw usage(`--callback-url must be URLs of the endpoint checked, ${endpoint}: check-receiver sends only to the URLs it is given`);
  }
  const maxMs = Math.max(1, Math.round(durationFlag("max-ms", flags.maxMs, "ms") ?? DEFAULT_MAX_MS));
  const targets = issued.length ? issued.map(maskUrl) : [maskUrl(endpoint as string)];
  io.stderr.write(
    `check-receiver sends made-up callbacks (asyncIds and results that no iVvy batch has) to ${targets.join(" and ")}, and to the same endpoint with its query dropped or changed, and nowhere else; each answer is awaited up to ${maxMs} ms. A receiver that hands callbacks to your handler will hand it these.\n`,
  );
  const report = await checkReceiver({
    ...(issued.length ? { callbackUrls } : { url: endpoint as string }),
    maxMs,
    signal: io.signal,
    ...(flags.json ? {} : { onRow: (row) => io.stderr.write(`  ${row.verdict.padEnd(6)} ${row.id}\n`) }),
  });
  const exitCode = report.ok ? ExitCode.Ok : ExitCode.JobsFailed;
  if (flags.json) {
    io.stdout.write(`${JSON.stringify({ command: "check-receiver", ok: report.ok, exitCode, maxMs, rows: report.rows, notes: report.notes })}\n`);
    return exitCode;
  }
  const out: string[] = [formatTable(report.rows, maxMs), ""];
  for (const row of report.rows.filter((r) => r.verdict !== "pass")) {
    out.push(`${row.verdict} ${row.id}: ${row.check}`);
    out.push(`  sent: POST ${row.sent.url}, ${row.sent.body}`);
    out.push(`  got:  ${describeOutcome(row.answer, maxMs)}${row.answer.kind === "answered" && row.answer.body ? `: ${row.answer.body.slice(0, 300)}` : ""}`);
    out.push(`  ${row.reason}`);
  }
  for (const note of report.notes) out.push(`note: ${note}`);
  const count = (v: string) => report.rows.filter((r) => r.verdict === v).length;
  out.push(`${report.rows.length} checks: ${count("pass")} pass, ${count("fail")} fail, ${count("advice")} advice`);
  io.stdout.write(`${out.join("\n")}\n`);
  return exitCode;
}
