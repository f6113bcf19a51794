import type { TSESTree } from "@typescript-eslint/utils";
import { hasDirective } from "../src/js/ast.ts";
import { createSourceResolvers } from "../src/js/bindings.ts";
import { getClientCookieDeletion, type ClientCookieDeletion, type ClientCookieResolvers } from "../src/session/client-cookies.ts";
import { createRule } from "../src/plugin/create-rule.ts";
import { toFix } from "../src/edits/eslint-fix.ts";
import { withUnusedBindingsRemoved } from "../src/edits/unused-bindings.ts";
import { getClientLogoutEdits } from "../src/session/client-logout.ts";
import { findLogoutFunction } from "../src/session/logout-function.ts";
import { getLogoutNavigationPath } from "../src/urls/logout-path.ts";
import { isSessionCookieName } from "../src/session/session-cookies.ts";
import { parseSettings } from "../src/project/settings.ts";
import { mayDeleteClientCookie, mayNameServerSignOut } from "../src/prefilter/text-checks.ts";
import { findServerOnlySignOuts } from "../src/session/server-signout-imports.ts";

export type Options = [{ allowCookies?: string[] }];
export type MessageIds = "clientCookieDeletion" | "serverSignOutInClient" | "suggestLogoutNavigation" | "suggestLogoutFunctionNavigation";

export default createRule<Options, MessageIds>({
  name: "no-client-cookie-deletion",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow deleting session cookies in client code",
      recommended: "recommended",
    },
    hasSuggestions: true,
    messages: {
      clientCookieDeletion:
        "{{what}} doesn't log out: it can't reach an HttpOnly cookie or the server session. " +
        "Log out through `{{logoutPath}}` or a Server Action.",
      serverSignOutInClient:
        "`{{name}}` from `{{source}}` runs only on the server, so this client module can't sign out with it. " +
        "Log out through `{{logoutPath}}` or a Server Action.",
      suggestLogoutNavigation: 'Log out with `window.location.replace("{{logoutPath}}")`.',
      suggestLogoutFunctionNavigation:
        'Replace the function\'s cookie deletions and router navigations with `window.location.replace("{{logoutPath}}")`.',
    },
    schema: [
      {
        type: "object",
        properties: {
          allowCookies: {
            type: "array",
            items: { type: "string" },
            uniqueItems: true,
            description: "Cookie names (with `*` wildcards) that client code may delete, such as non-HttpOnly UI cookies.",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allowCookies: [] }],
  },
  create(context, [{ allowCookies = [] }]) {
    const { sourceCode } = context;
    const checkDeletions = mayDeleteClientCookie(sourceCode.text);
    // A client module's directive is its first statement: looked up in the tree, not searched for in the text.
    const checkServerSignOuts = hasDirective(sourceCode.ast.body, "use client") && mayNameServerSignOut(sourceCode.text);
    // A `"use server"` module runs on the server, where these browser APIs don't exist.
    if ((!checkDeletions && !checkServerSignOuts) || hasDirective(sourceCode.ast.body, "use server")) return {};
    const settings = parseSettings(context.settings);
    const logoutPath = getLogoutNavigationPath(settings.logoutPaths);
    let resolvers: ClientCookieResolvers | null = null;
    const getResolvers = (): ClientCookieResolvers => (resolvers ??= createSourceResolvers(sourceCode));

    // `isSessionCookieName` matches names against `*` patterns: the allow-list takes the same form.
    const isAllowed = ({ cookieName }: ClientCookieDeletion) => cookieName !== null && isSessionCookieName(cookieName, allowCookies);

    // A const, not a hoisted declaration: files stopped by the gate above never make it.
    const check = (node: TSESTree.CallExpression | TSESTree.AssignmentExpression): void => {
      const deletion = getClientCookieDeletion(node, getResolvers());
      if (!deletion) return;
      const { cookieName, api } = deletion;
      if (isAllowed(deletion)) return;
      // A session cookie anywhere; any cookie in a function that clearly logs out.
      const isSession = cookieName !== null && isSessionCookieName(cookieName, settings.sessionCookies);
      const logoutFunction = findLogoutFunction(node);
      if (!isSession && !logoutFunction) return;
      const cookie = cookieName === null ? "a cookie" : `\`${cookieName}\``;
      const what = api === "document.cookie" ? `Expiring ${cookie} through \`document.cookie\`` : `Deleting ${cookie} with \`${api}\``;
      const data = { what, logoutPath };
      const edits = getClientLogoutEdits(sourceCode.text, deletion, logoutFunction, getResolvers(), logoutPath, isAllowed);
      context.report({
        node,
        messageId: "clientCookieDeletion",
        data,
        suggest: edits
          ? [
              {
                messageId: logoutFunction ? "suggestLogoutFunctionNavigation" : "suggestLogoutNavigation",
                data,
                fix: toFix(sourceCode.text, withUnusedBindingsRemoved(sourceCode, edits)),
              },
            ]
          : [],
      });
    };

    return {
      Program(program) {
        if (!checkServerSignOuts) return;
        for (const { node, name, source } of findServerOnlySignOuts(program, context.filename)) {
          context.report({ node, messageId: "serverSignOutInClient", data: { name, source, logoutPath } });
        }
      },
      ...(checkDeletions ? { CallExpression: check, AssignmentExpression: check } : {}),
    };
  },
});

