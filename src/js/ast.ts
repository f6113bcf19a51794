import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";

/** `a.b` and `a["b"]` give `"b"`; a computed key that isn't a string literal gives `null`. */
export function getPropertyName(member: TSESTree.MemberExpression): string | null {
  const { property } = member;
  if (!member.computed && property.type === AST_NODE_TYPES.Identifier) return property.name;
  return property.type === AST_NODE_TYPES.Literal && typeof property.value === "string" ? property.value : null;
}

/** The value of a non-computed `key` property of an object literal (`{ key: … }` or `{ "key": … }`). */
export function getObjectProperty(object: TSESTree.ObjectExpression, key: string): TSESTree.Node | undefined {
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
    const { key: node } = property;
    const name = node.type === AST_NODE_TYPES.Identifier ? node.name : node.type === AST_NODE_TYPES.Literal ? String(node.value) : null;
    if (name === key) return property.value;
  }
  return undefined;
}

/**
 * Calls `callback` on `node` and every node below it, parents first (no visitor keys needed, so any parser's AST).
 * A callback that returns `false` skips the node's children.
 */
export function forEachNode(node: TSESTree.Node, callback: (node: TSESTree.Node) => unknown): void {
  if (callback(node) === false) return;
  for (const key of Object.keys(node)) {
    if (key === "parent" || key === "loc" || key === "range") continue;
    const value = (node as unknown as Record<string, unknown>)[key];
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child === "object" && typeof (child as { type?: unknown }).type === "string") {
        forEachNode(child as TSESTree.Node, callback);
      }
    }
  }
}

export type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

export function isFunctionNode(node: TSESTree.Node): node is FunctionNode {
  return (
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.ArrowFunctionExpression
  );
}

/** The nearest function around `node`, or `null` at the top level. */
export function getEnclosingFunction(node: TSESTree.Node): FunctionNode | null {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current)) return current;
  }
  return null;
}

/** The names a declaration pattern binds: `a`, `{ a, b: { c }, ...rest }`, `[a, b = 1]`. */
export function getBoundNames(pattern: TSESTree.Node): string[] {
  switch (pattern.type) {
    case AST_NODE_TYPES.Identifier:
      return [pattern.name];
    case AST_NODE_TYPES.ObjectPattern:
      return pattern.properties.flatMap((property) => getBoundNames(property.type === AST_NODE_TYPES.Property ? property.value : property.argument));
    case AST_NODE_TYPES.ArrayPattern:
      return pattern.elements.flatMap((element) => (element ? getBoundNames(element) : []));
    case AST_NODE_TYPES.AssignmentPattern:
      return getBoundNames(pattern.left);
    case AST_NODE_TYPES.RestElement:
      return getBoundNames(pattern.argument);
    default:
      return [];
  }
}

/** Whether a directive prologue (a module's or a function body's statements) holds `directive`: `"use client"`. */
export function hasDirective(body: readonly TSESTree.Node[], directive: string): boolean {
  for (const statement of body) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.directive === undefined) return false;
    if (statement.directive === directive) return true;
  }
  return false;
}
