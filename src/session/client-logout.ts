import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { forEachNode, isFunctionNode, type FunctionNode } from "../js/ast.ts";
import { getClientCookieDeletion, type ClientCookieDeletion, type ClientCookieResolvers } from "./client-cookies.ts";
import { getRouterNavigation } from "../links/next-router.ts";
import { getFullPageLoadText } from "../links/router-to-location.ts";
import { getSourceStyle, writeStringLiteral, type SourceStyle } from "../edits/source-style.ts";
import { getLineRemovalRange, mergeTextEdits, type TextEdit } from "../edits/text-edit.ts";

/**
 * The edits that make a client-side logout log out on the server. Outside a logout function the deletion (with its
 * `await`) becomes `window.location.replace("/logout")`. Inside one (`handleLogout`, a "Log out" button's handler),
 * the function's first cookie deletion becomes that navigation, and its other deletions and its soft
 * `router.push`/`router.replace` statements go: the full page load replaces them. Every deletion of one function
 * gets the same edits, so a codemod and any single ESLint suggestion agree.
 */
export function getClientLogoutEdits(
  source: string,
  deletion: ClientCookieDeletion,
  logoutFunction: FunctionNode | null,
  resolvers: ClientCookieResolvers,
  path: string,
  /** Deletions to leave where they are (`allowCookies`). */
  isAllowed: (deletion: ClientCookieDeletion) => boolean = () => false,
): TextEdit[] {
  const style = getSourceStyle(source, deletion.node);
  if (!logoutFunction) return [replaceWithNavigation(deletion.node, path, style)];
  const deletions: TSESTree.Node[] = [];
  const removable: TSESTree.ExpressionStatement[] = [];
  forEachNode(logoutFunction.body, (node) => {
    if (node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.AssignmentExpression) {
      const found = getClientCookieDeletion(node, resolvers);
      if (found && !isAllowed(found)) deletions.push(node);
    }
    return true;
  });
  forEachOwnStatement(logoutFunction, (statement) => {
    const expression = unwrapAwait(statement.expression);
    if (deletions.includes(expression)) removable.push(statement);
    else if (expression.type === AST_NODE_TYPES.CallExpression) {
      const navigation = getRouterNavigation(expression, resolvers.resolveBinding);
      if (navigation && navigation.method !== "prefetch") removable.push(statement);
    }
  });
  const [first = deletion.node] = deletions;
  const edits = [
    replaceWithNavigation(first, path, style),
    ...removable
      .filter((statement) => unwrapAwait(statement.expression) !== first)
      .map((statement): TextEdit => ({ range: getLineRemovalRange(source, statement.range), text: "" })),
  ];
  return mergeTextEdits(edits) ?? [replaceWithNavigation(deletion.node, path, style)];
}

/**
 * `window.location.replace("/logout")` (in the file's quotes): a full page load, so the server logs out and every
 * layout renders anew.
 */
export function getLogoutNavigationText(path: string, style: Pick<SourceStyle, "quote">): string {
  return getFullPageLoadText(writeStringLiteral(path, style));
}

function replaceWithNavigation(node: TSESTree.Node, path: string, style: SourceStyle): TextEdit {
  let replaced = node.parent?.type === AST_NODE_TYPES.ChainExpression ? node.parent : node;
  if (replaced.parent?.type === AST_NODE_TYPES.AwaitExpression) replaced = replaced.parent;
  return { range: replaced.range, text: getLogoutNavigationText(path, style) };
}

function unwrapAwait(node: TSESTree.Expression): TSESTree.Expression {
  return node.type === AST_NODE_TYPES.AwaitExpression ? node.argument : node;
}

/** Expression statements of a function's own body, nested blocks included, nested functions not. */
function forEachOwnStatement(fn: FunctionNode, visit: (statement: TSESTree.ExpressionStatement) => void): void {
  forEachNode(fn.body, (node) => {
    if (isFunctionNode(node)) return false;
    if (node.type === AST_NODE_TYPES.ExpressionStatement) visit(node);
    return true;
  });
}
