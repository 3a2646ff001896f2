import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "contract-tests/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Servers started by tests (Prism, the emulator, listeners) are per file; keep
    // file-level parallelism modest on 2-core machines.
    maxWorkers: 2,
  },
});
