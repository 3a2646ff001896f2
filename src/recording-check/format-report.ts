// The report as text: each finding on its own line, a table of findings by operation, and
// the unmatched data.
import type { RecordingReport } from "./finding.js";

const show = (value: unknown) => (value === undefined ? "(absent)" : JSON.stringify(value)?.slice(0, 80));

export function formatRecordingReport(report: RecordingReport): string {
  const lines: string[] = [];
  for (const f of report.findings) {
    lines.push(`#${f.exchange} ${f.operation} ${f.part} ${f.pointer || "/"}: ${f.kind}: expected ${f.expected}, observed ${show(f.observed)}`);
  }
  if (report.findings.length > 0) lines.push("");
  const width = Math.max(9, ...report.summary.map((s) => s.operation.length));
  lines.push(`${"operation".padEnd(width)}  checked  findings`);
  for (const s of report.summary) lines.push(`${s.operation.padEnd(width)}  ${String(s.checked).padStart(7)}  ${String(s.findings).padStart(8)}`);
  if (report.unmatched.length > 0) {
    lines.push("", `unmatched (not checked): ${report.unmatched.length}`);
    for (const u of report.unmatched) lines.push(`#${u.exchange} ${u.part} ${u.what}: ${u.why}`);
  }
  lines.push(
    "",
    report.ok
      ? `${report.exchanges} exchanges: no difference from the contract and the catalog`
      : `${report.exchanges} exchanges: ${report.findings.length} difference(s) from the contract and the catalog`,
  );
  return lines.join("\n");
}
