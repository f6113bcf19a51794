import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { forEachNode, isFunctionNode, type FunctionNode } from "../js/ast.ts";
import { getClientCookieDeletion, type ClientCookieDeletion, type ClientCookieResolvers } from "./client-cookies.ts";
import { getRouterNavigation } from "../links/next-router.ts";
import { getFullPageLoadText } from "../links/router-to-location.ts";
import { getLineEnding, getSourceStyle, getStatementEnd, writeStringLiteral, type SourceStyle } from "../edits/source-style.ts";
import { getLineIndent, getLineRemovalRange, mergeTextEdits, type TextEdit } from "../edits/text-edit.ts";
import { getStatementRemovalEdits } from "./statement-removal.ts";

/**
 * The edits that make a client-side logout log out on the server, without changing the order of its effects, or
 * `null` when no place keeps it. Outside a logout function the deletion (with its `await`) becomes
 * `window.location.replace("/logout")`. Inside one (`handleLogout`, a "Log out" button's handler), the cookie
 * deletions and soft `router.push`/`router.replace` statements before the last of them go, and the navigation takes
 * that last one's place: every call that ran before them, such as `await signOut()`, still runs, awaited, before the
 * navigation starts (an `if (flag)` they empty goes with them, see `getStatementRemovalEdits`). The last one is
 * the last that every path from the reported deletion reaches through straight-line code, so no branch that skips
 * the deletion loses its own navigation. Calls after that place run
 * before the navigation too (the navigation moves below them), so none runs while the page unloads; when a statement
 * after it could branch, or a loop could repeat it, there is no place.
 */
export function getClientLogoutEdits(
  source: string,
  deletion: ClientCookieDeletion,
  logoutFunction: FunctionNode | null,
  resolvers: ClientCookieResolvers,
  path: string,
  /** Deletions to leave where they are (`allowCookies`). */
  isAllowed: (deletion: ClientCookieDeletion) => boolean = () => false,
): TextEdit[] | null {
  const style = getSourceStyle(source, deletion.node);
  const navigation = getLogoutNavigationText(path, style);
  const deletionStatement = getRemovableStatement(deletion.node);
  if (!deletionStatement) {
    // An arrow function's body, or inside an expression (`ok && Cookies.remove("sid")`): in place, when nothing
    // runs after it.
    const replaced = replaceWithNavigation(deletion.node, navigation);
    if (isArrowBody(deletion.node)) return [replaced];
    const statement = getListedStatement(deletion.node);
    return statement && getStatementsAfter(statement)?.length === 0 ? [replaced] : null;
  }
  const removable = logoutFunction ? getRemovableStatements(logoutFunction, resolvers, isAllowed) : [deletionStatement];
  // The last removable statement that every path from the deletion reaches: it runs whenever the deletion ran.
  const anchor = removable.findLast((statement) => reaches(deletionStatement, statement)) ?? deletionStatement;
  const after = getStatementsAfter(anchor);
  if (!after) return null;
  const removed = removable.filter((statement) => statement !== anchor && reaches(statement, anchor));
  const last = after.at(-1);
  const placed: TextEdit[] = last
    ? [
        { range: getLineRemovalRange(source, anchor.range), text: "" },
        {
          range: [last.range[1], last.range[1]],
          text: `${getLineEnding(source)}${getLineIndent(source, anchor.range[0])}${navigation}${getStatementEnd(style, source.slice(last.range[1]))}`,
        },
      ]
    : [{ range: anchor.expression.range, text: navigation }];
  return mergeTextEdits([...placed, ...getStatementRemovalEdits(source, removed, style)]);
}

/**
 * `window.location.replace("/logout")` (in the file's quotes): a full page load, so the server logs out and every
 * layout renders anew.
 */
export function getLogoutNavigationText(path: string, style: Pick<SourceStyle, "quote">): string {
  return getFullPageLoadText(writeStringLiteral(path, style));
}

function replaceWithNavigation(node: TSESTree.Node, navigation: string): TextEdit {
  return { range: withAwait(node).range, text: navigation };
}

/** The node with the optional chain and the `await` around it. */
function withAwait(node: TSESTree.Node): TSESTree.Node {
  let outer = node.parent?.type === AST_NODE_TYPES.ChainExpression ? node.parent : node;
  if (outer.parent?.type === AST_NODE_TYPES.AwaitExpression) outer = outer.parent;
  return outer;
}

/** `() => Cookies.remove("sid")`: the deletion is all the function does. */
function isArrowBody(node: TSESTree.Node): boolean {
  const outer = withAwait(node);
  return outer.parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && outer.parent.body === outer;
}

/** A logout function's cookie deletions and soft router navigations that are statements of a block, in order. */
function getRemovableStatements(
  logoutFunction: FunctionNode,
  resolvers: ClientCookieResolvers,
  isAllowed: (deletion: ClientCookieDeletion) => boolean,
): TSESTree.ExpressionStatement[] {
  const deletions = new Set<TSESTree.Node>();
  forEachNode(logoutFunction.body, (node) => {
    if (node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.AssignmentExpression) {
      const found = getClientCookieDeletion(node, resolvers);
      if (found && !isAllowed(found)) deletions.add(node);
    }
    return true;
  });
  const removable: TSESTree.ExpressionStatement[] = [];
  forEachOwnStatement(logoutFunction, (statement) => {
    if (!isInBlock(statement)) return;
    const expression = unwrapAwait(statement.expression);
    if (deletions.has(expression)) removable.push(statement);
    else if (expression.type === AST_NODE_TYPES.CallExpression) {
      const navigation = getRouterNavigation(expression, resolvers.resolveBinding);
      if (navigation && navigation.method !== "prefetch") removable.push(statement);
    }
  });
  return removable;
}

/** The statement of a block, a `case` or the module that holds `node`. */
function getListedStatement(node: TSESTree.Node): TSESTree.Statement | null {
  for (let current: TSESTree.Node | undefined = node; current?.parent; current = current.parent) {
    if (isFunctionNode(current)) return null;
    const { parent } = current;
    if (parent.type === AST_NODE_TYPES.BlockStatement || parent.type === AST_NODE_TYPES.SwitchCase || parent.type === AST_NODE_TYPES.Program) {
      return current as TSESTree.Statement;
    }
  }
  return null;
}

/**
 * The statements after `statement` in its list that may have effects, which the navigation must follow: plain
 * expression statements and declarations (functions, classes and types have none). A final `return;` ends the
 * function there; a final `break;` continues after the `switch`. Below the list, up to the function's body, nothing
 * with effects may follow (the navigation cannot move out of an `if`), and no loop may repeat it. `null` when the
 * navigation has no place that keeps every path's order.
 */
function getStatementsAfter(statement: TSESTree.Node): TSESTree.Statement[] | null {
  const list = getStatementList(statement);
  if (!list) return null;
  const following = list.slice(list.indexOf(statement) + 1);
  const lastStatement = following.at(-1);
  const returns = lastStatement?.type === AST_NODE_TYPES.ReturnStatement && lastStatement.argument === null;
  if (returns || (lastStatement?.type === AST_NODE_TYPES.BreakStatement && lastStatement.label === null && statement.parent?.type === AST_NODE_TYPES.SwitchCase)) {
    following.pop();
  }
  const effects: TSESTree.Statement[] = [];
  for (const next of following) {
    if (!isStraightLine(next)) return null;
    if (!hasNoEffect(next)) effects.push(next as TSESTree.Statement);
  }
  return returns || nothingRunsAfterList(statement) ? effects : null;
}

/** Whether, once the list that holds `statement` completes, nothing with effects runs before its function returns. */
function nothingRunsAfterList(statement: TSESTree.Node): boolean {
  let current: TSESTree.Node = statement;
  for (;;) {
    const list = current.parent;
    const holder = list?.type === AST_NODE_TYPES.SwitchCase ? list.parent : list?.parent;
    if (!list || !holder || list.type === AST_NODE_TYPES.Program || isFunctionNode(holder)) return true;
    switch (holder.type) {
      case AST_NODE_TYPES.ForStatement:
      case AST_NODE_TYPES.ForInStatement:
      case AST_NODE_TYPES.ForOfStatement:
      case AST_NODE_TYPES.WhileStatement:
      case AST_NODE_TYPES.DoWhileStatement:
        return false;
      case AST_NODE_TYPES.TryStatement:
        if (holder.finalizer && holder.finalizer !== list && holder.finalizer.body.some((next) => !hasNoEffect(next))) return false;
        break;
      case AST_NODE_TYPES.CatchClause:
        if (holder.parent.finalizer?.body.some((next) => !hasNoEffect(next))) return false;
        current = holder.parent;
        continue;
      default:
        break;
    }
    // The statement that holds the list: an `if`, a `try`, a `switch`, a nested block, a labelled statement.
    let outer: TSESTree.Node = holder;
    while (outer.parent && !getStatementList(outer)) {
      if (isFunctionNode(outer.parent)) return true;
      outer = outer.parent;
    }
    const outerList = getStatementList(outer);
    if (!outerList) return true;
    const after = outerList.slice(outerList.indexOf(outer as TSESTree.Statement) + 1);
    const last = after.at(-1);
    if (last?.type === AST_NODE_TYPES.ReturnStatement && last.argument === null) return after.slice(0, -1).every(hasNoEffect);
    if (!after.every(hasNoEffect)) return false;
    current = outer;
  }
}

function hasNoEffect(statement: TSESTree.Node): boolean {
  switch (statement.type) {
    case AST_NODE_TYPES.EmptyStatement:
    case AST_NODE_TYPES.FunctionDeclaration:
    case AST_NODE_TYPES.ImportDeclaration:
    case AST_NODE_TYPES.TSTypeAliasDeclaration:
    case AST_NODE_TYPES.TSInterfaceDeclaration:
    case AST_NODE_TYPES.TSDeclareFunction:
      return true;
    case AST_NODE_TYPES.ExportNamedDeclaration:
      return statement.declaration === null || hasNoEffect(statement.declaration);
    case AST_NODE_TYPES.ExportDefaultDeclaration:
      return statement.declaration.type === AST_NODE_TYPES.FunctionDeclaration || isFunctionNode(statement.declaration);
    default:
      return false;
  }
}

/** `await x`, `x?.y()` and `await x?.y()` give the call or assignment inside. */
function unwrapAwait(node: TSESTree.Expression): TSESTree.Node {
  const awaited = node.type === AST_NODE_TYPES.AwaitExpression ? node.argument : node;
  return awaited.type === AST_NODE_TYPES.ChainExpression ? awaited.expression : awaited;
}

/** The statement a deletion is, with its `await`, when it is one of a block's statements. */
function getRemovableStatement(node: TSESTree.Node): TSESTree.ExpressionStatement | null {
  const statement = withAwait(node).parent;
  return statement?.type === AST_NODE_TYPES.ExpressionStatement && isInBlock(statement) ? statement : null;
}

/** A statement of a block or a `case`, which can go without leaving an `if (…)` or a loop without its body. */
function isInBlock(statement: TSESTree.Statement): boolean {
  return statement.parent?.type === AST_NODE_TYPES.BlockStatement || statement.parent?.type === AST_NODE_TYPES.SwitchCase;
}

/**
 * Whether every path from `from` that completes normally runs `to` next to nothing but straight-line statements:
 * `to` comes later in an enclosing block, and no statement between them can branch, return or break.
 */
function reaches(from: TSESTree.Statement, to: TSESTree.Statement): boolean {
  if (from === to) return true;
  if (from.range[0] > to.range[0]) return false;
  let current: TSESTree.Node = from;
  for (;;) {
    const list = getStatementList(current);
    if (!list) return false;
    const index = list.indexOf(current as TSESTree.Statement);
    if (current.parent === to.parent) return list.slice(index + 1, list.indexOf(to)).every(isStraightLine);
    const following = list.slice(index + 1);
    const last = following.at(-1);
    // `break;` ends a `case` and continues after the `switch`.
    if (current.parent?.type === AST_NODE_TYPES.SwitchCase && last?.type === AST_NODE_TYPES.BreakStatement && last.label === null) following.pop();
    if (!following.every(isStraightLine)) return false;
    // Up to the statement that holds this list (`if`, `try`, a loop, a `switch`, a nested block).
    let holder: TSESTree.Node | undefined = current.parent;
    while (holder && !getStatementList(holder)) {
      if (isFunctionNode(holder)) return false;
      holder = holder.parent;
    }
    if (!holder) return false;
    current = holder;
  }
}

function getStatementList(statement: TSESTree.Node): readonly TSESTree.Node[] | null {
  const { parent } = statement;
  if (parent?.type === AST_NODE_TYPES.BlockStatement || parent?.type === AST_NODE_TYPES.Program) return parent.body;
  return parent?.type === AST_NODE_TYPES.SwitchCase ? parent.consequent : null;
}

function isStraightLine(statement: TSESTree.Node): boolean {
  return statement.type === AST_NODE_TYPES.ExpressionStatement || statement.type === AST_NODE_TYPES.VariableDeclaration || hasNoEffect(statement);
}

/** Expression statements of a function's own body, nested blocks included, nested functions not. */
function forEachOwnStatement(fn: FunctionNode, visit: (statement: TSESTree.ExpressionStatement) => void): void {
  forEachNode(fn.body, (node) => {
    if (isFunctionNode(node)) return false;
    if (node.type === AST_NODE_TYPES.ExpressionStatement) visit(node);
    return true;
  });
}
