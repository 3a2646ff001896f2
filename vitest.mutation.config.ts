// The fast suites StrykerJS runs against each mutant (`npm run mutation`, issue 10 item
// 13): unit, workflow, receiver and the emulator's auth tests. Not part of `npm test`.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/unit/**/*.test.ts", "test/workflow/**/*.test.ts", "test/receiver/**/*.test.ts", "test/emulator/auth.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
