// Mutation testing of the safety core (issue 10, item 13): `npm run mutation`, which runs
// StrykerJS under Node 22 (scripts/mutation.mjs). Not part of `npm test`; it takes minutes.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts" },
  mutate: [
    "src/signing/**/*.ts",
    "src/contract/validate-*.ts",
    "src/receiver/create-callback-receiver.ts",
    "src/receiver/callback-token.ts",
    "src/workflow/submit/submission-ledger.ts",
    "src/workflow/submit/classify-run-failure.ts",
  ],
  coverageAnalysis: "perTest",
  concurrency: 2,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
  thresholds: { high: 90, low: 80, break: null },
};
