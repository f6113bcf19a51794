import type { TSESTree } from "@typescript-eslint/utils";
import { getLineIndent, type TextEdit } from "./text-edit.ts";

/**
 * Adds `key: value` (both given as source text) to an object literal, in its style: `{ a }` becomes
 * `{ a, key: value }`, a multi-line object gets a line of its own at the last property's indent (keeping a
 * trailing comma if it has one), and `{}` becomes `{ key: value }`.
 */
export function getAddPropertyEdit(text: string, object: TSESTree.ObjectExpression, property: string): TextEdit {
  const last = object.properties.at(-1);
  if (!last) return { range: [object.range[0], object.range[1]], text: `{ ${property} }` };
  const afterLast = text.slice(last.range[1], object.range[1] - 1);
  const hasTrailingComma = /^\s*,/.test(afterLast);
  const isMultiline = text.slice(object.range[0], last.range[0]).includes("\n");
  if (!isMultiline) return { range: [last.range[1], last.range[1]], text: `, ${property}` };
  const indent = getLineIndent(text, last.range[0]);
  if (hasTrailingComma) {
    const comma = last.range[1] + afterLast.indexOf(",") + 1;
    return { range: [comma, comma], text: `\n${indent}${property},` };
  }
  return { range: [last.range[1], last.range[1]], text: `,\n${indent}${property}` };
}
