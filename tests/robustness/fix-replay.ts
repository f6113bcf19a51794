// Replaying what `eslint --fix` and the codemod did to a file, edit by edit, to check that they changed nothing else.
import { Linter } from "eslint";
import { TRANSFORMS } from "../../src/codemod/transforms.ts";
import { applyTextEdits, type TextEdit } from "../../src/edits/text-edit.ts";

export const BOM = "\uFEFF";

export const withoutBom = (text: string) => (text.startsWith(BOM) ? text.slice(1) : text);

/** One `Linter#verifyAndFix` call: its input and output, and the text and messages of each of its passes. */
export interface FixCall {
  input: string;
  passes: { text: string; messages: Linter.LintMessage[] }[];
  output: string;
  messages: Linter.LintMessage[];
}

/**
 * Runs `run` (`eslint --fix` or the codemod) and records every `verifyAndFix` call ESLint's Linter makes in it, with
 * the `verify` of each pass. Recorded on the prototype, so the codemod engine's own Linter is seen too.
 */
export function recordFixCalls<T>(run: () => T): { result: T; calls: FixCall[] } {
  const calls: FixCall[] = [];
  const { verify, verifyAndFix } = Linter.prototype;
  // Both are overloaded (a filename or options last): the arguments go through untouched.
  const originalVerify = verify as (this: Linter, ...args: unknown[]) => Linter.LintMessage[];
  const originalVerifyAndFix = verifyAndFix as (this: Linter, ...args: unknown[]) => Linter.FixReport;
  let current: FixCall | null = null;
  Linter.prototype.verify = function (this: Linter, ...args: unknown[]) {
    const messages = originalVerify.apply(this, args);
    current?.passes.push({ text: String(args[0]), messages });
    return messages;
  } as Linter["verify"];
  Linter.prototype.verifyAndFix = function (this: Linter, ...args: unknown[]) {
    const call: FixCall = { input: String(args[0]), passes: [], output: "", messages: [] };
    calls.push(call);
    current = call;
    try {
      const result = originalVerifyAndFix.apply(this, args);
      Object.assign(call, { output: result.output, messages: result.messages });
      return result;
    } finally {
      current = null;
    }
  } as Linter["verifyAndFix"];
  try {
    return { result: run(), calls };
  } finally {
    Object.assign(Linter.prototype, { verify, verifyAndFix });
  }
}

/** The fixes ESLint applies in a pass: by range, skipping one that starts at or before the end of the last applied. */
function appliedFixes(messages: readonly Linter.LintMessage[]): TextEdit[] {
  const fixes = messages.flatMap((message) => (message.fix ? [message.fix] : [])).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const applied: TextEdit[] = [];
  let lastEnd = Number.NEGATIVE_INFINITY;
  for (const fix of fixes) {
    if (lastEnd >= fix.range[0] || fix.range[0] > fix.range[1]) continue;
    applied.push(fix);
    lastEnd = fix.range[1];
  }
  return applied;
}

const TAKEN_SUGGESTIONS = new Set(TRANSFORMS.logout.suggestions.map(({ rule, messageId }) => `next-logout/${rule}:${messageId}`));

/** The suggestion the codemod takes after a verifyAndFix: the first taken one in message order, one a pass. */
function takenSuggestions(messages: readonly Linter.LintMessage[]): TextEdit[] {
  for (const message of messages) {
    const suggestion = message.suggestions?.find((candidate) => TAKEN_SUGGESTIONS.has(`${message.ruleId}:${candidate.messageId}`));
    if (suggestion) return [suggestion.fix];
  }
  return [];
}

/**
 * Replays the recorded calls from `input`: each pass's applied fixes and, between the codemod's calls, the
 * suggestions it takes. Every text ESLint was given, and the final output, must be exactly the edits so far applied
 * to the input (ranges count after the BOM, as in ESLint): no byte outside the edits may change. Returns the
 * edits and the first mismatch, if any.
 */
export function replayEdits(input: string, calls: readonly FixCall[], output: string, withSuggestions: boolean): { edits: TextEdit[]; mismatch: string | null } {
  const edits: TextEdit[] = [];
  let text = withoutBom(input);
  const apply = (step: readonly TextEdit[]) => {
    edits.push(...step);
    text = applyTextEdits(text, step);
  };
  for (const [index, call] of calls.entries()) {
    if (withoutBom(call.input) !== text) return { edits, mismatch: `verifyAndFix call ${index + 1} was given other text than the edits give` };
    for (const [pass, { text: passText, messages }] of call.passes.entries()) {
      if (withoutBom(passText) !== text) return { edits, mismatch: `pass ${pass + 1} of call ${index + 1} linted other text than the edits give` };
      // The last verify of a call applies nothing: either nothing was left to fix, or it checks the final text.
      if (pass < call.passes.length - 1) apply(appliedFixes(messages));
    }
    if (withoutBom(call.output) !== text) return { edits, mismatch: `call ${index + 1} output other text than its fixes give` };
    if (withSuggestions && index < calls.length - 1) apply(takenSuggestions(call.messages));
  }
  return { edits, mismatch: withoutBom(output) === text ? null : "the output is not the input with the edits applied" };
}
