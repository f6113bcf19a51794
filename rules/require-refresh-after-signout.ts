import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import path from "node:path";
import { hasDirective } from "../src/js/ast.ts";
import { createSourceResolvers } from "../src/js/bindings.ts";
import { findSignOutBefore, hasRefreshOrFullPageLoad, type SignOutResolvers } from "../src/session/client-signout.ts";
import { createRule } from "../src/plugin/create-rule.ts";
import { toFix } from "../src/edits/eslint-fix.ts";
import { withUnusedBindingsRemoved } from "../src/edits/unused-bindings.ts";
import { evaluateHref } from "../src/urls/href-value.ts";
import { hasValueImportFrom } from "../src/js/imports.ts";
import { getRouterNavigation, mayBeRouterNavigation, ROUTER_MODULES, type RouterNavigation } from "../src/links/next-router.ts";
import { getRefreshAfterNavigationEdits } from "../src/links/router-refresh.ts";
import { getFullPageLoadText, getRouterNavigationEdits } from "../src/links/router-to-location.ts";
import { isNavigationRedirect } from "../src/session/client-signout.ts";
import { parseSettings } from "../src/project/settings.ts";
import { mayCallNavigationRedirect, mayDeleteClientCookie, mayDestructureRouterMethod, mayImportRouter, mayRequest, maySignOut } from "../src/prefilter/text-checks.ts";
import { createFileScope } from "../src/project/module-scope.ts";
import { createRouteSessionEndCheck } from "../src/routes/route-session-end.ts";
import type { ClientCookieDeletion } from "../src/session/client-cookies.ts";
import { findUnansweredSignOut, getRefreshAfterSignOutEdits } from "../src/session/unanswered-signout.ts";
import { mayImportSignOut } from "../src/links/import-reach.ts";

export type Options = [{ clientSessionCookies?: string[] }];
export type MessageIds =
  | "softNavigationAfterSignOut"
  | "softNavigationAfterCookieDeletion"
  | "redirectAfterSignOut"
  | "signOutWithoutRefresh"
  | "suggestFullPageLoad"
  | "suggestRefresh"
  | "suggestRefreshAfterSignOut";

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
      softNavigationAfterCookieDeletion:
        "`{{navigation}}()` after {{deletion}} keeps the signed-in layouts. " +
        "Use a full page load instead, or call `{{router}}.refresh()` after it.",
      redirectAfterSignOut:
        "`redirect()` after `{{signOut}}()` runs outside rendering, where client code can't use it. " +
        "Use `window.location.replace()`, which renders every layout anew.",
      signOutWithoutRefresh:
        "`{{signOut}}()` ends the session, and nothing after it updates the page: the signed-in layouts stay " +
        "on screen. Call `router.refresh()` or load a page after it.",
      suggestFullPageLoad: "Navigate with `window.location.replace()`.",
      suggestRefresh: "Add `{{router}}.refresh()` after the navigation.",
      suggestRefreshAfterSignOut: "Add `{{call}}` after the sign-out.",
    },
    schema: [
      {
        type: "object",
        properties: {
          clientSessionCookies: {
            type: "array",
            items: { type: "string" },
            uniqueItems: true,
            description:
              "Session cookies (with `*` wildcards) that the app's browser code sets and deletes itself, as no-client-cookie-deletion's `allowCookies` names them: deleting one signs out.",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ clientSessionCookies: [] }],
  },
  create(context, [{ clientSessionCookies = [] }]) {
    const { sourceCode } = context;
    const { text } = sourceCode;
    const settings = parseSettings(context.settings);
    // `redirect()` navigates only while rendering: in a client module's handlers and effects it can't.
    const isClientModule = hasDirective(sourceCode.ast.body, "use client");
    const file = path.isAbsolute(context.filename) ? context.filename : null;
    // Across files (`crossFile`), an imported helper or a route handler may sign out whatever the file's words.
    const crossFile = settings.crossFile && file !== null;
    // Each text search runs once, and only when the cheaper checks before it leave the question open.
    let signsOutHere: boolean | undefined;
    let requests: boolean | undefined;
    const maySignOutHere = () => (signsOutHere ??= maySignOut(text, settings.logoutPaths));
    const mayRequestHere = () => (requests ??= mayRequest(text));
    // Across files, only a request (to a route handler that ends the session) or an imported helper whose module
    // may sign out can sign out where the file's words don't.
    const maySignOutAcrossFiles = () => crossFile && (mayRequestHere() || mayImportSignOut(sourceCode.ast, file!, settings));
    // Only client code with a router can navigate softly.
    const checkNavigations =
      mayImportRouter(text) &&
      hasValueImportFrom(sourceCode.ast, ROUTER_MODULES) &&
      (maySignOutHere() || (clientSessionCookies.length > 0 && mayDeleteClientCookie(text)) || maySignOutAcrossFiles());
    const checkUnanswered = isClientModule && (crossFile || maySignOutHere()) && mayRequestHere();
    if (!checkNavigations && !checkUnanswered) return {};
    // Most calls are neither: these spare resolving each one's name.
    const mayRedirect = isClientModule && mayCallNavigationRedirect(text);
    const mayCallDestructuredRouter = mayDestructureRouterMethod(text);
    let resolvers: SignOutResolvers | null = null;
    const getResolvers = (): SignOutResolvers =>
      (resolvers ??= {
        ...createSourceResolvers(sourceCode),
        logoutPaths: settings.logoutPaths,
        sessionCookies: settings.sessionCookies,
        clientSessionCookies,
        filename: context.filename,
        scope: crossFile ? createFileScope(sourceCode, file, true) : null,
        endsSessionAt: crossFile ? createRouteSessionEndCheck(file!, settings) : null,
      });

    // Listeners as consts, not hoisted declarations: files stopped by the gate above never make them.
    const checkRedirect = (node: TSESTree.CallExpression): void => {
      const found = findSignOutBefore(node, getResolvers());
      if (!found?.signOut) return;
      const [target] = node.arguments;
      const isStaticTarget = target?.type === AST_NODE_TYPES.Literal || (target?.type === AST_NODE_TYPES.TemplateLiteral && target.expressions.length === 0);
      const data = { signOut: shorten(sourceCode.getText(found.signOut.callee), "signOut") };
      const edits = isStaticTarget ? [{ range: node.range, text: getFullPageLoadText(sourceCode.getText(target)) }] : null;
      context.report({
        node,
        messageId: "redirectAfterSignOut",
        data,
        suggest: edits ? [{ messageId: "suggestFullPageLoad", fix: toFix(text, withUnusedBindingsRemoved(sourceCode, edits)) }] : [],
      });
    };

    const checkNavigation = (node: TSESTree.CallExpression, navigation: RouterNavigation): void => {
      const found = findSignOutBefore(node, getResolvers());
      if (!found || hasRefreshOrFullPageLoad(found.functions)) return;
      const router = node.callee.type === AST_NODE_TYPES.MemberExpression ? sourceCode.getText(node.callee.object) : "router";
      const navigationName = shorten(sourceCode.getText(node.callee), navigation.method);
      const data = found.signOut
        ? { navigation: navigationName, signOut: shorten(sourceCode.getText(found.signOut.callee), "signOut"), router }
        : { navigation: navigationName, deletion: describeDeletion(found.cookieSignOut!), router };
      const { resolveConst } = getResolvers();
      // no-client-cookie-deletion's suggestion rewrites this navigation with the deletion it reports: none here.
      const hasCompetingFix = found.reportedDeletion !== null;
      const locationEdits = hasCompetingFix ? null : getRouterNavigationEdits(text, navigation, evaluateHref(navigation.target, resolveConst));
      const refreshEdits = hasCompetingFix ? null : getRefreshAfterNavigationEdits(text, navigation);
      context.report({
        node,
        messageId: found.signOut ? "softNavigationAfterSignOut" : "softNavigationAfterCookieDeletion",
        data,
        suggest: [
          ...(locationEdits ? [{ messageId: "suggestFullPageLoad" as const, data, fix: toFix(text, withUnusedBindingsRemoved(sourceCode, locationEdits)) }] : []),
          ...(refreshEdits ? [{ messageId: "suggestRefresh" as const, data, fix: toFix(text, refreshEdits) }] : []),
        ],
      });
    };

    const checkUnansweredSignOut = (node: TSESTree.CallExpression): void => {
      const found = findUnansweredSignOut(node, getResolvers());
      if (!found) return;
      const refresh = found.awaitedStatement ? getRefreshAfterSignOutEdits(text, found.awaitedStatement, getResolvers()) : null;
      const call = refresh ? (refresh.router ? `${refresh.router}.refresh()` : "window.location.reload()") : "";
      context.report({
        node,
        messageId: "signOutWithoutRefresh",
        data: { signOut: shorten(sourceCode.getText(node.callee), "signOut") },
        suggest: refresh ? [{ messageId: "suggestRefreshAfterSignOut", data: { call }, fix: toFix(text, refresh.edits) }] : [],
      });
    };

    return {
      CallExpression(node) {
        if (checkNavigations) {
          if (mayRedirect && isNavigationRedirect(node, getResolvers().resolveBinding)) return checkRedirect(node);
          const navigation = mayBeRouterNavigation(node, mayCallDestructuredRouter) ? getRouterNavigation(node, getResolvers().resolveBinding) : null;
          if (navigation && navigation.method !== "prefetch") return checkNavigation(node, navigation);
        }
        if (checkUnanswered) checkUnansweredSignOut(node);
      },
    };
  },
});

/** "deleting `token` with `Cookies.remove()`", "expiring `sid` through `document.cookie`", as no-client-cookie-deletion says it. */
function describeDeletion({ api, cookieName }: ClientCookieDeletion): string {
  const cookie = cookieName === null ? "a cookie" : `\`${cookieName}\``;
  return api === "document.cookie" ? `expiring ${cookie} through \`document.cookie\`` : `deleting ${cookie} with \`${api}\``;
}

/** Callee text for a message: on one line, or the method's name when it is long. */
function shorten(text: string, fallback: string): string {
  const compact = text.replace(/\s+/g, "");
  return compact.length > MAX_CALLEE_LENGTH ? fallback : compact;
}
