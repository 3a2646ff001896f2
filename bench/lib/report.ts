// The table printed at the end of `npm run bench`, and the same data as JSON and Markdown.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type BenchResult, fmt, type RatioRow } from "./bench-result.js";

export interface Environment {
  date: string;
  node: string;
  nproc: number;
  cpu: string;
  /** 1-minute load average before and after the run. */
  loadBefore: number;
  loadAfter: number;
}

export interface Report {
  environment: Environment;
  results: Record<string, BenchResult>;
  durationSeconds: number;
}

const verdict = (r: RatioRow) => (r.met === undefined ? "" : r.met ? "met" : "MISSED");

export function toMarkdown(report: Report): string {
  const e = report.environment;
  const lines = [
    "# Benchmark results",
    "",
    `${e.date} · Node ${e.node} · ${e.nproc} cores (${e.cpu}) · load average ${fmt(e.loadBefore)} before, ${fmt(e.loadAfter)} after · ${Math.round(report.durationSeconds)} s`,
    "",
    "| benchmark | ratio | value | absolute | target | |",
    "| --- | --- | ---: | --- | --- | --- |",
  ];
  for (const result of Object.values(report.results)) {
    for (const r of result.rows) lines.push(`| ${r.benchmark} | ${r.ratio} | ${fmt(r.value)} | ${r.absolute} | ${r.target ?? ""} | ${verdict(r)} |`);
  }
  lines.push("", "Notes:", "");
  for (const [name, result] of Object.entries(report.results)) for (const note of result.notes) lines.push(`- ${name}: ${note}`);
  return `${lines.join("\n")}\n`;
}

export function toConsoleTable(report: Report): string {
  const rows = Object.values(report.results).flatMap((r) => r.rows);
  const cells = rows.map((r) => [r.benchmark, r.ratio, fmt(r.value), r.absolute, r.target ?? "", verdict(r)]);
  const header = ["benchmark", "ratio", "value", "absolute", "target", ""];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    c
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...cells.map(line)].join("\n");
}

/** Writes `latest.json` and `latest.md` under `dir`. */
export function writeReport(report: Report, dir: string): { json: string; markdown: string } {
  mkdirSync(dir, { recursive: true });
  const json = join(dir, "latest.json");
  const markdown = join(dir, "latest.md");
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(markdown, toMarkdown(report));
  return { json, markdown };
}
