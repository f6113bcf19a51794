import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import { getMember, skipTypeAssertions, type ScopedNode } from "./value-scope.ts";

type Primitive = string | number | boolean | null | undefined | bigint;

const MAX_DEPTH = 8;
const UNKNOWN_VALUE = Symbol("unknown");

/**
 * Whether a condition is truthy, when that is known statically: `item.external`, `!href`, `kind === "logout"`,
 * a boolean JSX attribute written without a value. `null` when it depends on anything unknown.
 */
export function getStaticTruth(value: ScopedNode | null, depth = 0): boolean | null {
  if (!value || depth > MAX_DEPTH) return null;
  const node = skipTypeAssertions(value.node);
  const { scope } = value;
  switch (node.type) {
    case AST_NODE_TYPES.JSXAttribute:
      // `<NavItem external />`: an attribute with no value is `true`.
      return node.value === null ? true : null;
    case AST_NODE_TYPES.UnaryExpression:
      if (node.operator !== "!") break;
      return negate(getStaticTruth({ node: node.argument, scope }, depth + 1));
    case AST_NODE_TYPES.LogicalExpression: {
      const left = getStaticTruth({ node: node.left, scope }, depth + 1);
      const right = () => getStaticTruth({ node: node.right, scope }, depth + 1);
      if (node.operator === "&&") return left === false ? false : left === true ? right() : null;
      if (node.operator === "||") return left === true ? true : left === false ? right() : null;
      break;
    }
    case AST_NODE_TYPES.BinaryExpression: {
      const left = getStaticPrimitive({ node: node.left, scope }, depth + 1);
      const right = getStaticPrimitive({ node: node.right, scope }, depth + 1);
      if (left === UNKNOWN_VALUE || right === UNKNOWN_VALUE) return null;
      if (node.operator === "==" || node.operator === "!=") return (left == right) === (node.operator === "==");
      if (node.operator === "===" || node.operator === "!==") return (left === right) === (node.operator === "===");
      return null;
    }
    case AST_NODE_TYPES.ObjectExpression:
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.JSXElement:
      return true;
    default:
      break;
  }
  const primitive = getStaticPrimitive(value, depth);
  return primitive === UNKNOWN_VALUE ? null : Boolean(primitive);
}

function negate(truth: boolean | null): boolean | null {
  return truth === null ? null : !truth;
}

/** A literal, a static template, `undefined`, or a name or member that leads to one. */
function getStaticPrimitive(value: ScopedNode | null, depth: number): Primitive | typeof UNKNOWN_VALUE {
  let current = value;
  for (let step = depth; current && step < MAX_DEPTH; step++) {
    const node = skipTypeAssertions(current.node);
    switch (node.type) {
      case AST_NODE_TYPES.Literal:
        return node.value instanceof RegExp ? UNKNOWN_VALUE : (node.value as Primitive);
      case AST_NODE_TYPES.TemplateLiteral:
        return node.expressions.length === 0 ? (node.quasis[0]?.value.cooked ?? UNKNOWN_VALUE) : UNKNOWN_VALUE;
      case AST_NODE_TYPES.JSXAttribute:
        return node.value === null ? true : UNKNOWN_VALUE;
      case AST_NODE_TYPES.Identifier: {
        const resolved: ScopedNode | null = current.scope.resolve(node);
        if (!resolved && node.name === "undefined") return undefined;
        current = resolved && !resolved.external ? resolved : null;
        break;
      }
      case AST_NODE_TYPES.MemberExpression:
        current = getMember(node, current.scope);
        break;
      default:
        return UNKNOWN_VALUE;
    }
  }
  return UNKNOWN_VALUE;
}
