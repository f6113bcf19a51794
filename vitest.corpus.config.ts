import { defineConfig } from "vitest/config";

// `npm run test:corpus`: every rule over thousands of real files, and the fix-safety property test.
export default defineConfig({
  test: {
    include: ["tests/robustness/**/*.test.ts"],
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
