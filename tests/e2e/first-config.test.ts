import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createScratchApp, readFixtureTree, REPO_ROOT, type ScratchApp } from "./scratch-app.ts";

// A new user's first config, taken verbatim from the README, on an app shaped like `create-next-app`'s: a `.tsx`
// component, a `.ts` route handler, `app/` beside `pages/`. Every snippet must lint the TypeScript files.
const README = readFileSync(path.join(REPO_ROOT, "README.md"), "utf8");
const APP = readFixtureTree(path.join(REPO_ROOT, "tests/fixtures/create-next-app"));
const ESLINT_9 = path.join(REPO_ROOT, "node_modules/eslint-v9");

const FINDINGS = [
  "app/logout/route.ts:4:23 next-logout/require-logout-revalidate",
  "app/logout/route.ts:7:10 next-logout/require-logout-no-store",
  "app/logout/route.ts:7:32 next-logout/no-relative-redirect",
  "components/forget-me.tsx:10:5 next-logout/no-client-cookie-deletion",
  "components/sign-out-button.tsx:11:5 next-logout/require-refresh-after-signout",
  "components/user-menu.tsx:7:7 next-logout/no-link-to-logout",
];
const TYPESCRIPT_FILES = Object.keys(APP).filter((file) => /\.tsx?$/.test(file) && !file.endsWith(".d.ts")).sort();

/** The code block that follows `<!-- readme-config: name -->` in the README. */
function readmeSnippet(name: string): string {
  const match = new RegExp(`<!-- readme-config: ${name} -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\`\`\``).exec(README);
  if (!match?.[1]) throw new Error(`README has no snippet ${name}`);
  return match[1];
}

interface LintRun {
  status: number | null;
  linted: string[];
  findings: string[];
  stderr: string;
}

function lint(app: ScratchApp, env: Record<string, string> = {}): LintRun {
  const bin = path.join(app.dir, "node_modules/eslint/bin/eslint.js");
  const result = spawnSync(process.execPath, [bin, "--format", "json", "."], {
    cwd: app.dir,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  const results = JSON.parse(result.stdout || "[]") as { filePath: string; messages: { ruleId: string | null; line: number; column: number; message: string }[] }[];
  const relative = (file: string) => path.relative(app.dir, file).split(path.sep).join("/");
  return {
    status: result.status,
    linted: results.map(({ filePath }) => relative(filePath)).sort(),
    findings: results.flatMap(({ filePath, messages }) =>
      messages.map(({ ruleId, line, column, message }) => `${relative(filePath)}:${line}:${column} ${ruleId ?? message}`),
    ),
    stderr: result.stderr,
  };
}

const apps: ScratchApp[] = [];
afterAll(() => apps.forEach((app) => app.remove()));

function appWith(files: Record<string, string>, packages: Record<string, string> = {}): ScratchApp {
  // The fixture's own eslint.config.mjs stays out: each case brings the config it tests.
  const rest = Object.fromEntries(Object.entries(APP).filter(([file]) => file !== "eslint.config.mjs"));
  const app = createScratchApp({ ...rest, ...files }, packages);
  apps.push(app);
  return app;
}

describe("the README's configs on a create-next-app-shaped app", () => {
  it.each([
    ["ESLint 10", {}],
    ["ESLint 9", { eslint: ESLINT_9 }],
  ])("standalone flat config (%s) lints .ts and .tsx and reports every problem", (_name, packages) => {
    const run = lint(appWith({ "eslint.config.mjs": readmeSnippet("standalone") }, packages));
    expect(run.linted).toEqual(expect.arrayContaining(TYPESCRIPT_FILES));
    expect(run.findings).toEqual(FINDINGS);
    expect(run.status).toBe(1);
  });

  it("beside eslint-config-next (create-next-app's defineConfig shape, ESLint 9): the same findings, no warning about the config", () => {
    const run = lint(appWith({ "eslint.config.mjs": readmeSnippet("eslint-config-next") }, { eslint: ESLINT_9 }));
    expect(run.linted).toEqual(expect.arrayContaining(TYPESCRIPT_FILES));
    expect(run.findings).toEqual(FINDINGS);
  });

  it("beside typescript-eslint's recommended configs", () => {
    const app = appWith(
      { "eslint.config.mjs": readmeSnippet("typescript-eslint") },
      { "typescript-eslint": path.join(REPO_ROOT, "node_modules/typescript-eslint") },
    );
    const run = lint(app);
    expect(run.linted).toEqual(expect.arrayContaining(TYPESCRIPT_FILES));
    expect(run.findings.filter((finding) => finding.includes("next-logout/"))).toEqual(FINDINGS);
  });

  it("legacy .eslintrc (ESLint 9, ESLINT_USE_FLAT_CONFIG=false) without --ext or a parser of its own", () => {
    const app = appWith({ ".eslintrc.json": readmeSnippet("eslintrc") }, { eslint: ESLINT_9 });
    const run = lint(app, { ESLINT_USE_FLAT_CONFIG: "false" });
    expect(run.stderr).not.toMatch(/No files matching/);
    expect(run.linted).toEqual(expect.arrayContaining(TYPESCRIPT_FILES));
    expect(run.findings).toEqual(FINDINGS);
  });
});
