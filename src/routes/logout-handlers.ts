import type { TSESTree } from "@typescript-eslint/utils";
import type { ResolveConst } from "../js/bindings.ts";
import { isLogoutPath } from "../urls/logout-path.ts";
import { getRouteHandlers, getRoutePath, type RouteHandler } from "./route-handlers.ts";
import { collectSessionImports, findSessionEnds, type SessionEnd } from "../session/session-end.ts";
import { mayEndSession } from "../prefilter/text-checks.ts";
import type { NextLogoutSettings } from "../project/settings.ts";
import { memoizeForTree, type TreeMemo } from "./tree-memo.ts";

export interface LogoutHandler extends RouteHandler {
  /** How the handler ends the session; empty when only its path says it is a logout. */
  sessionEnds: SessionEnd[];
}

/**
 * The handlers of a `route.*` file that log out: every handler when the route's path is a logout path
 * (`logoutPaths`), otherwise those whose body ends a session. Deleting `theme` in `/api/theme` is no logout.
 */
export function getLogoutHandlers(
  program: TSESTree.Program,
  filename: string,
  settings: NextLogoutSettings,
  resolveConst: ResolveConst,
): readonly LogoutHandler[] {
  return memoizeForTree(handlersByTree, program, filename, settings, () => findLogoutHandlers(program, filename, settings, resolveConst));
}

// Five rules ask for the same file's handlers: the answer is kept with its tree. Every `resolveConst` of one tree
// answers alike (they read the same scopes), so which rule's was used doesn't matter.
const handlersByTree: TreeMemo<readonly LogoutHandler[]> = new WeakMap();

function findLogoutHandlers(program: TSESTree.Program, filename: string, settings: NextLogoutSettings, resolveConst: ResolveConst): LogoutHandler[] {
  const routePath = getRoutePath(filename);
  if (routePath === null) return [];
  const isLogoutRoute = isLogoutPath(routePath, settings.logoutPaths);
  const imports = collectSessionImports(program);
  return getRouteHandlers(program).flatMap((handler) => {
    const sessionEnds = handler.body ? findSessionEnds(handler.body, imports, resolveConst, settings.sessionCookies) : [];
    return isLogoutRoute || sessionEnds.length > 0 ? [{ ...handler, sessionEnds }] : [];
  });
}

/**
 * Whether a file may hold logout handlers, from its name and text alone: a route file on a logout path, or one
 * whose text could end a session. The route-handler rules ask this before they walk anything.
 */
export function mayHaveLogoutHandlers(filename: string, text: string, settings: NextLogoutSettings): boolean {
  const routePath = getRoutePath(filename);
  return routePath !== null && (isLogoutPath(routePath, settings.logoutPaths) || mayEndSession(text));
}
