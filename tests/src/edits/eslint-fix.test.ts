import type { TSESLint } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";
import { toFix, withFileLineEndings } from "../../../src/edits/eslint-fix.ts";
import type { TextEdit } from "../../../src/edits/text-edit.ts";

/** What ESLint's fixer gives for each edit: its range and text. */
const fixer = {
  replaceTextRange: (range: readonly [number, number], text: string) => ({ range, text }),
} as unknown as TSESLint.RuleFixer;

const IMPORT: TextEdit = { range: [10, 10], text: '\nimport { revalidatePath } from "next/cache";' };
const CALL: TextEdit = { range: [40, 40], text: 'revalidatePath("/", "layout");\n  ' };

describe("toFix", () => {
  it("hands the edits to ESLint's fixer, one replacement each", () => {
    expect(toFix("a\nb\n", [IMPORT, { range: [2, 3], text: "c" }])(fixer)).toEqual([IMPORT, { range: [2, 3], text: "c" }]);
  });

  it("writes the line breaks of the edits in the file's line ending", () => {
    expect(toFix("a\r\nb\r\n", [IMPORT, CALL])(fixer)).toEqual([
      { range: [10, 10], text: '\r\nimport { revalidatePath } from "next/cache";' },
      { range: [40, 40], text: 'revalidatePath("/", "layout");\r\n  ' },
    ]);
  });
});

describe("withFileLineEndings", () => {
  it("leaves the edits of an LF file or a file without line breaks as they are", () => {
    expect(withFileLineEndings("a\nb\n", [IMPORT, CALL])).toEqual([IMPORT, CALL]);
    expect(withFileLineEndings("export {};", [IMPORT])).toEqual([IMPORT]);
  });

  it("follows the dominant line ending of a file that mixes them", () => {
    expect(withFileLineEndings("a\r\nb\r\nc\n", [CALL])).toEqual([{ range: CALL.range, text: 'revalidatePath("/", "layout");\r\n  ' }]);
    expect(withFileLineEndings("a\nb\nc\r\n", [{ range: [0, 0], text: "x\r\ny\n" }])).toEqual([{ range: [0, 0], text: "x\ny\n" }]);
  });

  it("also rewrites line breaks an edit copies from the file, so one edit never mixes them", () => {
    expect(withFileLineEndings("a\r\n\r\n\r\nb\n", [{ range: [0, 1], text: "<a>\n  x\r\n</a>" }])).toEqual([{ range: [0, 1], text: "<a>\r\n  x\r\n</a>" }]);
  });

  it("keeps edits without line breaks as they are", () => {
    const edits: TextEdit[] = [{ range: [0, 5], text: "(await cookies())" }];
    expect(withFileLineEndings("a\r\nb\r\n", edits)).toBe(edits);
  });
});
