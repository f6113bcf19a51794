// The `logout` codemod applies exactly what ESLint applies: for every codemod fixture input and every .ts/.tsx file
// of tests/fixtures and examples/next-app, its output equals, byte for byte, what ESLint's own API gives with
// `configs.recommended` (`configs.strict` for `--strict` cases):
//
//   A = `eslint --fix` (ESLint#lintText with `fix: true`);
//   then, while A's lint results offer one of the suggestions the codemod takes (no-link-to-logout's
//   suggestFullPageLoad, no-client-cookie-deletion's suggestLogoutFunctionNavigation), apply the first such
//   suggestion's fix, as a person would in an editor, and run `--fix` again.
//
// Files where no such suggestion is offered are stated separately: there the codemod equals plain `eslint --fix`.
// Codemod fixtures run under the same paths as in fixtures.test.ts: a `route-` case as
// `<transform folder>/<case>/app/logout/route.<ext>`, so the route-handler rules see a `/logout` route.
import * as typescriptParser from "@typescript-eslint/parser";
import { ESLint, type Linter } from "eslint";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCodemod, type CodemodOptions } from "../../src/codemod/engine.ts";
import { TRANSFORMS } from "../../src/codemod/transforms.ts";
import plugin from "../../src/index.ts";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const CODEMOD_FIXTURES = path.join(REPO_ROOT, "codemods/__testfixtures__");

/** The suggestions the `logout` transform takes, as `ruleId:messageId`. */
const TAKEN_SUGGESTIONS: ReadonlySet<string> = new Set([
  "next-logout/no-link-to-logout:suggestFullPageLoad",
  "next-logout/no-client-cookie-deletion:suggestLogoutFunctionNavigation",
]);
// `eslint --fix` runs up to 10 passes; a file needing more suggestion rounds than this is a bug of its own.
const MAX_SUGGESTION_ROUNDS = 10;

interface SourceFile {
  /** For test names: the path relative to the repository. */
  label: string;
  /** The path given to ESLint and to the codemod. */
  filePath: string;
  source: string;
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

/** ESLint's result for the text; throws when ESLint ignored the file or could not parse it. */
async function lint(eslint: ESLint, text: string, file: SourceFile): Promise<ESLint.LintResult> {
  const [result] = await eslint.lintText(text, { filePath: file.filePath });
  if (!result) throw new Error(`ESLint returned no result for ${file.label}`);
  const ignored = result.messages.find((message) => /File ignored/i.test(message.message));
  if (ignored) throw new Error(`ESLint ignored ${file.label}: ${ignored.message}`);
  const fatal = result.messages.find((message) => message.fatal);
  if (fatal) throw new Error(`ESLint could not parse ${file.label}: ${fatal.message}`);
  return result;
}

interface TextEdit {
  range: readonly [number, number];
  text: string;
}

/** The first taken suggestion's fix, in message order: one at a time, as a person takes them in an editor. */
function pickSuggestionFixes(messages: readonly Linter.LintMessage[]): TextEdit[] {
  for (const message of messages) {
    const suggestion = message.suggestions?.find((candidate) => TAKEN_SUGGESTIONS.has(`${message.ruleId}:${candidate.messageId}`));
    if (suggestion) return [{ range: suggestion.fix.range, text: suggestion.fix.text }];
  }
  return [];
}

/** Applies ESLint's suggestion edits, whose ranges count from after a BOM (`SourceCode.text` has none), as an editor does. */
function applyEdits(source: string, edits: readonly TextEdit[]): string {
  const bom = source.startsWith("\uFEFF") ? "\uFEFF" : "";
  const text = source.slice(bom.length);
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let result = bom;
  let cursor = 0;
  for (const { range, text: replacement } of sorted) {
    result += text.slice(cursor, range[0]) + replacement;
    cursor = range[1];
  }
  return result + text.slice(cursor);
}

interface EslintOutcome {
  file: SourceFile;
  /** Plain `eslint --fix`. */
  fixed: string;
  /** `--fix`, then taken suggestions and `--fix` until none is offered. */
  withSuggestions: string;
  suggestionRounds: number;
}

async function runEslint(file: SourceFile): Promise<EslintOutcome> {
  const fixer = createEslint(file, true);
  const linter = createEslint(file, false);
  const fixOnce = async (text: string) => (await lint(fixer, text, file)).output ?? text;
  const fixed = await fixOnce(file.source);
  let text = fixed;
  let rounds = 0;
  for (;;) {
    const edits = pickSuggestionFixes((await lint(linter, text, file)).messages);
    if (edits.length === 0) break;
    if (++rounds > MAX_SUGGESTION_ROUNDS) throw new Error(`${file.label}: suggestions still offered after ${MAX_SUGGESTION_ROUNDS} rounds`);
    text = await fixOnce(applyEdits(text, edits));
  }
  return { file, fixed, withSuggestions: text, suggestionRounds: rounds };
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
const outcomes: EslintOutcome[] = [];
for (const file of files) outcomes.push(await runEslint(file));
const withoutSuggestions = outcomes.filter((outcome) => outcome.suggestionRounds === 0);
const withSuggestions = outcomes.filter((outcome) => outcome.suggestionRounds > 0);
const byLabel = (outcome: EslintOutcome) => [outcome.file.label, outcome] as const;

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
