import * as typescriptParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import path from "node:path";
import plugin from "../index.ts";
import { PLUGIN_NAMESPACE, SOURCE_FILES } from "../plugin/configs.ts";
import { typedRuleModules, type RuleId } from "../plugin/rules.ts";
import { parseSettings, SETTINGS_KEY, type NextLogoutSettings, type NextLogoutSettingsInput } from "../project/settings.ts";
import { mayImportLogoutTextFromSource } from "../links/import-reach.ts";
import { applyTextEdits, type TextEdit } from "../edits/text-edit.ts";
import type { UserConfig } from "./eslint-config.ts";
import { TRANSFORMS, type PrefilterSettings, type TransformName } from "./transforms.ts";

export interface CodemodOptions {
  /** `--next-version`: `"detect"` or a version such as `"14.2"`. Wins over the config's `nextVersion`. */
  nextVersion?: string;
  /** `--strict`: also run the rules only `strict` turns on, whatever the config says of them. */
  strict?: boolean;
  /** What the user's ESLint config says for this file; without it, the default settings and rule options. */
  userConfig?: UserConfig;
}

/** A finding the codemod left: at its position in the file as the codemod leaves it. */
export interface Finding {
  ruleId: string;
  line: number;
  column: number;
  message: string;
}

export type CodemodResult =
  /** The text prefilter found nothing the transform could change: the file was not even parsed. */
  | { status: "skipped"; findings: Finding[] }
  | { status: "unchanged"; findings: Finding[] }
  | { status: "changed"; output: string; findings: Finding[] };

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

/**
 * Runs a transform over one file. Fixes are the rules' own autofixes, applied by ESLint's `Linter.verifyAndFix`
 * exactly as `eslint --fix` applies them; suggestions are the rules' own suggestion edits. Nothing here edits code
 * by itself, so the codemod and the rules cannot drift apart.
 */
export function runCodemod(name: TransformName, file: string, source: string, options: CodemodOptions = {}): CodemodResult {
  const plan = getPlan(name, options);
  const filename = path.resolve(file);
  const candidacy = TRANSFORMS[name].getCandidacy(file, source, plan.prefilter);
  // A file whose own text writes no logout path links to one only through its imports: no-link-to-logout's own
  // look at the import graph, on the text, before anything is parsed.
  if (candidacy === "none" || (candidacy === "imports" && !mayImportLogoutTextFromSource(source, filename, plan.settings))) {
    return { status: "skipped", findings: [] };
  }
  const config = TYPESCRIPT_ONLY.test(file) ? plan.typescriptConfig : plan.jsxConfig;
  const linter = getLinter();
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
    const edit = pass < MAX_PASSES ? findSuggestionEdit(messages, plan.suggestionIds) : null;
    if (!edit) break;
    text = applyTextEdits(text, [edit]);
  }
  const findings = messages
    .filter((message) => message.ruleId !== null)
    .map(({ ruleId, line, column, message }) => ({ ruleId: ruleId as string, line, column, message }));
  const output = bom + text;
  return output === source ? { status: "unchanged", findings } : { status: "changed", output, findings };
}

/** The transform's rules that would run but that the user's config turns off: the codemod neither applies nor lists them. */
export function getTurnedOffRules(name: TransformName, options: CodemodOptions = {}): readonly RuleId[] {
  return getPlan(name, options).turnedOff;
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

/** How a transform runs under given options: computed once per distinct options, as most files share them. */
interface Plan {
  jsxConfig: Linter.Config[];
  typescriptConfig: Linter.Config[];
  prefilter: PrefilterSettings;
  /** The settings as the rules read them. */
  settings: NextLogoutSettings;
  suggestionIds: ReadonlySet<string>;
  turnedOff: readonly RuleId[];
}

const plans = new Map<string, Plan>();

function getPlan(name: TransformName, options: CodemodOptions): Plan {
  const { nextVersion, strict = false, userConfig } = options;
  const key = JSON.stringify([name, nextVersion ?? null, strict, userConfig?.key ?? null]);
  let plan = plans.get(key);
  if (!plan) {
    plan = createPlan(name, strict, nextVersion, userConfig);
    plans.set(key, plan);
  }
  return plan;
}

function createPlan(name: TransformName, strict: boolean, nextVersion: string | undefined, userConfig: UserConfig | undefined): Plan {
  const spec = TRANSFORMS[name];
  const rules: Linter.RulesRecord = {};
  const turnedOff: RuleId[] = [];
  // Sorted like the shipped configs: two fixes at one spot apply in rule order, so the output matches `eslint --fix`.
  for (const rule of [...spec.rules].sort()) {
    const configured = userConfig?.rules[rule];
    const isStrictOnly = typedRuleModules[rule].meta.docs?.recommended !== "recommended";
    const runs = configured === "off" ? isStrictOnly && strict : configured !== undefined || !isStrictOnly || strict;
    if (runs) rules[`${PLUGIN_NAMESPACE}/${rule}`] = ["error", ...(Array.isArray(configured) ? configured : [])];
    else if (configured === "off" && !isStrictOnly) turnedOff.push(rule);
  }
  const settings: NextLogoutSettingsInput = { ...userConfig?.settings, nextVersion: nextVersion ?? userConfig?.settings?.nextVersion ?? "detect" };
  const revalidateOptions = rules[`${PLUGIN_NAMESPACE}/require-logout-revalidate`];
  const checkServerActions = Array.isArray(revalidateOptions) && (revalidateOptions[1] as { checkServerActions?: boolean } | undefined)?.checkServerActions === true;
  const config = (jsx: boolean): Linter.Config[] => [
    {
      files: [SOURCE_FILES],
      languageOptions: { parser: typescriptParser, parserOptions: { ecmaFeatures: { jsx } }, sourceType: "module" },
      linterOptions: { reportUnusedDisableDirectives: "off" },
      plugins: { [PLUGIN_NAMESPACE]: plugin },
      rules,
      settings: { [SETTINGS_KEY]: settings },
    },
  ];
  const parsed = parseSettings({ [SETTINGS_KEY]: settings });
  return {
    jsxConfig: config(true),
    typescriptConfig: config(false),
    prefilter: { logoutPaths: settings.logoutPaths, checkServerActions, crossFile: parsed.crossFile },
    settings: parsed,
    suggestionIds: new Set(spec.suggestions.map(({ rule, messageId }) => `${PLUGIN_NAMESPACE}/${rule}:${messageId}`)),
    turnedOff,
  };
}
