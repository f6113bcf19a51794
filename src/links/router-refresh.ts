import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import type { RouterNavigation } from "./next-router.ts";
import { getLineIndent, type TextEdit } from "../edits/text-edit.ts";

/**
 * `router.refresh();` on the line after a `router.push(…)` statement, so the server renders every layout again
 * for the signed-out user. `null` when the router is next/router's (it has no `refresh`), when the navigation is
 * no statement of its own in a block (`if (ok) router.push(…)` would lose its `else`), or when the router has no
 * name to call `refresh` on (`const { push } = useRouter()`).
 */
export function getRefreshAfterNavigationEdits(source: string, navigation: RouterNavigation): TextEdit[] | null {
  const { call, module } = navigation;
  const { callee } = call;
  if (module !== "next/navigation" || callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const expression = call.parent.type === AST_NODE_TYPES.AwaitExpression ? call.parent : call;
  const statement = expression.parent;
  if (statement?.type !== AST_NODE_TYPES.ExpressionStatement || statement.expression !== expression) return null;
  const container = statement.parent.type;
  if (container !== AST_NODE_TYPES.BlockStatement && container !== AST_NODE_TYPES.Program && container !== AST_NODE_TYPES.SwitchCase) return null;
  const router = source.slice(callee.object.range[0], callee.object.range[1]);
  const semicolon = source.slice(statement.range[0], statement.range[1]).trimEnd().endsWith(";") ? ";" : "";
  const indent = getLineIndent(source, statement.range[0]);
  return [{ range: [statement.range[1], statement.range[1]], text: `\n${indent}${router}.refresh()${semicolon}` }];
}
