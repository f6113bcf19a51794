import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import type { FunctionNode } from "../js/ast.ts";
import { createResolversOver, type SourceResolvers } from "../js/bindings.ts";
import { readModuleText } from "../project/module-cache.ts";
import { ModuleScope } from "../project/module-scope.ts";
import { resolveFunction } from "../urls/value-scope.ts";
import { startsWithUseServer } from "./server-action-modules.ts";
import { hasUseServerBody } from "./signout-origin.ts";

/** A function another module of the project exports, and the resolvers of that module. */
export interface ImportedFunction {
  fn: FunctionNode;
  /** That module's scope: its own names and imports resolve there. */
  scope: ModuleScope;
  resolvers: SourceResolvers;
  /** Its module starts with `"use server"`, or its body does: a Server Action, whose response renders the layouts anew. */
  isServerAction: boolean;
}

/**
 * The project function an imported callee is (`logout` after `import { logout } from "@/lib/auth-client"`,
 * `auth.logout` after `import * as auth from "…"`), read through the project model (tsconfig `paths`, workspaces);
 * `null` for packages, for anything that is not a function of the project, and when `scope` is `null` (`crossFile`
 * off, or a file on no disk).
 */
export function resolveImportedFunction(callee: TSESTree.Expression, scope: ModuleScope | null): ImportedFunction | null {
  if (!scope) return null;
  const root = callee.type === AST_NODE_TYPES.MemberExpression ? callee.object : callee;
  if (root.type !== AST_NODE_TYPES.Identifier) return null;
  // Only imports: the file's own functions are read where they are (client-signout.ts).
  const [definition, ...others] = scope.findVariable(root.name, root)?.defs ?? [];
  if (definition?.type !== "ImportBinding" || others.length > 0) return null;
  const resolved = resolveFunction({ node: callee, scope });
  if (!resolved || resolved.external || !(resolved.scope instanceof ModuleScope) || resolved.scope === scope || resolved.scope.file === null) return null;
  const target = resolved.scope;
  const moduleText = readModuleText(target.file!) ?? "";
  return {
    fn: resolved.node,
    scope: target,
    resolvers: createResolversOver(target.findVariable),
    isServerAction: startsWithUseServer(moduleText) || hasUseServerBody(resolved.node),
  };
}
