import { defineConfig } from "vitest/config";

// `npm test`: the unit, rule, codemod and CLI tests. The corpus and fix-safety runs (`npm run test:corpus`) and the
// browser test (`npm run test:e2e`) have configs of their own: they take minutes.
const SLOW_SUITES = ["tests/robustness/**", "tests/e2e/browser.test.ts"];

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["**/node_modules/**", "tests/fixtures/**", "tests/e2e/**/app-*/**", ...SLOW_SUITES],
    setupFiles: ["tests/setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
