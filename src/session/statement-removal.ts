import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { getStatementEnd, type SourceStyle } from "../edits/source-style.ts";
import { getLineRemovalRange, type TextEdit } from "../edits/text-edit.ts";

/**
 * The edits that remove `statements` (a logout function's cookie deletions and router navigations), without
 * leaving an `if (flag) {}` behind. An `if` without `else` whose block they empty goes too, when its test only
 * reads values (`flag`, `session.user`, `!ok && user`), and so does an `if` that only held such `if`s. When the
 * test is a call (`if (await confirmLogout())`), the call stays as a statement of its own, so it still runs. Any
 * other test keeps its `if`, with the empty block: evaluating it may have effects.
 */
export function getStatementRemovalEdits(
  source: string,
  statements: readonly TSESTree.Statement[],
  style: Pick<SourceStyle, "semicolons">,
): TextEdit[] {
  const removed: ReadonlySet<TSESTree.Node> = new Set(statements);
  const edits = new Map<TSESTree.Node, TextEdit>();
  for (const statement of statements) {
    let unit: TSESTree.Node = statement;
    let edit: TextEdit = { range: getLineRemovalRange(source, statement.range), text: "" };
    for (;;) {
      const holder = getEmptiedIf(unit, removed);
      if (!holder) break;
      if (isReadOnly(holder.test)) {
        unit = holder;
        edit = { range: getLineRemovalRange(source, holder.range), text: "" };
        continue;
      }
      const call = getCallTestText(holder.test, source);
      if (call !== null) {
        unit = holder;
        edit = { range: holder.range, text: `${call}${getStatementEnd(style, source.slice(holder.range[1]))}` };
      }
      break;
    }
    edits.set(unit, edit);
  }
  return [...edits.values()];
}

/** The `if` (without `else`) whose block holds `statement`, when nothing else of that block stays. */
function getEmptiedIf(statement: TSESTree.Node, removed: ReadonlySet<TSESTree.Node>): TSESTree.IfStatement | null {
  const block = statement.parent;
  const holder = block?.parent;
  if (block?.type !== AST_NODE_TYPES.BlockStatement || holder?.type !== AST_NODE_TYPES.IfStatement) return null;
  if (holder.consequent !== block || holder.alternate) return null;
  return block.body.every((next) => isGone(next, removed)) ? holder : null;
}

/** A statement the edits remove: a removed one, an empty one, or an `if` they empty whose test goes with it. */
function isGone(statement: TSESTree.Statement, removed: ReadonlySet<TSESTree.Node>): boolean {
  if (removed.has(statement) || statement.type === AST_NODE_TYPES.EmptyStatement) return true;
  if (statement.type !== AST_NODE_TYPES.IfStatement || statement.alternate || !isReadOnly(statement.test)) return false;
  const { consequent } = statement;
  return consequent.type === AST_NODE_TYPES.BlockStatement && consequent.body.every((next) => isGone(next, removed));
}

/** A test whose evaluation has no effect: names, literals, property reads and operators on them. */
function isReadOnly(node: TSESTree.Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.ThisExpression:
      return true;
    case AST_NODE_TYPES.MemberExpression:
      return isReadOnly(node.object) && (!node.computed || isReadOnly(node.property));
    case AST_NODE_TYPES.ChainExpression:
      return isReadOnly(node.expression);
    case AST_NODE_TYPES.UnaryExpression:
      return node.operator !== "delete" && isReadOnly(node.argument);
    case AST_NODE_TYPES.LogicalExpression:
    case AST_NODE_TYPES.BinaryExpression:
      return node.left.type !== AST_NODE_TYPES.PrivateIdentifier && isReadOnly(node.left) && isReadOnly(node.right);
    default:
      return false;
  }
}

/**
 * The text of a test that is a call, awaited or not (`await confirmLogout()`, `api.check?.()`), which can start a
 * statement as it is; `null` for anything else, or for text that would join the line above (`(a || b)()`).
 */
function getCallTestText(test: TSESTree.Expression, source: string): string | null {
  const awaited = test.type === AST_NODE_TYPES.AwaitExpression ? test.argument : test;
  const call = awaited.type === AST_NODE_TYPES.ChainExpression ? awaited.expression : awaited;
  if (call.type !== AST_NODE_TYPES.CallExpression) return null;
  const text = source.slice(...test.range);
  return /^[A-Za-z_$]/.test(text) ? text : null;
}
