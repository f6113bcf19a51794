import * as typescriptParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import path from "node:path";
import plugin from "../index.ts";
import { PLUGIN_NAMESPACE } from "../plugin/configs.ts";
import type { RuleId } from "../plugin/rules.ts";
import { SETTINGS_KEY } from "../project/settings.ts";
import { applyTextEdits, type TextEdit } from "../edits/text-edit.ts";
import { TRANSFORMS, type TransformName } from "./transforms.ts";

export interface CodemodOptions {
  /** `"detect"` (default): the nearest package.json's `next`; or a version such as `"14.2"`. */
  nextVersion?: string;
  /** Also apply the fixes of the rules only `strict` turns on. */
  strict?: boolean;
}

export type CodemodResult =
  /** The text prefilter found nothing the transform could change: the file was not even parsed. */
  | { status: "skipped"; reports: string[] }
  | { status: "unchanged"; reports: string[] }
  | { status: "changed"; output: string; reports: string[] };

/** A file the parser rejects: reported with its path and the parser's message, and left as it is. */
export class CodemodParseError extends Error {
  constructor(file: string, line: number, column: number, message: string) {
    super(`${file}:${line}:${column}: ${message}`);
    this.name = "CodemodParseError";
  }
}

// One suggestion a pass, as a person takes them in an editor: each one's edits see what the last one left, so the
// last `router.push()` replaced also takes `const router = useRouter()` with it. Past this many, the rest is reported.
const MAX_PASSES = 20;
const TYPESCRIPT_ONLY = /\.[cm]?ts$/i;
const BOM = "\uFEFF";
// A pattern that names extensions: ESLint counts a file matched only by `**/*` as matched by no config.
const SOURCE_FILES = "**/*.{js,jsx,ts,tsx,mjs,cjs,mts,cts}";

/**
 * Runs a transform over one file. Fixes are the rules' own autofixes, applied by ESLint's `Linter.verifyAndFix`
 * exactly as `eslint --fix` applies them; suggestions are the rules' own suggestion edits. Nothing here edits code
 * by itself, so the codemod and the rules cannot drift apart.
 */
export function runCodemod(name: TransformName, file: string, source: string, options: CodemodOptions = {}): CodemodResult {
  const spec = TRANSFORMS[name];
  if (!spec.mayApply(file, source)) return { status: "skipped", reports: [] };
  const config = getConfig(name, file, options);
  const linter = getLinter();
  const filename = path.resolve(file);
  const suggestionIds = new Set(spec.suggestions.map(({ rule, messageId }) => `${PLUGIN_NAMESPACE}/${rule}:${messageId}`));
  // ESLint reports ranges in the text after the BOM and writes the BOM back; the suggestions are applied here, so
  // the BOM stays out of the text until the end, as in `eslint --fix`.
  const bom = source.startsWith(BOM) ? BOM : "";
  let text = source.slice(bom.length);
  let messages: Linter.LintMessage[];
  // Every pass ends with fixes, so fixes that a suggestion makes possible are applied too.
  for (let pass = 0; ; pass++) {
    const result = linter.verifyAndFix(text, config, { filename });
    const fatal = result.messages.find((message) => message.fatal);
    if (fatal) throw new CodemodParseError(file, fatal.line, fatal.column, fatal.message);
    text = result.output;
    messages = result.messages;
    const edit = pass < MAX_PASSES ? findSuggestionEdit(messages, suggestionIds) : null;
    if (!edit) break;
    text = applyTextEdits(text, [edit]);
  }
  const reportRules = new Set(spec.reportRules.map((rule) => `${PLUGIN_NAMESPACE}/${rule}`));
  const reports = messages
    .filter((message) => message.ruleId !== null && reportRules.has(message.ruleId))
    .map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
  const output = bom + text;
  return output === source ? { status: "unchanged", reports } : { status: "changed", output, reports };
}

/** The first chosen suggestion's edit, in message order. */
function findSuggestionEdit(messages: readonly Linter.LintMessage[], suggestionIds: ReadonlySet<string>): TextEdit | null {
  for (const message of messages) {
    const suggestion = message.suggestions?.find((candidate) => suggestionIds.has(`${message.ruleId}:${candidate.messageId}`));
    if (suggestion) return { range: suggestion.fix.range, text: suggestion.fix.text };
  }
  return null;
}

let linter: Linter | null = null;
function getLinter(): Linter {
  // Files anywhere on disk: the config applies from the file system root.
  linter ??= new Linter({ configType: "flat", cwd: path.parse(process.cwd()).root });
  return linter;
}

const configs = new Map<string, Linter.Config[]>();

/** The flat config a transform lints with: its rules, the TypeScript parser, JSX except in `.ts` files. */
function getConfig(name: TransformName, file: string, options: CodemodOptions): Linter.Config[] {
  const jsx = !TYPESCRIPT_ONLY.test(file);
  const key = JSON.stringify([name, jsx, options.strict ?? false, options.nextVersion ?? "detect"]);
  let config = configs.get(key);
  if (!config) {
    const spec = TRANSFORMS[name];
    // Sorted like the shipped configs: two fixes at one spot apply in rule order, so the output matches `eslint --fix`.
    const rules: RuleId[] = [
      ...new Set([...spec.fixRules, ...(options.strict ? spec.strictFixRules : []), ...spec.reportRules, ...spec.suggestions.map(({ rule }) => rule)]),
    ].sort();
    config = [
      {
        files: [SOURCE_FILES],
        languageOptions: { parser: typescriptParser, parserOptions: { ecmaFeatures: { jsx } }, sourceType: "module" },
        linterOptions: { reportUnusedDisableDirectives: "off" },
        plugins: { [PLUGIN_NAMESPACE]: plugin },
        rules: Object.fromEntries(rules.map((rule) => [`${PLUGIN_NAMESPACE}/${rule}`, "error"])),
        settings: { [SETTINGS_KEY]: { nextVersion: options.nextVersion ?? "detect" } },
      },
    ];
    configs.set(key, config);
  }
  return config;
}
