// Every benchmark of `npm run bench`, run with tiny rounds and durations, so a change
// that breaks one (an API it calls, a server that no longer answers 2xx) fails here and
// not weeks later. The figures are meaningless at this size; only their shape is checked.
import { describe, expect, it } from "vitest";
import { environment } from "../../bench/lib/environment.js";
import { toMarkdown } from "../../bench/lib/report.js";
import { benchmarks } from "../../bench/suite.js";

describe("benchmark smoke run", () => {
  for (const [name, bench] of Object.entries(benchmarks)) {
    it(`${name} produces finite, positive ratios`, { timeout: 120_000 }, async () => {
      const result = await bench("smoke");
      expect(result.rows.length).toBeGreaterThan(0);
      for (const row of result.rows) {
        expect(row.value, row.ratio).toBeGreaterThan(0);
        expect(Number.isFinite(row.value), row.ratio).toBe(true);
        expect(row.absolute, row.ratio).toMatch(/\d/);
        if (row.target !== undefined) expect(typeof row.met).toBe("boolean");
      }
      const markdown = toMarkdown({ environment: environment(), results: { [name]: result }, durationSeconds: 1 });
      for (const row of result.rows) expect(markdown).toContain(row.ratio);
    });
  }
});
