import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";

/** `Link`, `UI.Link`; `null` for namespaced names (`svg:path`). */
export function getJsxNameText(name: TSESTree.JSXTagNameExpression): string | null {
  if (name.type === AST_NODE_TYPES.JSXIdentifier) return name.name;
  if (name.type === AST_NODE_TYPES.JSXMemberExpression) {
    const object = getJsxNameText(name.object);
    return object === null ? null : `${object}.${name.property.name}`;
  }
  return null;
}

/** The expression of `attribute={…}` on an element, the last one written; `null` when absent or not an expression. */
export function getJsxExpressionAttribute(element: TSESTree.JSXOpeningElement, name: string): TSESTree.Expression | null {
  for (const attribute of [...element.attributes].reverse()) {
    if (attribute.type !== AST_NODE_TYPES.JSXAttribute || attribute.name.type !== AST_NODE_TYPES.JSXIdentifier || attribute.name.name !== name) continue;
    const { value } = attribute;
    return value?.type === AST_NODE_TYPES.JSXExpressionContainer && value.expression.type !== AST_NODE_TYPES.JSXEmptyExpression ? value.expression : null;
  }
  return null;
}
