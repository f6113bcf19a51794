// The `logout` codemod applies exactly what ESLint applies: for every codemod fixture input and every .ts/.tsx file
// of tests/fixtures and examples/next-app, its output equals, byte for byte, what ESLint's own API gives with
// `configs.recommended` (`configs.strict` for `--strict` cases):
//
//   A = `eslint --fix` (ESLint#lintText with `fix: true`);
//   then, while A's lint results offer one of the suggestions the codemod takes (no-link-to-logout's
//   suggestFullPageLoad, no-client-cookie-deletion's suggestLogoutFunctionNavigation), apply ESLint's reported
//   suggestion fixes (first come first served, none overlapping another) and run `--fix` again.
//
// (tests/codemods/eslint-fix.ts). Files where no such suggestion is offered are stated separately: there the codemod
// equals plain `eslint --fix`. The same holds under a user's eslint.config.mjs with custom settings:
// eslint-equivalence-config.test.ts.
// Codemod fixtures run under the same paths as in fixtures.test.ts: a `route-` case as
// `<transform folder>/<case>/app/logout/route.<ext>`, so the route-handler rules see a `/logout` route.
import * as typescriptParser from "@typescript-eslint/parser";
import { ESLint } from "eslint";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCodemod, type CodemodOptions } from "../../src/codemod/engine.ts";
import { TRANSFORMS } from "../../src/codemod/transforms.ts";
import plugin from "../../src/index.ts";
import { runEslintFix, TAKEN_SUGGESTIONS, type EslintOutcome, type LintTarget } from "./eslint-fix.ts";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const CODEMOD_FIXTURES = path.join(REPO_ROOT, "codemods/__testfixtures__");

interface SourceFile extends LintTarget {
  options: CodemodOptions;
}

function listCodemodFixtures(): SourceFile[] {
  const files: SourceFile[] = [];
  for (const transform of readdirSync(CODEMOD_FIXTURES).sort()) {
    const dir = path.join(CODEMOD_FIXTURES, transform);
    for (const entry of readdirSync(dir).sort()) {
      const match = /^(.+)\.input\.(tsx?)$/.exec(entry);
      if (!match) continue;
      const [, name, ext] = match as unknown as [string, string, string];
      const optionsFile = path.join(dir, `${name}.options.json`);
      files.push({
        label: path.relative(REPO_ROOT, path.join(dir, entry)),
        filePath: name.startsWith("route-") ? path.join(dir, name, "app", "logout", `route.${ext}`) : path.join(dir, entry),
        source: readFileSync(path.join(dir, entry), "utf8"),
        options: existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, "utf8")) as CodemodOptions) : {},
      });
    }
  }
  return files;
}

function listSourceFiles(dir: string): SourceFile[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((entry) => /\.tsx?$/.test(entry) && !entry.split(path.sep).includes("node_modules"))
    .sort()
    .map((entry) => {
      const filePath = path.join(dir, entry);
      return { label: path.relative(REPO_ROOT, filePath), filePath, source: readFileSync(filePath, "utf8"), options: {} };
    });
}

function createEslint(file: SourceFile, fix: boolean): ESLint {
  return new ESLint({
    cwd: REPO_ROOT,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ["**/*.{ts,tsx,js,jsx}"],
        languageOptions: { parser: typescriptParser, parserOptions: { ecmaFeatures: { jsx: !file.filePath.endsWith(".ts") } } },
        settings: { "next-logout": { nextVersion: file.options.nextVersion ?? "detect" } },
      },
      file.options.strict ? plugin.configs.strict : plugin.configs.recommended,
    ],
    fix,
  });
}

interface Outcome extends EslintOutcome {
  file: SourceFile;
}

async function runEslint(file: SourceFile): Promise<Outcome> {
  return { file, ...(await runEslintFix(file, createEslint(file, true), createEslint(file, false))) };
}

function codemodOutput(file: SourceFile): string {
  const result = runCodemod("logout", file.filePath, file.source, file.options);
  return result.status === "changed" ? result.output : file.source;
}

const files = [
  ...listCodemodFixtures(),
  ...listSourceFiles(path.join(REPO_ROOT, "tests/fixtures")),
  ...listSourceFiles(path.join(REPO_ROOT, "examples/next-app")),
];
const outcomes: Outcome[] = [];
for (const file of files) outcomes.push(await runEslint(file));
const withoutSuggestions = outcomes.filter((outcome) => outcome.suggestionRounds === 0);
const withSuggestions = outcomes.filter((outcome) => outcome.suggestionRounds > 0);
const byLabel = (outcome: Outcome) => [outcome.file.label, outcome] as const;

describe("the logout codemod and ESLint's own --fix", () => {
  it("take the same suggestions: the ones this test applies are the ones the transform lists", () => {
    const listed = TRANSFORMS.logout.suggestions.map(({ rule, messageId }) => `next-logout/${rule}:${messageId}`);
    expect(new Set(listed)).toEqual(TAKEN_SUGGESTIONS);
  });

  it("are compared over codemod fixtures, tests/fixtures and examples/next-app, in both cases below", () => {
    for (const group of ["codemods/__testfixtures__/", "tests/fixtures/", "examples/next-app/"]) {
      expect(files.some((file) => file.label.startsWith(group))).toBe(true);
    }
    // ESLint's --fix did run: it changed files in both groups.
    expect(withoutSuggestions.some((outcome) => outcome.fixed !== outcome.file.source)).toBe(true);
    expect(withSuggestions.some((outcome) => outcome.fixed !== outcome.file.source)).toBe(true);
    expect(withoutSuggestions.length).toBeGreaterThan(0);
    expect(withSuggestions.length).toBeGreaterThan(0);
  });

  describe("files where no taken suggestion is offered: codemod output === eslint --fix output", () => {
    it.each(withoutSuggestions.map(byLabel))("%s", (_, outcome) => {
      expect(outcome.withSuggestions).toBe(outcome.fixed);
      expect(codemodOutput(outcome.file)).toBe(outcome.fixed);
    });
  });

  describe("files where taken suggestions are offered: codemod output === eslint --fix, then the suggestions, then --fix again", () => {
    it.each(withSuggestions.map(byLabel))("%s", (_, outcome) => {
      expect(outcome.withSuggestions).not.toBe(outcome.fixed);
      expect(codemodOutput(outcome.file)).toBe(outcome.withSuggestions);
    });
  });
});
