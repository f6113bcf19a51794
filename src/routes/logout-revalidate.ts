import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { forEachNode } from "../js/ast.ts";
import type { ResolveConst } from "../js/bindings.ts";
import { readStaticString } from "../urls/href-value.ts";
import { getNamedImportLocals } from "../js/imports.ts";
import { ensureNamedImport } from "../edits/import-edits.ts";
import type { NextVersion } from "../project/next-version.ts";
import type { HandlerFunction } from "./route-handlers.ts";
import { DEFAULT_SOURCE_STYLE, getSourceStyle, getStatementEnd, writeStringLiteral, type SourceStyle } from "../edits/source-style.ts";
import { getLeadingCommentStart, getLineIndent, type TextEdit } from "../edits/text-edit.ts";

export type Revalidation =
  | { kind: "whole-app" }
  | { kind: "missing" }
  /** `revalidatePath("/")`, `type: "page"`, or a narrower path: the signed-in layouts stay cached. */
  | { kind: "too-narrow"; call: TSESTree.CallExpression; path: string };

/** Local names of `revalidatePath` from next/cache. */
export function getRevalidatePathNames(program: TSESTree.Program): Set<string> {
  return getNamedImportLocals(program, "next/cache", "revalidatePath");
}

/**
 * Whether a function revalidates the whole app: `revalidatePath("/", "layout")`, or `revalidatePath("/")` on
 * Next 13, whose `revalidatePath` has no type argument.
 */
export function getRevalidation(
  fn: HandlerFunction,
  revalidatePathNames: ReadonlySet<string>,
  resolveConst: ResolveConst,
  version: NextVersion | null,
): Revalidation {
  let narrow: Revalidation | null = null;
  let wholeApp = false;
  forEachNode(fn.body, (node) => {
    if (wholeApp || node.type !== AST_NODE_TYPES.CallExpression) return;
    if (node.callee.type !== AST_NODE_TYPES.Identifier || !revalidatePathNames.has(node.callee.name)) return;
    const [pathArgument, typeArgument] = node.arguments;
    const path = pathArgument ? readStaticString(pathArgument, resolveConst) : null;
    const type = typeArgument ? readStaticString(typeArgument, resolveConst) : null;
    if (path === "/" && (type === "layout" || (version?.major === 13 && !typeArgument))) wholeApp = true;
    else narrow ??= { kind: "too-narrow", call: node, path: path ?? "…" };
  });
  return wholeApp ? { kind: "whole-app" } : (narrow ?? { kind: "missing" });
}

/** The arguments that revalidate every layout and page: `"/", "layout"`, or `"/"` on Next 13; in the file's quotes. */
export function getWholeAppArguments(version: NextVersion | null, style: Pick<SourceStyle, "quote"> = DEFAULT_SOURCE_STYLE): string {
  const args = version?.major === 13 ? ["/"] : ["/", "layout"];
  return args.map((arg) => writeStringLiteral(arg, style)).join(", ");
}

/**
 * The fix for a missing revalidation: `revalidatePath("/", "layout");` as the function's first statement (after
 * its directives, such as `"use server"`), and the `next/cache` import when the file lacks it, both in the file's
 * quotes and semicolons. `null` for an expression-bodied arrow, which has no statement to put it before.
 */
export function getInsertRevalidationEdits(
  text: string,
  program: TSESTree.Program,
  fn: HandlerFunction,
  version: NextVersion | null,
): TextEdit[] | null {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return null;
  const { localName, edits } = ensureNamedImport(text, program, "next/cache", "revalidatePath");
  const style = getSourceStyle(text, program);
  const call = `${localName}(${getWholeAppArguments(version, style)})`;
  const statements = fn.body.body;
  const first = statements.find((statement) => !(statement.type === AST_NODE_TYPES.ExpressionStatement && statement.directive !== undefined));
  if (first) {
    const statementEnd = getStatementEnd(style, text.slice(first.range[0], first.range[1]));
    // Above the comments that introduce the first statement, so they stay with it.
    const at = getLeadingCommentStart(text, first.range[0]);
    const indent = getLineIndent(text, at);
    edits.push({ range: [at, at], text: `${call}${statementEnd}\n${indent}` });
  } else {
    const indent = getLineIndent(text, fn.body.range[0]);
    const last = statements.at(-1);
    const at = last ? last.range[1] : fn.body.range[0] + 1;
    const end = fn.body.range[1] - 1;
    // Only blank space before the `}` is replaced; a comment there stays.
    const isBlank = /^\s*$/.test(text.slice(at, end));
    edits.push({ range: [at, isBlank ? end : at], text: `\n${indent}  ${call}${getStatementEnd(style)}${isBlank ? `\n${indent}` : ""}` });
  }
  return edits;
}

/** The fix for a too-narrow call: its arguments become the whole-app ones, in the file's quotes. */
export function getWidenRevalidationEdits(text: string, call: TSESTree.CallExpression, version: NextVersion | null): TextEdit[] | null {
  const first = call.arguments[0];
  const last = call.arguments.at(-1);
  if (!first || !last) return null;
  return [{ range: [first.range[0], last.range[1]], text: getWholeAppArguments(version, getSourceStyle(text, call)) }];
}
