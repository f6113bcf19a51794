import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createScratchApp, readFixtureTree, REPO_ROOT, type ScratchApp } from "./scratch-app.ts";

// A new user's CI gate on a create-next-app-shaped app (eslint-config-next core-web-vitals + typescript, ESLint 9,
// `app/` beside `pages/`): after `eslint --fix` and every suggestion, or after the codemod, `--max-warnings 0` passes.
// No fix may leave something an `@next/next` rule or `no-unused-vars` reports.
const APP = readFixtureTree(path.join(REPO_ROOT, "tests/fixtures/create-next-app"));
const ESLINT_9 = path.join(REPO_ROOT, "node_modules/eslint-v9");
const CODEMOD = path.join(REPO_ROOT, "bin/next-logout-codemod.js");

const apps: ScratchApp[] = [];
afterAll(() => apps.forEach((app) => app.remove()));

function freshApp(): ScratchApp {
  const app = createScratchApp(APP, { eslint: ESLINT_9, react: path.join(REPO_ROOT, "node_modules/react") });
  apps.push(app);
  return app;
}

function run(app: ScratchApp, command: string, args: string[]) {
  const result = spawnSync(process.execPath, [command, ...args], { cwd: app.dir, encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const eslint = (app: ScratchApp, ...args: string[]) => run(app, path.join(app.dir, "node_modules/eslint/bin/eslint.js"), [...args, "."]);
const read = (app: ScratchApp, file: string) => readFileSync(path.join(app.dir, file), "utf8");

/** Applies the first suggestion of the first finding that has one, re-linting in between, as a person does in an editor. */
async function applyEverySuggestion(app: ScratchApp): Promise<string[]> {
  const { ESLint } = (await import(path.join(ESLINT_9, "lib/api.js"))) as typeof import("eslint");
  const linter = new ESLint({ cwd: app.dir });
  const applied: string[] = [];
  for (let round = 0; round < 10; round++) {
    const results = await linter.lintFiles(["."]);
    const found = results.flatMap((result) => result.messages.filter((message) => message.suggestions?.length).map((message) => ({ result, message })))[0];
    if (!found) return applied;
    const suggestion = found.message.suggestions![0]!;
    const text = readFileSync(found.result.filePath, "utf8");
    writeFileSync(found.result.filePath, text.slice(0, suggestion.fix.range[0]) + suggestion.fix.text + text.slice(suggestion.fix.range[1]));
    applied.push(`${path.relative(app.dir, found.result.filePath)} ${found.message.ruleId}`);
  }
  throw new Error("suggestions still offered after 10 rounds");
}

describe("a create-next-app-shaped app with eslint-config-next and configs.recommended", () => {
  it("fails the gate before any fix", () => {
    const app = freshApp();
    const gate = eslint(app, "--max-warnings", "0");
    expect(gate.status).toBe(1);
    expect(gate.output).toContain("6 problems (6 errors, 0 warnings)");
  });

  it("eslint --fix, then every suggestion: eslint . --max-warnings 0 passes", async () => {
    const app = freshApp();
    expect(eslint(app, "--fix").status).toBe(1);
    expect(await applyEverySuggestion(app)).toEqual([
      "components/forget-me.tsx next-logout/no-client-cookie-deletion",
      "components/sign-out-button.tsx next-logout/require-refresh-after-signout",
    ]);
    expect(eslint(app, "--max-warnings", "0")).toEqual({ status: 0, output: "" });
    expect(read(app, "components/user-menu.tsx")).toContain('<a href={"/logout"}>Log out</a>');
    expect(read(app, "components/sign-out-button.tsx")).toBe(
      '"use client";\n\nimport { signOut } from "next-auth/react";\n\nexport function SignOutButton() {\n' +
        '  async function handleSignOut() {\n    await signOut({ redirect: false });\n    window.location.replace("/");\n  }\n\n' +
        "  return <button onClick={handleSignOut}>Sign out</button>;\n}\n",
    );
  });

  it("the codemod: exit 0, nothing left for you, and eslint . --max-warnings 0 passes", () => {
    const app = freshApp();
    const codemod = run(app, CODEMOD, ["logout", "."]);
    expect(codemod.status, codemod.output).toBe(0);
    expect(codemod.output).not.toContain("Left for you");
    expect(eslint(app, "--max-warnings", "0")).toEqual({ status: 0, output: "" });
  });
});
