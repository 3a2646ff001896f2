// Benchmark: what the dashboard costs the emulator's request path when no page is
// connected (docs/dashboard.md: an unwatched dashboard costs nothing). Two emulators in this process, one with
// `dashboard: true`, one without, driven by the same forked autocannon process in
// alternated rounds; the ratio of each round's pair, median over rounds. Progress (the
// lightest signed call) and run (a stored batch per request) both.
import { createBatchClient } from "../src/client/create-batch-client.js";
import { operationPaths } from "../src/contract/types.js";
import { createEmulator, type Emulator } from "../src/emulator/create-emulator.js";
import { DEMO_CREDENTIALS } from "../src/emulator/options/demo-credentials.js";
import { alternate } from "./lib/alternate.js";
import { type BenchResult, fmt, fmtInt, row } from "./lib/bench-result.js";
import { type LoadGenerator, startLoadGenerator } from "./lib/load-generator.js";
import { median } from "./lib/stats.js";

export interface DashboardOverheadOptions {
  rounds?: number;
  durationSeconds?: number;
  connections?: number;
}

export async function benchDashboardOverhead(options: DashboardOverheadOptions = {}): Promise<BenchResult> {
  const rounds = options.rounds ?? 4;
  const durationSeconds = options.durationSeconds ?? 3;
  const connections = options.connections ?? 10;
  const emulators: Emulator[] = [];
  let load: LoadGenerator | undefined;
  try {
    // No callbacks: this measures the request path, and batches are stored as usual.
    const plain = createEmulator();
    const withDashboard = createEmulator({ dashboard: true });
    emulators.push(plain, withDashboard);
    const [plainUrl, dashboardUrl] = await Promise.all([plain.listen(), withDashboard.listen()]).then((l) => l.map((x) => x.url));
    load = await startLoadGenerator();
    const gen = load;
    const progressBody = async (url: string) =>
      JSON.stringify({
        async: (await createBatchClient({ ...DEMO_CREDENTIALS, baseUrl: url }).run([{ namespace: "test", action: "ping", params: {} }])).asyncId,
      });
    const bodies = { plain: await progressBody(plainUrl!), dashboard: await progressBody(dashboardUrl!) };
    const runBody = JSON.stringify({ jobs: [{ namespace: "test", action: "ping", params: {} }] });
    const measure = (url: string, path: string, body: string, emulator: Emulator) => async () => {
      const figures = await gen.run({ url, path, body, connections, durationSeconds, sign: DEMO_CREDENTIALS });
      if (figures.non2xx > 0 || figures.errors > 0) throw new Error(`dashboard overhead: ${figures.non2xx} non-2xx and ${figures.errors} errors on ${path}`);
      await emulator.idle();
      return figures.requestsPerSecond;
    };
    const progress = await alternate(
      [
        { name: "off", measure: measure(plainUrl!, operationPaths.progress, bodies.plain, plain) },
        { name: "on", measure: measure(dashboardUrl!, operationPaths.progress, bodies.dashboard, withDashboard) },
      ],
      rounds,
    );
    const run = await alternate(
      [
        { name: "off", measure: measure(plainUrl!, operationPaths.run, runBody, plain) },
        { name: "on", measure: measure(dashboardUrl!, operationPaths.run, runBody, withDashboard) },
      ],
      rounds,
    );
    const ratio = (s: Record<string, number[]>) => median(s.on!.map((v, i) => v / s.off![i]!));
    const abs = (s: Record<string, number[]>) => `${fmtInt(median(s.on!))} vs ${fmtInt(median(s.off!))} req/s`;
    const kept = withDashboard.dashboard
      ? ((await (await withDashboard.dashboard.fetch(new Request(`${dashboardUrl}/_emulator/api/state`))).json()) as { counts: { requestsKept: number } })
      : undefined;
    return {
      rows: [
        row({
          benchmark: "dashboard",
          ratio: "emulator progress with dashboard (no page open) / without",
          value: ratio(progress),
          absolute: abs(progress),
          atLeast: 0.95,
        }),
        row({ benchmark: "dashboard", ratio: "emulator run with dashboard (no page open) / without", value: ratio(run), absolute: abs(run), atLeast: 0.95 }),
      ],
      notes: [
        `dashboard: autocannon -c ${connections} -d ${durationSeconds} in a forked process, ${rounds} rounds per emulator, order alternated; ratio of medians of per-round pairs ${fmt(ratio(progress))} / ${fmt(ratio(run))}; the dashboard emulator's request log held ${kept?.counts.requestsKept ?? "?"} requests at the end`,
      ],
    };
  } finally {
    await load?.close();
    await Promise.all(emulators.map((e) => e.close()));
  }
}
