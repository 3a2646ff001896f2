// `ivvy-batch`: the light root. The client, signing, and the whole-batch workflows; each
// heavier part has its own entry point (see package.json "exports"): ivvy-batch/receiver,
// /emulator, /mock, /validators, /testing. Importing this never loads ajv, the emulator,
// the mock or the CLI (test/package/light-entries.test.ts).

// Typed jobs for every catalogued iVvy action (the params check is in ivvy-batch/catalog).
export * from "./catalog/typed.js";
export * from "./client/index.js";
export * from "./signing/index.js";
// Whole-batch workflows: past 200 jobs, waiting, ordered results, retrying failures.
export * from "./workflow/index.js";
