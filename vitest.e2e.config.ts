import { defineConfig } from "vitest/config";

// `npm run test:e2e`: the Next.js 16 app in Chromium, before and after the codemod (about 2 minutes).
export default defineConfig({
  test: {
    include: ["tests/e2e/browser.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
