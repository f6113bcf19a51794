// The codemods' acceptance test: on a copy of a small app with every problem the fixable recommended rules
// detect, jscodeshift (as users run it) and the CLI leave no fixable finding, a second run changes nothing, and
// `git diff` shows only the files that had something to fix.
import tsParser from "@typescript-eslint/parser";
import { ESLint } from "eslint";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { stripVTControlCharacters } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import plugin from "../../src/index.ts";
import { typedRuleModules } from "../../src/plugin/rules.ts";
import { REPO_ROOT } from "../e2e/scratch-app.ts";

const APP = path.join(REPO_ROOT, "tests/fixtures/every-problem");
const JSCODESHIFT = path.join(REPO_ROOT, "node_modules/jscodeshift/bin/jscodeshift.js");
const BIN = path.join(REPO_ROOT, "bin/next-logout-codemod.js");
const TIMEOUT = 120_000;

const FIXABLE_RECOMMENDED = Object.entries(typedRuleModules)
  .filter(([, rule]) => rule.meta.docs?.recommended === "recommended" && rule.meta.fixable)
  .map(([id]) => `next-logout/${id}`)
  .sort();

const CHANGED_FILES = [
  "app/account/sign-out/route.ts",
  "app/api/auth/logout/route.ts",
  "app/dashboard/page.tsx",
  "app/logout/route.ts",
  "components/logout-button.tsx",
  "components/user-menu.tsx",
  "lib/actions.ts",
];

const directories: string[] = [];
afterAll(() => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});

/** A committed copy of the app, so `git diff` shows what a run changed. */
function copyApp(): string {
  const directory = mkdtempSync(path.join(tmpdir(), "next-logout-acceptance-"));
  directories.push(directory);
  cpSync(APP, directory, { recursive: true });
  git(directory, "init", "-q");
  git(directory, "add", "-A");
  git(directory, "-c", "user.email=a@b", "-c", "user.name=t", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "before");
  return directory;
}

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync("git", args, { cwd, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`git ${args.join(" ")}: ${result.stderr}`);
  return result.stdout;
}

/** `ruleId` of every finding of configs.recommended, and whether ESLint could fix it. */
async function lint(directory: string): Promise<{ ruleId: string; fixable: boolean }[]> {
  const eslint = new ESLint({
    cwd: directory,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ["**/*.{ts,tsx}"], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
      plugin.configs.recommended,
    ],
  });
  const results = await eslint.lintFiles(["."]);
  return results.flatMap((result) => result.messages.map((message) => ({ ruleId: message.ruleId ?? "(parse)", fixable: message.fix !== undefined })));
}

function jscodeshift(directory: string): string {
  const result = spawnSync(process.execPath, [JSCODESHIFT, "-t", path.join(REPO_ROOT, "codemods/logout.ts"), "--extensions=tsx,ts,jsx,js", "."], {
    cwd: directory,
    encoding: "utf8",
    timeout: TIMEOUT,
  });
  return stripVTControlCharacters(`${result.stdout}${result.stderr}`);
}

function cli(directory: string, ...flags: string[]): { code: number | null; output: string } {
  const result = spawnSync(process.execPath, [BIN, "logout", ".", ...flags], { cwd: directory, encoding: "utf8", timeout: TIMEOUT });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

beforeAll(() => {
  if (!existsSync(path.join(REPO_ROOT, "dist/src/codemod/worker.js"))) throw new Error("Build the plugin first: npm run build");
});

describe("the app before any codemod", () => {
  it("has a finding of every fixable recommended rule", async () => {
    const fixable = (await lint(APP)).filter((finding) => finding.fixable).map((finding) => finding.ruleId);
    expect([...new Set(fixable)].sort()).toEqual(FIXABLE_RECOMMENDED);
  });
});

describe.each([
  ["npx jscodeshift -t codemods/logout.ts", "jscodeshift"],
  ["next-logout-codemod logout", "cli"],
] as const)("%s on a copy of the app", (_, runner) => {
  let directory = "";
  let firstRun = "";
  beforeAll(() => {
    directory = copyApp();
    if (runner === "jscodeshift") firstRun = jscodeshift(directory);
    else {
      const { code, output } = cli(directory);
      expect(code).toBe(0);
      firstRun = output;
    }
  }, TIMEOUT);

  it("reports no error", () => {
    expect(firstRun).toMatch(runner === "jscodeshift" ? /^0 errors$/m : /, 0 errors$/m);
  });

  it("leaves no finding that a rule of configs.recommended could fix", async () => {
    expect((await lint(directory)).filter((finding) => finding.fixable)).toEqual([]);
  });

  it("leaves only findings that have no safe fix", async () => {
    expect((await lint(directory)).map((finding) => finding.ruleId)).toEqual(["next-logout/require-logout-no-store"]);
  });

  it("changes exactly the files that had something to fix", () => {
    expect(git(directory, "diff", "--name-only").trim().split("\n")).toEqual(CHANGED_FILES);
  });

  it("changes nothing on a second run", () => {
    if (runner === "jscodeshift") expect(jscodeshift(directory)).toMatch(/^0 ok$/m);
    // The first run's edits are uncommitted now: --force.
    else expect(cli(directory, "--force").output).toMatch(/: 0 changed,/);
    expect(git(directory, "diff", "--name-only").trim().split("\n")).toEqual(CHANGED_FILES);
  }, TIMEOUT);
});

describe("jscodeshift and the CLI", () => {
  it("write the same files", () => {
    const [viaJscodeshift, viaCli] = [copyApp(), copyApp()];
    jscodeshift(viaJscodeshift);
    cli(viaCli);
    expect(git(viaJscodeshift, "diff")).toBe(git(viaCli, "diff"));
  }, TIMEOUT);
});
