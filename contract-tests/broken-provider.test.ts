// Proof that the provider suite can fail: the same suite that passes against Prism and
// the emulator runs against fixtures/broken-provider.ts, and every break must be reported
// by name in Dredd's own output and in the report, on the transaction it breaks, while
// the transactions it does not touch still pass. The same server with no breaks passes
// everything, so each failure below is the break's and nothing else's.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BREAKS, type BreakName, type BrokenProvider, startBrokenProvider } from "./fixtures/broken-provider.js";
import { type ProviderRun, runProvider, summarise } from "./run-provider.js";
import { documentedTransactions, failures, transactionsWith } from "./support/coverage.js";

const credentials = { apiKey: "contract-key", apiSecret: "contract-secret" };
const MAX_BODY_BYTES = 64 * 1024;

// A break whose answer the set-up of other transactions goes through (progress, polled
// to wait for a batch) would hide those transactions' own breaks, so it runs alone.
const GROUPS: BreakName[][] = [
  ["progress-over-100"],
  ["wrong-type", "missing-required-field", "undocumented-status", "wrong-content-type", "malformed-callback"],
];

const providers: BrokenProvider[] = [];
let control: ProviderRun;
const runs = new Map<BreakName, ProviderRun>();

async function suiteAgainst(breaks: BreakName[]): Promise<ProviderRun> {
  const provider = await startBrokenProvider({ breaks, credentials, maxBodyBytes: MAX_BODY_BYTES });
  providers.push(provider);
  return runProvider({ baseUrl: provider.url, ...credentials, maxBodyBytes: MAX_BODY_BYTES, callbackTimeoutMs: 3_000 });
}

beforeAll(async () => {
  const [clean, ...broken] = await Promise.all([suiteAgainst([]), ...GROUPS.map(suiteAgainst)]);
  control = clean as ProviderRun;
  for (const [i, group] of GROUPS.entries()) for (const name of group) runs.set(name, broken[i] as ProviderRun);
}, 90_000);

afterAll(async () => {
  await Promise.all(providers.map((p) => p.close()));
});

it("every break is in a group", () => {
  expect(GROUPS.flat().sort()).toEqual(Object.keys(BREAKS).sort());
});

it("the broken provider with no breaks passes the whole suite (so the failures below are the breaks')", () => {
  expect(failures(control), summarise(control)).toBe("");
  expect(transactionsWith(control, "pass").sort()).toEqual(documentedTransactions().sort());
  expect(control.exitCode).toBe(0);
});

describe.each(Object.entries(BREAKS) as [BreakName, (typeof BREAKS)[BreakName]][])("break %s", (name, spec) => {
  it(`is reported on ${spec.transaction}: ${spec.description}`, () => {
    const run = runs.get(name) as ProviderRun;
    const broken = run.transactions.find((t) => `${t.operation} ${t.status}` === spec.transaction);
    expect(broken?.result, summarise(run)).toBe("fail");
    expect(broken?.violations.join("\n")).toMatch(spec.expected);
    // In Dredd's own results too, not only in our report.
    expect(run.output).toMatch(spec.expected);
    expect(run.exitCode).not.toBe(0);
  });

  it("fails nothing it does not break", () => {
    const run = runs.get(name) as ProviderRun;
    const group = GROUPS.find((g) => g.includes(name)) as BreakName[];
    const affected = new Set(group.flatMap((n) => [BREAKS[n].transaction, ...BREAKS[n].knockOn]));
    expect(transactionsWith(run, "fail").sort(), summarise(run)).toEqual([...affected].sort());
    for (const knockOn of spec.knockOn) {
      const t = run.transactions.find((t) => `${t.operation} ${t.status}` === knockOn);
      expect(t?.violations.join("\n")).toMatch(spec.expected);
    }
  });
});
