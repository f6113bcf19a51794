// What ESLint's own API gives, for the equivalence tests: `eslint --fix`, then, while ESLint offers one of the
// suggestions the codemod takes, the first such suggestion's fix (one at a time, as a person takes them in an
// editor) and `--fix` again.
import type { ESLint, Linter } from "eslint";

/** The suggestions the `logout` transform takes, as `ruleId:messageId`. */
export const TAKEN_SUGGESTIONS: ReadonlySet<string> = new Set([
  "next-logout/no-link-to-logout:suggestFullPageLoad",
  "next-logout/require-refresh-after-signout:suggestFullPageLoad",
  "next-logout/no-client-cookie-deletion:suggestLogoutFunctionNavigation",
]);
// The codemod takes up to 20 suggestions a file; a file needing more rounds than this is a bug of its own.
const MAX_SUGGESTION_ROUNDS = 20;

export interface LintTarget {
  /** For test names and messages: the path relative to the repository, or to its app. */
  label: string;
  /** The path given to ESLint and to the codemod. */
  filePath: string;
  source: string;
}

export interface EslintOutcome {
  /** Plain `eslint --fix`. */
  fixed: string;
  /** `--fix`, then taken suggestions and `--fix` until none is offered. */
  withSuggestions: string;
  suggestionRounds: number;
}

/** ESLint's result for the text; throws when ESLint ignored the file or could not parse it. */
async function lint(eslint: ESLint, text: string, target: LintTarget): Promise<ESLint.LintResult> {
  const [result] = await eslint.lintText(text, { filePath: target.filePath, warnIgnored: true });
  if (!result) throw new Error(`ESLint returned no result for ${target.label}`);
  const ignored = result.messages.find((message) => /File ignored/i.test(message.message));
  if (ignored) throw new Error(`ESLint ignored ${target.label}: ${ignored.message}`);
  const fatal = result.messages.find((message) => message.fatal);
  if (fatal) throw new Error(`ESLint could not parse ${target.label}: ${fatal.message}`);
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

/** ESLint's output for a file: `fixer` is an ESLint with `fix: true`, `linter` the same config without. */
export async function runEslintFix(target: LintTarget, fixer: ESLint, linter: ESLint): Promise<EslintOutcome> {
  const fixOnce = async (text: string) => (await lint(fixer, text, target)).output ?? text;
  const fixed = await fixOnce(target.source);
  let text = fixed;
  let rounds = 0;
  for (;;) {
    const edits = pickSuggestionFixes((await lint(linter, text, target)).messages);
    if (edits.length === 0) break;
    if (++rounds > MAX_SUGGESTION_ROUNDS) throw new Error(`${target.label}: suggestions still offered after ${MAX_SUGGESTION_ROUNDS} rounds`);
    text = await fixOnce(applyEdits(text, edits));
  }
  return { fixed, withSuggestions: text, suggestionRounds: rounds };
}
