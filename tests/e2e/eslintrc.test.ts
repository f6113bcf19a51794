import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchApp, REPO_ROOT, type ScratchApp } from "./scratch-app.ts";

// A project still on .eslintrc (ESLint 9 with ESLINT_USE_FLAT_CONFIG=false) using the legacy config.
const FILES = {
  ".eslintrc.json": JSON.stringify({
    root: true,
    parser: "@typescript-eslint/parser",
    parserOptions: { ecmaVersion: "latest", sourceType: "module", ecmaFeatures: { jsx: true } },
    extends: ["plugin:next-logout/recommended-legacy"],
  }),
  "app/page.tsx": 'import Link from "next/link";\n\nexport default function Page() {\n  return <Link href="/logout">Log out</Link>;\n}\n',
};

describe("legacy .eslintrc with plugin:next-logout/recommended-legacy", () => {
  let app: ScratchApp;
  beforeAll(() => {
    app = createScratchApp(FILES, {
      eslint: path.join(REPO_ROOT, "node_modules/eslint-v9"),
      "@typescript-eslint/parser": path.join(REPO_ROOT, "node_modules/@typescript-eslint/parser"),
    });
  });
  afterAll(() => app.remove());

  it("loads the plugin through require and reports the logout link", () => {
    const bin = path.join(app.dir, "node_modules/eslint/bin/eslint.js");
    const result = spawnSync(process.execPath, [bin, "--ext", ".tsx", "--format", "json", "app"], {
      cwd: app.dir,
      encoding: "utf8",
      env: { ...process.env, ESLINT_USE_FLAT_CONFIG: "false" },
    });
    const [page] = JSON.parse(result.stdout) as { messages: { ruleId: string; line: number; column: number }[] }[];
    expect(page?.messages.map(({ ruleId, line, column }) => `${line}:${column} ${ruleId}`)).toEqual([
      "4:10 next-logout/no-link-to-logout",
    ]);
  });
});
