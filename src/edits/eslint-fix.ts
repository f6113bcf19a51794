import type { TSESLint } from "@typescript-eslint/utils";
import { getLineEnding, withLineEnding } from "./source-style.ts";
import type { TextEdit } from "./text-edit.ts";

/**
 * The ESLint side of a shared fix: the same edits the codemods apply, handed to the fixer. `text` is the file's
 * text (`sourceCode.text`): the line breaks the edits write become the file's own line ending, here and only here,
 * so no fix builder has to think of it. The codemod applies the rules' fixes and suggestions, so it gets them too.
 */
export function toFix(text: string, edits: readonly TextEdit[]): TSESLint.ReportFixFunction {
  const fileEdits = withFileLineEndings(text, edits);
  return (fixer) => fileEdits.map(({ range, text: replacement }) => fixer.replaceTextRange([range[0], range[1]], replacement));
}

let lastText: string | null = null;
let lastLineEnding: "\n" | "\r\n" = "\n";

/** The edits with every line break in their text written in `text`'s line ending. */
export function withFileLineEndings(text: string, edits: readonly TextEdit[]): readonly TextEdit[] {
  if (!edits.some((edit) => edit.text.includes("\n"))) return edits;
  // A file with many findings asks again and again: its line ending is read once.
  if (lastText !== text) lastLineEnding = getLineEnding((lastText = text));
  const lineEnding = lastLineEnding;
  return edits.map((edit) => ({ range: edit.range, text: withLineEnding(edit.text, lineEnding) }));
}
