import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { getObjectProperty } from "../js/ast.ts";

/**
 * Cookie options that end the cookie's life: `maxAge: 0` or negative, `expires: new Date(0)`, or an `expires` of
 * 0 or less (js-cookie counts days, Next counts milliseconds since 1970: both lie in the past).
 */
export function isExpiringCookieOptions(node: TSESTree.Node | undefined): boolean {
  if (node?.type !== AST_NODE_TYPES.ObjectExpression) return false;
  const maxAge = getObjectProperty(node, "maxAge");
  const expires = getObjectProperty(node, "expires");
  if (maxAge && isZeroOrNegative(maxAge)) return true;
  if (!expires) return false;
  if (isZeroOrNegative(expires)) return true;
  const [time] = expires.type === AST_NODE_TYPES.NewExpression ? expires.arguments : [];
  return time !== undefined && isZeroOrNegative(time);
}

function isZeroOrNegative(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Literal) return node.value === 0;
  return (
    node.type === AST_NODE_TYPES.UnaryExpression &&
    node.operator === "-" &&
    node.argument.type === AST_NODE_TYPES.Literal &&
    typeof node.argument.value === "number"
  );
}
