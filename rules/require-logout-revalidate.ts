import type { TSESTree } from "@typescript-eslint/utils";
import { createSourceConstResolver } from "../src/js/bindings.ts";
import { createRule } from "../src/plugin/create-rule.ts";
import { toFix } from "../src/edits/eslint-fix.ts";
import { getLogoutHandlers, mayHaveLogoutHandlers } from "../src/routes/logout-handlers.ts";
import {
  getInsertRevalidationEdits,
  getRevalidatePathNames,
  getRevalidation,
  getWholeAppArguments,
  getWidenRevalidationEdits,
} from "../src/routes/logout-revalidate.ts";
import { getFunctionNameNode, type HandlerFunction } from "../src/routes/route-handlers.ts";
import { getServerActions } from "../src/routes/server-actions.ts";
import { collectSessionImports, findSessionEnds } from "../src/session/session-end.ts";
import { parseSettings, resolveNextVersion } from "../src/project/settings.ts";
import { mayEndSession } from "../src/prefilter/text-checks.ts";

export type Options = [{ checkServerActions?: boolean }];
export type MessageIds = "missingRevalidate" | "narrowRevalidate";

export default createRule<Options, MessageIds>({
  name: "require-logout-revalidate",
  meta: {
    type: "problem",
    docs: {
      description: 'Require logout route handlers to call `revalidatePath("/", "layout")`',
      recommended: "recommended",
    },
    fixable: "code",
    messages: {
      missingRevalidate:
        "This logout {{what}} leaves pages rendered for the signed-in user in Next's server cache. Call `revalidatePath({{args}})` before it returns.",
      narrowRevalidate:
        "`revalidatePath` of `{{path}}` leaves other pages rendered for the signed-in user in the cache. Use `revalidatePath({{args}})` to cover the whole app.",
    },
    schema: [
      {
        type: "object",
        properties: {
          checkServerActions: {
            type: "boolean",
            description:
              "Also check Server Actions that end a session. Off by default: a Server Action that changes a cookie already makes Next re-render the layouts.",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ checkServerActions: false }],
  },
  create(context, [{ checkServerActions }]) {
    const settings = parseSettings(context.settings);
    const { sourceCode } = context;
    const mayHaveActions = checkServerActions && mayEndSession(sourceCode.text);
    if (!mayHaveActions && !mayHaveLogoutHandlers(context.filename, sourceCode.text, settings)) return {};
    return {
      Program(program) {
        const resolveConst = createSourceConstResolver(sourceCode);
        const handlers = getLogoutHandlers(program, context.filename, settings, resolveConst);
        const actions = checkServerActions ? getLogoutServerActions(program) : [];
        if (handlers.length === 0 && actions.length === 0) return;
        const version = resolveNextVersion(settings, context.filename);
        const revalidatePathNames = getRevalidatePathNames(program);
        const args = getWholeAppArguments(version);
        const check = (fn: HandlerFunction, reportNode: TSESTree.Node, what: string) => {
          const revalidation = getRevalidation(fn, revalidatePathNames, resolveConst, version);
          if (revalidation.kind === "whole-app") return;
          if (revalidation.kind === "too-narrow") {
            const edits = getWidenRevalidationEdits(sourceCode.text, revalidation.call, version);
            context.report({ node: revalidation.call, messageId: "narrowRevalidate", data: { path: revalidation.path, args }, fix: edits ? toFix(sourceCode.text, edits) : null });
            return;
          }
          const edits = getInsertRevalidationEdits(sourceCode.text, program, fn, version);
          context.report({ node: reportNode, messageId: "missingRevalidate", data: { what, args }, fix: edits ? toFix(sourceCode.text, edits) : null });
        };
        for (const handler of handlers) {
          if (handler.body) check(handler.body, getFunctionNameNode(handler.body, handler.exportNode), `${handler.method} handler`);
        }
        for (const action of actions) check(action, getFunctionNameNode(action, action), "Server Action");

        function getLogoutServerActions(program: TSESTree.Program): HandlerFunction[] {
          const imports = collectSessionImports(program);
          return getServerActions(program).filter((action) => findSessionEnds(action, imports, resolveConst, settings.sessionCookies).length > 0);
        }
      },
    };
  },
});
