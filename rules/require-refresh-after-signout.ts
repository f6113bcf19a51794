import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import { createSourceResolvers } from "../src/js/bindings.ts";
import { findSignOutBefore, hasRefreshOrFullPageLoad, type SignOutResolvers } from "../src/session/client-signout.ts";
import { createRule } from "../src/plugin/create-rule.ts";
import { toFix } from "../src/edits/eslint-fix.ts";
import { withUnusedBindingsRemoved } from "../src/edits/unused-bindings.ts";
import { evaluateHref } from "../src/urls/href-value.ts";
import { getImportDeclarations } from "../src/js/imports.ts";
import { getRouterNavigation, ROUTER_MODULES } from "../src/links/next-router.ts";
import { getRefreshAfterNavigationEdits } from "../src/links/router-refresh.ts";
import { getFullPageLoadText, getRouterNavigationEdits } from "../src/links/router-to-location.ts";
import { isNavigationRedirect } from "../src/session/client-signout.ts";
import { parseSettings } from "../src/project/settings.ts";
import { mayImportRouter, maySignOut } from "../src/prefilter/text-checks.ts";

export type Options = [];
export type MessageIds = "softNavigationAfterSignOut" | "redirectAfterSignOut" | "suggestFullPageLoad" | "suggestRefresh";

const MAX_CALLEE_LENGTH = 40;

export default createRule<Options, MessageIds>({
  name: "require-refresh-after-signout",
  meta: {
    type: "problem",
    docs: {
      description: "Require `router.refresh()` or a full page load after a client-side sign-out",
      recommended: "recommended",
    },
    hasSuggestions: true,
    messages: {
      softNavigationAfterSignOut:
        "`{{navigation}}()` after `{{signOut}}()` keeps the signed-in layouts on screen. " +
        "Use `window.location.replace()` or, on the App Router, call `{{router}}.refresh()` after it.",
      redirectAfterSignOut:
        "`redirect()` after `{{signOut}}()` runs outside rendering, where client code can't use it. " +
        "Use `window.location.replace()`, which renders every layout anew.",
      suggestFullPageLoad: "Navigate with `window.location.replace()`.",
      suggestRefresh: "Add `{{router}}.refresh()` after the navigation.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    const settings = parseSettings(context.settings);
    if (!mayImportRouter(sourceCode.text) || !maySignOut(sourceCode.text, settings.logoutPaths)) return {};
    const hasRouterImport = [...ROUTER_MODULES].some((module) => getImportDeclarations(sourceCode.ast, module).length > 0);
    // Only client code with a router can navigate softly.
    if (!hasRouterImport) return {};
    let resolvers: SignOutResolvers | null = null;
    const getResolvers = (): SignOutResolvers => (resolvers ??= { ...createSourceResolvers(sourceCode), logoutPaths: settings.logoutPaths, filename: context.filename });
    // `redirect()` navigates only while rendering: in a client module's handlers and effects it can't.
    const isClientModule = sourceCode.ast.body.some(
      (statement) => statement.type === AST_NODE_TYPES.ExpressionStatement && statement.directive === "use client",
    );
    return {
      CallExpression(node) {
        const { resolveBinding, resolveConst } = getResolvers();
        if (isClientModule && isNavigationRedirect(node, resolveBinding)) {
          const found = findSignOutBefore(node, getResolvers());
          if (!found) return;
          const [target] = node.arguments;
          const isStaticTarget = target?.type === AST_NODE_TYPES.Literal || (target?.type === AST_NODE_TYPES.TemplateLiteral && target.expressions.length === 0);
          const data = { signOut: shorten(sourceCode.getText(found.signOut.callee), "signOut") };
          const edits = isStaticTarget ? [{ range: node.range, text: getFullPageLoadText(sourceCode.getText(target)) }] : null;
          context.report({
            node,
            messageId: "redirectAfterSignOut",
            data,
            suggest: edits ? [{ messageId: "suggestFullPageLoad", fix: toFix(sourceCode.text, withUnusedBindingsRemoved(sourceCode, edits)) }] : [],
          });
          return;
        }
        const navigation = getRouterNavigation(node, resolveBinding);
        if (!navigation || navigation.method === "prefetch") return;
        const found = findSignOutBefore(node, getResolvers());
        if (!found || hasRefreshOrFullPageLoad(found.functions)) return;
        const data = {
          navigation: shorten(sourceCode.getText(node.callee), navigation.method),
          signOut: shorten(sourceCode.getText(found.signOut.callee), "signOut"),
          router: node.callee.type === AST_NODE_TYPES.MemberExpression ? sourceCode.getText(node.callee.object) : "router",
        };
        const locationEdits = getRouterNavigationEdits(sourceCode.text, navigation, evaluateHref(navigation.target, resolveConst));
        const refreshEdits = getRefreshAfterNavigationEdits(sourceCode.text, navigation);
        context.report({
          node,
          messageId: "softNavigationAfterSignOut",
          data,
          suggest: [
            ...(locationEdits
              ? [{ messageId: "suggestFullPageLoad" as const, data, fix: toFix(sourceCode.text, withUnusedBindingsRemoved(sourceCode, locationEdits)) }]
              : []),
            ...(refreshEdits ? [{ messageId: "suggestRefresh" as const, data, fix: toFix(sourceCode.text, refreshEdits) }] : []),
          ],
        });
      },
    };
  },
});

/** Callee text for a message: on one line, or the method's name when it is long. */
function shorten(text: string, fallback: string): string {
  const compact = text.replace(/\s+/g, "");
  return compact.length > MAX_CALLEE_LENGTH ? fallback : compact;
}
