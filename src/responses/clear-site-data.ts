import type { TSESTree } from "@typescript-eslint/utils";
import { getSourceStyle, writeStringLiteral } from "../edits/source-style.ts";
import type { TextEdit } from "../edits/text-edit.ts";

/** Directives of the `Clear-Site-Data` header, written as quoted strings. */
export const CLEAR_SITE_DATA_DIRECTIVES = [
  "cache",
  "clientHints",
  "cookies",
  "executionContexts",
  "prefetchCache",
  "prerenderCache",
  "storage",
  "*",
] as const;

/** Directives that can stall Chrome for seconds (crbug 40233601; rails/rails#54379 reverted the header). */
export const SLOW_DIRECTIVES: ReadonlySet<string> = new Set(["*", "cache"]);

/** `"cookies", "storage"`: the header value for a list of directives. */
export function formatClearSiteData(directives: readonly string[]): string {
  return directives.map((directive) => `"${directive}"`).join(", ");
}

/** The directives of a header value, with or without their quotes. */
export function parseClearSiteData(value: string): string[] {
  return value
    .split(",")
    .map((part) => part.trim().replace(/^"(.*)"$/, "$1"))
    .filter(Boolean);
}

/**
 * The fix for a slow header value: the string becomes `value`, written in the file's quotes unless the other ones
 * need fewer escapes, which keeps `'"cookies", "storage"'` single-quoted.
 */
export function getClearSiteDataValueEdits(text: string, valueNode: TSESTree.Node, value: string): TextEdit[] {
  return [{ range: valueNode.range, text: writeStringLiteral(value, getSourceStyle(text, valueNode)) }];
}
