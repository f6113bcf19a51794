import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { forEachNode, isFunctionNode } from "../js/ast.ts";
import type { HandlerFunction } from "./route-handlers.ts";

/**
 * Server Actions: the exported functions of a `"use server"` module, and any function whose own body starts with
 * `"use server"`.
 */
export function getServerActions(program: TSESTree.Program): HandlerFunction[] {
  const actions = new Set<HandlerFunction>();
  if (hasUseServer(program.body)) {
    for (const statement of program.body) {
      const declaration =
        statement.type === AST_NODE_TYPES.ExportNamedDeclaration || statement.type === AST_NODE_TYPES.ExportDefaultDeclaration
          ? statement.declaration
          : null;
      if (declaration?.type === AST_NODE_TYPES.FunctionDeclaration) actions.add(declaration);
      if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
        for (const { init } of declaration.declarations) {
          if (init?.type === AST_NODE_TYPES.ArrowFunctionExpression || init?.type === AST_NODE_TYPES.FunctionExpression) actions.add(init);
        }
      }
    }
  }
  forEachNode(program, (node) => {
    if (isFunctionNode(node) && node.body.type === AST_NODE_TYPES.BlockStatement && hasUseServer(node.body.body)) {
      actions.add(node);
    }
  });
  return [...actions];
}

function hasUseServer(body: readonly TSESTree.Node[]): boolean {
  for (const statement of body) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.directive === undefined) return false;
    if (statement.directive === "use server") return true;
  }
  return false;
}
