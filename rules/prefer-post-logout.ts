import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { getObjectProperty } from "../src/js/ast.ts";
import { createSourceConstResolver } from "../src/js/bindings.ts";
import { createRule } from "../src/plugin/create-rule.ts";
import { getLogoutHandlers, mayHaveLogoutHandlers } from "../src/routes/logout-handlers.ts";
import { getFunctionNameNode, getRoutePath, isRouteHandlerFile } from "../src/routes/route-handlers.ts";
import { parseSettings } from "../src/project/settings.ts";
import { getHandlerResponses, getResponseImports } from "../src/responses/responses.ts";

export type Options = [];
export type MessageIds = "getLogout" | "signOutRedirectOnGet";

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
      signOutRedirectOnGet:
        "`{{signOut}}()` ends this GET with a thrown redirect: no `no-store` or `Clear-Site-Data`, and a prefetch signs out. " +
        "Use a Server Action, or a `<form>` that posts to a `POST` handler.",
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
        const imports = getResponseImports(program);
        for (const handler of getLogoutHandlers(program, context.filename, settings, resolveConst)) {
          if (handler.method !== "GET") continue;
          // `export { handler as GET }` underlines `GET`: the report is about the method, not the function.
          const { exportNode, body } = handler;
          const node = exportNode.type === AST_NODE_TYPES.ExportSpecifier ? exportNode.exported : getFunctionNameNode(body, exportNode);
          // Auth.js's and WorkOS's server `signOut()` answer by throwing a redirect: the handler returns nothing itself.
          const signOut = handler.sessionEnds.find((end) => end.kind === "sign-out")?.node;
          const throwsRedirect =
            signOut?.type === AST_NODE_TYPES.CallExpression &&
            signOut.callee.type === AST_NODE_TYPES.Identifier &&
            signOut.callee.name !== "invalidateSession" &&
            !hasRedirectFalse(signOut);
          if (body && throwsRedirect && getHandlerResponses(body, imports, resolveConst).length === 0) {
            context.report({ node, messageId: "signOutRedirectOnGet", data: { signOut: shorten(context.sourceCode.getText(signOut.callee)) } });
          } else {
            context.report({ node, messageId: "getLogout", data: { path } });
          }
        }
      },
    };
  },
});

const MAX_CALLEE_LENGTH = 40;

/** Callee text for a message: on one line, or `signOut` when it is long. */
function shorten(text: string): string {
  const compact = text.replace(/\s+/g, "");
  return compact.length > MAX_CALLEE_LENGTH ? "signOut" : compact;
}

/** Auth.js's `signOut({ redirect: false })` returns instead of throwing its redirect. */
function hasRedirectFalse(call: TSESTree.CallExpression): boolean {
  const [options] = call.arguments;
  if (options?.type !== AST_NODE_TYPES.ObjectExpression) return false;
  const redirect = getObjectProperty(options, "redirect");
  return redirect?.type === AST_NODE_TYPES.Literal && redirect.value === false;
}
