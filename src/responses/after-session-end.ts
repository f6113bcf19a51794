import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import type { ResolveConst } from "../js/bindings.ts";
import type { LogoutHandler } from "../routes/logout-handlers.ts";
import type { HandlerFunction } from "../routes/route-handlers.ts";
import { getResponseStatus, type HandlerResponse } from "./responses.ts";

const LOOPS: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.ForStatement,
  AST_NODE_TYPES.ForInStatement,
  AST_NODE_TYPES.ForOfStatement,
  AST_NODE_TYPES.WhileStatement,
  AST_NODE_TYPES.DoWhileStatement,
]);

/**
 * Whether a handler may answer with `response` after it ended the session, so the logout headers belong on it.
 * Two kinds of response can't, or don't log out:
 * - one the handler returns before any session end can run: every session end comes after its `return` in the
 *   source, outside any loop around both, outside a `finally` that runs after it, and outside nested function
 *   declarations (hoisted, so callable from anywhere). An early `401 "no session"` is one;
 * - an error (status 400 or more) answered from a `catch` clause: the logout failed there.
 * With no session end found (a route that is a logout by its path alone), every response may come after one.
 */
export function mayFollowSessionEnd(
  response: HandlerResponse,
  body: HandlerFunction,
  sessionEnds: LogoutHandler["sessionEnds"],
  resolveConst: ResolveConst,
): boolean {
  if (sessionEnds.length === 0) return true;
  if (isErrorInCatch(response, body, resolveConst)) return false;
  return sessionEnds.some((end) => mayRunBefore(end.node, response.exit, body));
}

function mayRunBefore(end: TSESTree.Node, exit: TSESTree.Node, body: HandlerFunction): boolean {
  if (end.range[0] < exit.range[1]) return true;
  for (let current = end.parent; current && current !== body; current = current.parent) {
    if (current.type === AST_NODE_TYPES.FunctionDeclaration) return true;
    if (LOOPS.has(current.type) && contains(current, exit)) return true;
    if (current.type === AST_NODE_TYPES.TryStatement && current.finalizer && contains(current.finalizer, end) && contains(current.block, exit)) return true;
  }
  return false;
}

function isErrorInCatch(response: HandlerResponse, body: HandlerFunction, resolveConst: ResolveConst): boolean {
  const status = getResponseStatus(response, resolveConst);
  if (typeof status !== "number" || status < 400) return false;
  for (let current = response.exit.parent; current && current !== body; current = current.parent) {
    if (current.type === AST_NODE_TYPES.CatchClause) return true;
  }
  return false;
}

function contains(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}
