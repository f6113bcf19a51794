import type { TSESTree } from "@typescript-eslint/utils";
import type { ResolveConst } from "../js/bindings.ts";
import { getLogoutHandlers, type LogoutHandler } from "../routes/logout-handlers.ts";
import { getHandlerResponses, getResponseImports, type HandlerResponse } from "./responses.ts";
import type { HandlerFunction } from "../routes/route-handlers.ts";
import type { NextLogoutSettings } from "../project/settings.ts";
import { mayFollowSessionEnd } from "./after-session-end.ts";
import { memoizeForTree, type TreeMemo } from "../routes/tree-memo.ts";

export interface LogoutResponse {
  handler: LogoutHandler;
  /** The handler's function, where `res.headers.set(…)` calls are looked for. */
  body: HandlerFunction;
  response: HandlerResponse;
}

/**
 * Every response of every logout handler in a route file that may answer after the session ended, handler by
 * handler, in source order: not an early return before anything is deleted, nor an error from a `catch`.
 */
export function getLogoutResponses(
  program: TSESTree.Program,
  filename: string,
  settings: NextLogoutSettings,
  resolveConst: ResolveConst,
): readonly LogoutResponse[] {
  return memoizeForTree(responsesByTree, program, filename, settings, () => findLogoutResponses(program, filename, settings, resolveConst));
}

// Asked by three rules of the same file, like the handlers.
const responsesByTree: TreeMemo<readonly LogoutResponse[]> = new WeakMap();

function findLogoutResponses(program: TSESTree.Program, filename: string, settings: NextLogoutSettings, resolveConst: ResolveConst): LogoutResponse[] {
  const handlers = getLogoutHandlers(program, filename, settings, resolveConst);
  if (handlers.length === 0) return [];
  const imports = getResponseImports(program);
  return handlers.flatMap((handler) => {
    const { body } = handler;
    if (!body) return [];
    return getHandlerResponses(body, imports, resolveConst)
      .filter((response) => mayFollowSessionEnd(response, body, handler.sessionEnds, resolveConst))
      .map((response) => ({ handler, body, response }));
  });
}
