import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { isFunctionNode } from "../js/ast.ts";
import { createResolversOver } from "../js/bindings.ts";
import { deriveFromFile, getProjectModule } from "../project/module-cache.ts";
import { getModuleScope } from "../project/module-scope.ts";
import { findRouteHandlerFile } from "../project/route-files.ts";
import type { NextLogoutSettings } from "../project/settings.ts";
import { collectSessionImports, findSessionEnds } from "../session/session-end.ts";
import type { EndsSessionAt, RouteRequest } from "../session/signout-request.ts";
import { getRouteHandlers, type HandlerFunction } from "./route-handlers.ts";

/**
 * Whether the App Router handler that answers a request of the linted file's app ends the session by its body
 * (iron-session's `session.destroy()`, `cookies().delete("session")`, a library sign-out: `findSessionEnds`), on
 * every path that completes: a deletion inside an `if`, a `catch` or a callback may be a stale cookie's cleanup.
 * The route file is found from the URL (`app/` or `src/app/`, route groups, dynamic segments) and read through the
 * project model; the answer is cached with it.
 */
export function createRouteSessionEndCheck(fromFile: string, settings: NextLogoutSettings): EndsSessionAt {
  const cookiesKey = JSON.stringify(settings.sessionCookies ?? null);
  return ({ path, method }: RouteRequest) => {
    const file = findRouteHandlerFile(fromFile, path);
    if (file === null) return false;
    return deriveFromFile(file, `session-end:${method}:${cookiesKey}`, () => handlerEndsSession(file, method, settings), false) ?? false;
  };
}

function handlerEndsSession(file: string, method: string, settings: NextLogoutSettings): boolean {
  const module = getProjectModule(file);
  const scope = getModuleScope(file);
  if (!module || !scope) return false;
  const handler = getRouteHandlers(module.program).find((candidate) => candidate.method === method);
  if (!handler?.body) return false;
  const { resolveConst } = createResolversOver(scope.findVariable);
  const ends = findSessionEnds(handler.body, collectSessionImports(module.program), resolveConst, settings.sessionCookies);
  return ends.some((end) => runsWhenHandlerCompletes(end.node, handler.body!));
}

/** No `if`, `?:`, `&&`, `switch`, loop, `catch` or nested function between the node and the handler. */
function runsWhenHandlerCompletes(node: TSESTree.Node, handler: HandlerFunction): boolean {
  for (let child = node, parent = node.parent; parent && parent !== handler; child = parent, parent = parent.parent) {
    if (isFunctionNode(parent)) return false;
    switch (parent.type) {
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.ConditionalExpression:
        if (parent.test !== child) return false;
        break;
      case AST_NODE_TYPES.LogicalExpression:
        if (parent.right === child) return false;
        break;
      case AST_NODE_TYPES.SwitchCase:
      case AST_NODE_TYPES.CatchClause:
      case AST_NODE_TYPES.ForStatement:
      case AST_NODE_TYPES.ForInStatement:
      case AST_NODE_TYPES.ForOfStatement:
      case AST_NODE_TYPES.WhileStatement:
      case AST_NODE_TYPES.DoWhileStatement:
        return false;
      default:
        break;
    }
  }
  return true;
}
