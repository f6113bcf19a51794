import type { TSESLint } from "@typescript-eslint/utils";
import type { TextEdit } from "./text-edit.ts";

/** The ESLint side of a shared fix: the same edits the codemods apply, handed to the fixer. */
export function toFix(edits: readonly TextEdit[]): TSESLint.ReportFixFunction {
  return (fixer) => edits.map(({ range, text }) => fixer.replaceTextRange([range[0], range[1]], text));
}
