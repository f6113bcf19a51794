import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { forEachNode, hasDirective, isFunctionNode } from "../js/ast.ts";
import type { HandlerFunction } from "./route-handlers.ts";

/**
 * Server Actions: the exported functions of a `"use server"` module, and any function whose own body starts with
 * `"use server"`.
 */
export function getServerActions(program: TSESTree.Program): HandlerFunction[] {
  const actions = new Set<HandlerFunction>();
  if (hasDirective(program.body, "use server")) {
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
    if (isFunctionNode(node) && node.body.type === AST_NODE_TYPES.BlockStatement && hasDirective(node.body.body, "use server")) {
      actions.add(node);
    }
  });
  return [...actions];
}
