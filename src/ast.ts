import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";

/** `a.b` and `a["b"]` give `"b"`; a computed key that isn't a string literal gives `null`. */
export function getPropertyName(member: TSESTree.MemberExpression): string | null {
  const { property } = member;
  if (!member.computed && property.type === AST_NODE_TYPES.Identifier) return property.name;
  return property.type === AST_NODE_TYPES.Literal && typeof property.value === "string" ? property.value : null;
}
