import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import type { HrefValue } from "../urls/href-value.ts";
import type { RouterNavigation } from "./next-router.ts";
import { getSourceStyle, writeStringLiteral } from "../edits/source-style.ts";
import { getLineRemovalRange, type TextEdit } from "../edits/text-edit.ts";

/**
 * The `window.location` method of every full page load a fix writes. `replace`, not `assign`: after a sign-out,
 * Back should not return to a page rendered for the signed-in user, and Next's
 * `@next/next/no-location-assign-relative-destination` reports `location.assign()` with a relative URL.
 */
export const FULL_PAGE_LOAD_METHOD = "replace";

/** `window.location.replace(url)`, given the URL argument's source text. */
export function getFullPageLoadText(urlText: string): string {
  return `window.location.${FULL_PAGE_LOAD_METHOD}(${urlText})`;
}

/**
 * The full-page-load form of a router navigation: `router.push(url)` and `router.replace(url)` become
 * `window.location.replace(url)`, and a `router.prefetch(url)` statement is removed. `null` when the URL may not be
 * a string, or when `next/router`'s `as` argument means the browser would show another URL. A URL object's URL is
 * written in the file's quotes.
 */
export function getRouterNavigationEdits(source: string, navigation: RouterNavigation, href: HrefValue): TextEdit[] | null {
  const { method, call, target } = navigation;
  if (method === "prefetch") {
    const statement = call.parent.type === AST_NODE_TYPES.ChainExpression ? call.parent.parent : call.parent;
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return null;
    return [{ range: getLineRemovalRange(source, statement.range), text: "" }];
  }
  // The second argument is next/navigation's options or next/router's `as` (the URL the browser shows).
  const [, as] = call.arguments;
  const isNoAs = !as || as.type === AST_NODE_TYPES.ObjectExpression || (as.type === AST_NODE_TYPES.Identifier && as.name === "undefined");
  if (!isNoAs) return null;
  const url =
    href.form === "string"
      ? source.slice(target.range[0], target.range[1])
      : href.form === "object" && href.staticUrl !== null
        ? writeStringLiteral(href.staticUrl, getSourceStyle(source, call))
        : null;
  if (url === null) return null;
  return [{ range: call.range, text: getFullPageLoadText(url) }];
}
