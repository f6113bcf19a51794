import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import { createSourceConstResolver } from "../src/js/bindings.ts";
import { createRule } from "../src/plugin/create-rule.ts";
import { getLogoutHandlers, mayHaveLogoutHandlers } from "../src/routes/logout-handlers.ts";
import { getFunctionNameNode, getRoutePath, isRouteHandlerFile } from "../src/routes/route-handlers.ts";
import { parseSettings } from "../src/project/settings.ts";

export type Options = [];
export type MessageIds = "getLogout";

export default createRule<Options, MessageIds>({
  name: "prefer-post-logout",
  meta: {
    type: "suggestion",
    docs: {
      description: "Require logout route handlers to answer POST, not GET",
      recommended: "strict",
    },
    messages: {
      getLogout:
        "A logout on GET lets a `<Link>` prefetch, a crawler or another site sign the user out through `{{path}}`. " +
        "Export `POST` and post a `<form>` to it, or use a Server Action.",
    },
    schema: [],
  },
  create(context) {
    if (!isRouteHandlerFile(context.filename)) return {};
    const settings = parseSettings(context.settings);
    const path = getRoutePath(context.filename);
    // Only `app/**/route.*` files have handlers.
    if (path === null || !mayHaveLogoutHandlers(context.filename, context.sourceCode.text, settings)) return {};
    return {
      Program(program) {
        const resolveConst = createSourceConstResolver(context.sourceCode);
        for (const handler of getLogoutHandlers(program, context.filename, settings, resolveConst)) {
          if (handler.method !== "GET") continue;
          // `export { handler as GET }` underlines `GET`: the report is about the method, not the function.
          const { exportNode } = handler;
          const node = exportNode.type === AST_NODE_TYPES.ExportSpecifier ? exportNode.exported : getFunctionNameNode(handler.body, exportNode);
          context.report({ node, messageId: "getLogout", data: { path } });
        }
      },
    };
  },
});
