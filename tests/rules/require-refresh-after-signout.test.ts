import rule from "../../rules/require-refresh-after-signout.ts";
import { ruleTester, withEspree } from "../rule-tester.ts";

const filename = "components/sign-out-button.tsx";

const ROUTER = '"use client";\nimport { useRouter } from "next/navigation";\n';
const NEXT_AUTH = `${ROUTER}import { signOut } from "next-auth/react";\n`;
const AUTH_CLIENT = `${ROUTER}import { authClient } from "@/lib/auth-client";\n`;
const SUPABASE = `${ROUTER}import { supabase } from "@/lib/supabase/client";\n`;
const NEXT_AUTH_ALIAS = `${ROUTER}import { signOut as logOut } from "next-auth/react";\n`;
const NEXT_AUTH_NAMESPACE = `${ROUTER}import * as NextAuth from "next-auth/react";\n`;
const AUTH_HELPERS = `${ROUTER}import { createClientComponentClient } from "@supabase/auth-helpers-nextjs";\n`;
const NAVIGATION_NAMESPACE = '"use client";\nimport * as navigation from "next/navigation";\nimport { authClient } from "@/lib/auth-client";\n';
const PAGES_ROUTER = '"use client";\nimport { useRouter } from "next/router";\nimport { authClient } from "@/lib/auth-client";\n';
const ROUTER_SINGLETON = '"use client";\nimport Router from "next/router";\nimport { authClient } from "@/lib/auth-client";\n';

/** A sign-out button: `imports`, then a component whose click handler runs `body`, one line each, indented by four. */
function button(imports: string, body: readonly string[], hook = "const router = useRouter();"): string {
  return (
    `${imports}export function SignOutButton() {\n  ${hook}\n  async function handleSignOut() {\n` +
    body.map((line) => `    ${line}\n`).join("") +
    "  }\n  return <button onClick={handleSignOut}>Sign out</button>;\n}\n"
  );
}

/**
 * `code` without the router it no longer uses: the full-page-load suggestion also removes `const router =
 * useRouter()` and its import when the navigation was their last use.
 */
function withoutRouter(code: string): string {
  const withoutHookImport = code.replace(/^import (\{ useRouter \}|\* as navigation) from "next\/(navigation|router)";\n/m, "");
  if (withoutHookImport === code) return code.replace(/^import Router from "next\/router";\n/m, "");
  return withoutHookImport.replace(/^ {2}const (router|nav|\{ push \}) = (navigation\.)?useRouter\(\);\n/m, "");
}

/** `code` in single quotes and without semicolons at the ends of lines. */
function singleQuotedWithoutSemicolons(code: string): string {
  return code.replaceAll('"', "'").replaceAll(";\n", "\n");
}

function withCrlf(code: string): string {
  return code.replaceAll("\n", "\r\n");
}

/** The report's data, which its suggestions share. */
function data(signOut: string, navigation = "router.push", router = "router") {
  return { navigation, signOut, router };
}

ruleTester.run("require-refresh-after-signout", rule, {
  valid: withEspree([
    {
      name: "next-auth's signOut() navigates by itself",
      filename,
      code: button(NEXT_AUTH, ["await signOut();", 'router.push("/login");']),
    },
    {
      name: "next-auth's signOut({ redirect: true })",
      filename,
      code: button(NEXT_AUTH, ['await signOut({ redirect: true, callbackUrl: "/login" });', 'router.push("/login");']),
    },
    {
      name: "router.refresh() after the push",
      filename,
      code: button(NEXT_AUTH, ["await signOut({ redirect: false });", 'router.push("/login");', "router.refresh();"]),
    },
    {
      name: "a destructured refresh() after the push",
      filename,
      code: button(AUTH_CLIENT, ["await authClient.signOut();", 'push("/login");', "refresh();"], "const { push, refresh } = useRouter();"),
    },
    {
      name: "window.location.href instead of the router",
      filename,
      code: button(SUPABASE, ["await supabase.auth.signOut();", 'window.location.href = "/login";']),
    },
    {
      name: "location.reload() after the push",
      filename,
      code: button(SUPABASE, ["await supabase.auth.signOut();", 'router.replace("/login");', "location.reload();"]),
    },
    {
      name: "a full page load on another branch of the same function",
      filename,
      code: button(SUPABASE, [
        "const { error } = await supabase.auth.signOut();",
        'if (error) return router.push("/error");',
        'window.location.replace("/login");',
      ]),
    },
    {
      name: "a navigation before the sign-out",
      filename,
      code: button(AUTH_CLIENT, ['router.push("/login");', "await authClient.signOut();"]),
    },
    {
      name: "a navigation after something that is no sign-out",
      filename,
      code: button(ROUTER, ["await saveProfile();", 'router.push("/profile");']),
    },
    {
      name: "a fetch of a path that is no logout path",
      filename,
      code: button(ROUTER, ['await fetch("/api/profile", { method: "POST" });', 'router.push("/profile");']),
    },
    {
      name: "a local function named fetch",
      filename,
      code: button(ROUTER, ["const fetch = createFetch();", 'await fetch("/api/auth/logout");', 'router.push("/login");']),
    },
    {
      name: "a file that imports no router",
      filename,
      code:
        'import { authClient } from "@/lib/auth-client";\n' +
        'export async function signOutAndGo(router) {\n  await authClient.signOut();\n  router.push("/login");\n}\n',
    },
    {
      name: "router.prefetch after the sign-out",
      filename,
      code: button(AUTH_CLIENT, ["await authClient.signOut();", 'router.prefetch("/login");']),
    },
    {
      name: "a sign-out in a nested callback that never runs before the navigation",
      filename,
      code: button(AUTH_CLIENT, ["setTimeout(() => authClient.signOut(), 60_000);", 'router.push("/dashboard");']),
    },
    {
      name: "a navigation in a nested callback that is no promise callback",
      filename,
      code: button(AUTH_CLIENT, ["await authClient.signOut();", 'setTimeout(() => router.push("/login"), 100);']),
    },
    {
      name: "a .then() callback whose outer function refreshes",
      filename,
      code: button(AUTH_CLIENT, ['await authClient.signOut().then(() => router.push("/login"));', "router.refresh();"]),
    },
    {
      name: "a .then() callback on something that is no sign-out",
      filename,
      code: button(ROUTER, ['await saveProfile().then(() => router.push("/profile"));']),
    },
    {
      name: "logoutPaths replaces the default words",
      filename,
      settings: { "next-logout": { logoutPaths: ["/session/end"] } },
      code: button(ROUTER, ['await fetch("/api/auth/logout", { method: "POST" });', 'router.push("/login");']),
    },
  ]),
  invalid: withEspree([
    {
      name: "next-auth's signOut({ redirect: false }), then router.push",
      filename,
      code: button(NEXT_AUTH, ["await signOut({ redirect: false });", 'router.push("/login");']),
      errors: [
        {
          messageId: "softNavigationAfterSignOut",
          data: data("signOut"),
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 26,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              data: data("signOut"),
              output: withoutRouter(button(NEXT_AUTH, ["await signOut({ redirect: false });", 'window.location.replace("/login");'])),
            },
            {
              messageId: "suggestRefresh",
              data: data("signOut"),
              output: button(NEXT_AUTH, ["await signOut({ redirect: false });", 'router.push("/login");', "router.refresh();"]),
            },
          ],
        },
      ],
    },
    {
      name: "next-auth's signOut imported under another name",
      filename,
      code: button(NEXT_AUTH_ALIAS, ["await logOut({ redirect: false });", 'router.push("/login");']),
      errors: [
        {
          messageId: "softNavigationAfterSignOut",
          data: data("logOut"),
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 26,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              data: data("logOut"),
              output: withoutRouter(button(NEXT_AUTH_ALIAS, ["await logOut({ redirect: false });", 'window.location.replace("/login");'])),
            },
            {
              messageId: "suggestRefresh",
              data: data("logOut"),
              output: button(NEXT_AUTH_ALIAS, ["await logOut({ redirect: false });", 'router.push("/login");', "router.refresh();"]),
            },
          ],
        },
      ],
    },
    {
      name: "next-auth's signOut on a namespace import",
      filename,
      code: button(NEXT_AUTH_NAMESPACE, ['await NextAuth.signOut({ redirect: false, callbackUrl: "/login" });', 'router.push("/login");']),
      errors: [
        {
          messageId: "softNavigationAfterSignOut",
          data: data("NextAuth.signOut"),
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 26,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              data: data("NextAuth.signOut"),
              output: withoutRouter(button(NEXT_AUTH_NAMESPACE, [
                'await NextAuth.signOut({ redirect: false, callbackUrl: "/login" });',
                'window.location.replace("/login");',
              ])),
            },
            {
              messageId: "suggestRefresh",
              data: data("NextAuth.signOut"),
              output: button(NEXT_AUTH_NAMESPACE, [
                'await NextAuth.signOut({ redirect: false, callbackUrl: "/login" });',
                'router.push("/login");',
                "router.refresh();",
              ]),
            },
          ],
        },
      ],
    },
    {
      name: "a sign-out that is not awaited",
      filename,
      code: button(NEXT_AUTH, ["signOut({ redirect: false });", 'router.push("/login");']),
      errors: [
        {
          messageId: "softNavigationAfterSignOut",
          data: data("signOut"),
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 26,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              data: data("signOut"),
              output: withoutRouter(button(NEXT_AUTH, ["signOut({ redirect: false });", 'window.location.replace("/login");'])),
            },
            {
              messageId: "suggestRefresh",
              data: data("signOut"),
              output: button(NEXT_AUTH, ["signOut({ redirect: false });", 'router.push("/login");', "router.refresh();"]),
            },
          ],
        },
      ],
    },
    {
      name: "supabase.auth.signOut()",
      filename,
      code: button(SUPABASE, ["await supabase.auth.signOut();", 'router.push("/login");']),
      errors: [
        {
          messageId: "softNavigationAfterSignOut",
          data: data("supabase.auth.signOut"),
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 26,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              data: data("supabase.auth.signOut"),
              output: withoutRouter(button(SUPABASE, ["await supabase.auth.signOut();", 'window.location.replace("/login");'])),
            },
            {
              messageId: "suggestRefresh",
              data: data("supabase.auth.signOut"),
              output: button(SUPABASE, ["await supabase.auth.signOut();", 'router.push("/login");', "router.refresh();"]),
            },
          ],
        },
      ],
    },
    {
      name: "a sign-out whose result is destructured",
      filename,
      code: button(SUPABASE, ["const { error } = await supabase.auth.signOut();", "if (error) throw error;", 'router.push("/login");']),
      errors: [
        {
          messageId: "softNavigationAfterSignOut",
          data: data("supabase.auth.signOut"),
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 26,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              data: data("supabase.auth.signOut"),
              output: withoutRouter(button(SUPABASE, [
                "const { error } = await supabase.auth.signOut();",
                "if (error) throw error;",
                'window.location.replace("/login");',
              ])),
            },
            {
              messageId: "suggestRefresh",
              data: data("supabase.auth.signOut"),
              output: button(SUPABASE, [
                "const { error } = await supabase.auth.signOut();",
                "if (error) throw error;",
                'router.push("/login");',
                "router.refresh();",
              ]),
            },
          ],
        },
      ],
    },
    {
      name: "better-auth's authClient.signOut()",
      filename,
      code: button(AUTH_CLIENT, ["await authClient.signOut();", 'router.push("/login");']),
      errors: [
        {
          messageId: "softNavigationAfterSignOut",
          data: data("authClient.signOut"),
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 26,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              data: data("authClient.signOut"),
              output: withoutRouter(button(AUTH_CLIENT, ["await authClient.signOut();", 'window.location.replace("/login");'])),
            },
            {
              messageId: "suggestRefresh",
              data: data("authClient.signOut"),
              output: button(AUTH_CLIENT, ["await authClient.signOut();", 'router.push("/login");', "router.refresh();"]),
            },
          ],
        },
      ],
    },
    {
      name: "a long sign-out callee is shortened in the message",
      filename,
      code: button(AUTH_HELPERS, ["await createClientComponentClient().auth.signOut();", 'router.push("/login");']),
      errors: [
        {
          messageId: "softNavigationAfterSignOut",
          data: data("signOut"),
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 26,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              data: data("signOut"),
              output: withoutRouter(button(AUTH_HELPERS, ["await createClientComponentClient().auth.signOut();", 'window.location.replace("/login");'])),
            },
            {
              messageId: "suggestRefresh",
              data: data("signOut"),
              output: button(AUTH_HELPERS, ["await createClientComponentClient().auth.signOut();", 'router.push("/login");', "router.refresh();"]),
            },
          ],
        },
      ],
    },
    {
      name: "fetch() of a same-origin logout path",
      filename,
      code: button(ROUTER, ['await fetch("/api/auth/logout", { method: "POST" });', 'router.push("/login");']),
      errors: [
        {
          messageId: "softNavigationAfterSignOut",
          data: data("fetch"),
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 26,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              data: data("fetch"),
              output: withoutRouter(button(ROUTER, ['await fetch("/api/auth/logout", { method: "POST" });', 'window.location.replace("/login");'])),
            },
            {
              messageId: "suggestRefresh",
              data: data("fetch"),
              output: button(ROUTER, ['await fetch("/api/auth/logout", { method: "POST" });', 'router.push("/login");', "router.refresh();"]),
            },
          ],
        },
      ],
    },
    {
      name: "fetch() of a logout path on an origin known only at run time",
      filename,
      code: button(ROUTER, [
        'await fetch(`${process.env.NEXT_PUBLIC_API_URL}/auth/logout`, { method: "POST", credentials: "include" });',
        'router.push("/login");',
      ]),
      errors: [
        {
          messageId: "softNavigationAfterSignOut",
          data: data("fetch"),
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 26,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              data: data("fetch"),
              output: withoutRouter(button(ROUTER, [
                'await fetch(`${process.env.NEXT_PUBLIC_API_URL}/auth/logout`, { method: "POST", credentials: "include" });',
                'window.location.replace("/login");',
              ])),
            },
            {
              messageId: "suggestRefresh",
              data: data("fetch"),
              output: button(ROUTER, [
                'await fetch(`${process.env.NEXT_PUBLIC_API_URL}/auth/logout`, { method: "POST", credentials: "include" });',
                'router.push("/login");',
                "router.refresh();",
              ]),
            },
          ],
        },
      ],
    },
    {
      name: "fetch() of a logout path on another origin",
      filename,
      code: button(ROUTER, ['await fetch("https://auth.example.com/logout", { credentials: "include" });', 'router.push("/login");']),
      errors: [
        {
          messageId: "softNavigationAfterSignOut",
          data: data("fetch"),
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 26,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              data: data("fetch"),
              output: withoutRouter(button(ROUTER, [
                'await fetch("https://auth.example.com/logout", { credentials: "include" });',
                'window.location.replace("/login");',
              ])),
            },
            {
              messageId: "suggestRefresh",
              data: data("fetch"),
              output: button(ROUTER, [
                'await fetch("https://auth.example.com/logout", { credentials: "include" });',
                'router.push("/login");',
                "router.refresh();",
              ]),
            },
          ],
        },
      ],
    },
    {
      name: "window.fetch() of a logout path",
      filename,
      code: button(ROUTER, ['await window.fetch("/api/logout", { method: "POST" });', 'router.push("/login");']),
      errors: [
        {
          messageId: "softNavigationAfterSignOut",
          data: data("window.fetch"),
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 26,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              data: data("window.fetch"),
              output: withoutRouter(button(ROUTER, ['await window.fetch("/api/logout", { method: "POST" });', 'window.location.replace("/login");'])),
            },
            {
              messageId: "suggestRefresh",
              data: data("window.fetch"),
              output: button(ROUTER, ['await window.fetch("/api/logout", { method: "POST" });', 'router.push("/login");', "router.refresh();"]),
            },
          ],
        },
      ],
    },
    {
      name: "fetch() of a path matched by logoutPaths",
      filename,
      settings: { "next-logout": { logoutPaths: ["/session/end"] } },
      code: button(ROUTER, ['await fetch("/session/end", { method: "POST" });', 'router.push("/login");']),
      errors: [
        {
          messageId: "softNavigationAfterSignOut",
          data: data("fetch"),
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 26,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              data: data("fetch"),
              output: withoutRouter(button(ROUTER, ['await fetch("/session/end", { method: "POST" });', 'window.location.replace("/login");'])),
            },
            {
              messageId: "suggestRefresh",
              data: data("fetch"),
              output: button(ROUTER, ['await fetch("/session/end", { method: "POST" });', 'router.push("/login");', "router.refresh();"]),
            },
          ],
        },
      ],
    },
    {
      name: "a .then() callback chained on the sign-out; an expression body gets no refresh suggestion",
      filename,
      code: button(AUTH_CLIENT, ['return authClient.signOut().then(() => router.push("/login"));']),
      errors: [
        {
          messageId: "softNavigationAfterSignOut",
          data: data("authClient.signOut"),
          line: 7,
          column: 44,
          endLine: 7,
          endColumn: 65,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              data: data("authClient.signOut"),
              output: withoutRouter(button(AUTH_CLIENT, ['return authClient.signOut().then(() => window.location.replace("/login"));'])),
            },
          ],
        },
      ],
    },
    {
      name: "a .finally() callback further down the chain",
      filename,
      code: button(SUPABASE, ["await supabase.auth.signOut()", "  .then(clearCache)", "  .finally(() => {", '    router.push("/login");', "  });"]),
      errors: [
        {
          messageId: "softNavigationAfterSignOut",
          data: data("supabase.auth.signOut"),
          line: 10,
          column: 9,
          endLine: 10,
          endColumn: 30,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              data: data("supabase.auth.signOut"),
              output: withoutRouter(button(SUPABASE, [
                "await supabase.auth.signOut()",
                "  .then(clearCache)",
                "  .finally(() => {",
                '    window.location.replace("/login");',
                "  });",
              ])),
            },
            {
              messageId: "suggestRefresh",
              data: data("supabase.auth.signOut"),
              output: button(SUPABASE, [
                "await supabase.auth.signOut()",
                "  .then(clearCache)",
                "  .finally(() => {",
                '    router.push("/login");',
                "    router.refresh();",
                "  });",
              ]),
            },
          ],
        },
      ],
    },
    {
      name: "a navigation in a finally block after the sign-out",
      filename,
      code: button(AUTH_CLIENT, ["try {", "  await authClient.signOut();", "} finally {", '  router.push("/login");', "}"]),
      errors: [
        {
          messageId: "softNavigationAfterSignOut",
          data: data("authClient.signOut"),
          line: 10,
          column: 7,
          endLine: 10,
          endColumn: 28,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              data: data("authClient.signOut"),
              output: withoutRouter(button(AUTH_CLIENT, ["try {", "  await authClient.signOut();", "} finally {", '  window.location.replace("/login");', "}"])),
            },
            {
              messageId: "suggestRefresh",
              data: data("authClient.signOut"),
              output: button(AUTH_CLIENT, [
                "try {",
                "  await authClient.signOut();",
                "} finally {",
                '  router.push("/login");',
                "  router.refresh();",
                "}",
              ]),
            },
          ],
        },
      ],
    },
    {
      name: "router.replace is suggested as location.replace",
      filename,
      code: button(AUTH_CLIENT, ["await authClient.signOut();", 'router.replace("/login");']),
      errors: [
        {
          messageId: "softNavigationAfterSignOut",
          data: data("authClient.signOut", "router.replace"),
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 29,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              data: data("authClient.signOut", "router.replace"),
              output: withoutRouter(button(AUTH_CLIENT, ["await authClient.signOut();", 'window.location.replace("/login");'])),
            },
            {
              messageId: "suggestRefresh",
              data: data("authClient.signOut", "router.replace"),
              output: button(AUTH_CLIENT, ["await authClient.signOut();", 'router.replace("/login");', "router.refresh();"]),
            },
          ],
        },
      ],
    },
    {
      name: "an awaited push gets the refresh after its statement",
      filename,
      code: button(AUTH_CLIENT, ["await authClient.signOut();", 'await router.push("/login");']),
      errors: [
        {
          messageId: "softNavigationAfterSignOut",
          data: data("authClient.signOut"),
          line: 8,
          column: 11,
          endLine: 8,
          endColumn: 32,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              data: data("authClient.signOut"),
              output: withoutRouter(button(AUTH_CLIENT, ["await authClient.signOut();", 'await window.location.replace("/login");'])),
            },
            {
              messageId: "suggestRefresh",
              data: data("authClient.signOut"),
              output: button(AUTH_CLIENT, ["await authClient.signOut();", 'await router.push("/login");', "router.refresh();"]),
            },
          ],
        },
      ],
    },
    {
      name: "a router under another name",
      filename,
      code: button(AUTH_CLIENT, ["await authClient.signOut();", 'nav.push("/login");'], "const nav = useRouter();"),
      errors: [
        {
          messageId: "softNavigationAfterSignOut",
          data: data("authClient.signOut", "nav.push", "nav"),
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 23,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              data: data("authClient.signOut", "nav.push", "nav"),
              output: withoutRouter(button(AUTH_CLIENT, ["await authClient.signOut();", 'window.location.replace("/login");'], "const nav = useRouter();")),
            },
            {
              messageId: "suggestRefresh",
              data: data("authClient.signOut", "nav.push", "nav"),
              output: button(AUTH_CLIENT, ["await authClient.signOut();", 'nav.push("/login");', "nav.refresh();"], "const nav = useRouter();"),
            },
          ],
        },
      ],
    },
    {
      name: "useRouter through a namespace import",
      filename,
      code: button(NAVIGATION_NAMESPACE, ["await authClient.signOut();", 'router.push("/login");'], "const router = navigation.useRouter();"),
      errors: [
        {
          messageId: "softNavigationAfterSignOut",
          data: data("authClient.signOut"),
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 26,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              data: data("authClient.signOut"),
              output: withoutRouter(button(NAVIGATION_NAMESPACE, [
                "await authClient.signOut();",
                'window.location.replace("/login");',
              ], "const router = navigation.useRouter();")),
            },
            {
              messageId: "suggestRefresh",
              data: data("authClient.signOut"),
              output: button(NAVIGATION_NAMESPACE, [
                "await authClient.signOut();",
                'router.push("/login");',
                "router.refresh();",
              ], "const router = navigation.useRouter();"),
            },
          ],
        },
      ],
    },
    {
      name: "a destructured push gets only the location suggestion",
      filename,
      code: button(AUTH_CLIENT, ["await authClient.signOut();", 'push("/login");'], "const { push } = useRouter();"),
      errors: [
        {
          messageId: "softNavigationAfterSignOut",
          data: data("authClient.signOut", "push"),
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 19,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              data: data("authClient.signOut", "push"),
              output: withoutRouter(button(AUTH_CLIENT, ["await authClient.signOut();", 'window.location.replace("/login");'], "const { push } = useRouter();")),
            },
          ],
        },
      ],
    },
    {
      name: "a target known only at run time gets only the refresh suggestion",
      filename,
      code: button(AUTH_CLIENT, ["await authClient.signOut();", "router.push(getLoginUrl());"]),
      errors: [
        {
          messageId: "softNavigationAfterSignOut",
          data: data("authClient.signOut"),
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 31,
          suggestions: [
            {
              messageId: "suggestRefresh",
              data: data("authClient.signOut"),
              output: button(AUTH_CLIENT, ["await authClient.signOut();", "router.push(getLoginUrl());", "router.refresh();"]),
            },
          ],
        },
      ],
    },
    {
      name: "statements without semicolons",
      filename,
      code: button(AUTH_CLIENT, ["await authClient.signOut()", 'router.push("/login")']),
      errors: [
        {
          messageId: "softNavigationAfterSignOut",
          data: data("authClient.signOut"),
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 26,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              data: data("authClient.signOut"),
              output: withoutRouter(button(AUTH_CLIENT, ["await authClient.signOut()", 'window.location.replace("/login")'])),
            },
            {
              messageId: "suggestRefresh",
              data: data("authClient.signOut"),
              output: button(AUTH_CLIENT, ["await authClient.signOut()", 'router.push("/login")', "router.refresh()"]),
            },
          ],
        },
      ],
    },
    {
      // next/router's router has no refresh(): only the full page load is suggested.
      name: "useRouter from next/router",
      filename,
      code: button(PAGES_ROUTER, ["await authClient.signOut();", 'router.push("/login");']),
      errors: [
        {
          messageId: "softNavigationAfterSignOut",
          data: data("authClient.signOut"),
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 26,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              data: data("authClient.signOut"),
              output: withoutRouter(button(PAGES_ROUTER, ["await authClient.signOut();", 'window.location.replace("/login");'])),
            },
          ],
        },
      ],
    },
    {
      name: "the next/router singleton with a static URL object",
      filename,
      code: button(ROUTER_SINGLETON, ["await authClient.signOut();", 'Router.push({ pathname: "/login", query: { reason: "signed-out" } });']),
      errors: [
        {
          messageId: "softNavigationAfterSignOut",
          data: data("authClient.signOut", "Router.push", "Router"),
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 73,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              data: data("authClient.signOut", "Router.push", "Router"),
              output: withoutRouter(button(ROUTER_SINGLETON, ["await authClient.signOut();", 'window.location.replace("/login?reason=signed-out");'])),
            },
          ],
        },
      ],
    },
    {
      name: "a URL object in a single-quoted file without semicolons becomes a single-quoted string",
      filename,
      code: singleQuotedWithoutSemicolons(button(ROUTER_SINGLETON, ["await authClient.signOut();", 'Router.push({ pathname: "/login" });'])),
      errors: [
        {
          messageId: "softNavigationAfterSignOut",
          data: data("authClient.signOut", "Router.push", "Router"),
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 40,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              data: data("authClient.signOut", "Router.push", "Router"),
              output: singleQuotedWithoutSemicolons(withoutRouter(button(ROUTER_SINGLETON, ["await authClient.signOut();", 'window.location.replace("/login");']))),
            },
          ],
        },
      ],
    },
    {
      name: "in a CRLF file, router.refresh() goes on a CRLF line of its own",
      filename,
      code: withCrlf(button(NEXT_AUTH, ["await signOut({ redirect: false });", 'router.push("/login");'])),
      errors: [
        {
          messageId: "softNavigationAfterSignOut",
          data: data("signOut"),
          line: 8,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              data: data("signOut"),
              output: withCrlf(withoutRouter(button(NEXT_AUTH, ["await signOut({ redirect: false });", 'window.location.replace("/login");']))),
            },
            {
              messageId: "suggestRefresh",
              data: data("signOut"),
              output: withCrlf(button(NEXT_AUTH, ["await signOut({ redirect: false });", 'router.push("/login");', "router.refresh();"])),
            },
          ],
        },
      ],
    },
  ]),
});

const TYPED_ROUTES = `${AUTH_CLIENT}import type { Route } from "next";\n`;
const APP_ROUTER_TYPE = `${AUTH_CLIENT}import type { AppRouterInstance } from "next/dist/shared/lib/app-router-context.shared-runtime";\n`;

ruleTester.run("require-refresh-after-signout (TypeScript)", rule, {
  valid: [
    {
      name: "a typed router that refreshes",
      filename,
      code: button(
        APP_ROUTER_TYPE,
        ["await authClient.signOut();", 'router.push("/login");', "router.refresh();"],
        "const router: AppRouterInstance = useRouter();",
      ),
    },
  ],
  invalid: [
    {
      name: "a typed route keeps its cast in the location suggestion",
      filename,
      code: button(TYPED_ROUTES, ["await authClient.signOut();", 'router.push("/login" as Route);']),
      errors: [
        {
          messageId: "softNavigationAfterSignOut",
          data: data("authClient.signOut"),
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 35,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              data: data("authClient.signOut"),
              output: withoutRouter(button(TYPED_ROUTES, ["await authClient.signOut();", 'window.location.replace("/login" as Route);'])),
            },
            {
              messageId: "suggestRefresh",
              data: data("authClient.signOut"),
              output: button(TYPED_ROUTES, ["await authClient.signOut();", 'router.push("/login" as Route);', "router.refresh();"]),
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run("require-refresh-after-signout (callbacks)", rule, {
  valid: withEspree([
    {
      name: "a navigation in .catch() runs when the sign-out failed",
      filename,
      code: button(AUTH_CLIENT, ['authClient.signOut().catch(() => router.push("/error"));']),
    },
    {
      name: "a navigation in .then()'s rejection handler runs when the sign-out failed",
      filename,
      code: button(AUTH_CLIENT, ['authClient.signOut().then(undefined, () => router.push("/error"));']),
    },
  ]),
  invalid: withEspree([
    {
      name: "better-auth's onSuccess callback in the sign-out's options",
      filename,
      code: button(AUTH_CLIENT, ['await authClient.signOut({ fetchOptions: { onSuccess: () => router.push("/login") } });']),
      errors: [
        {
          messageId: "softNavigationAfterSignOut",
          data: data("authClient.signOut"),
          line: 7,
          column: 65,
          endLine: 7,
          endColumn: 86,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              data: data("authClient.signOut"),
              output: withoutRouter(button(AUTH_CLIENT, ['await authClient.signOut({ fetchOptions: { onSuccess: () => window.location.replace("/login") } });'])),
            },
          ],
        },
      ],
    },
    {
      name: "a sign-out written over two lines is named on one line",
      filename,
      code: button(SUPABASE, ["await supabase.auth", "  .signOut();", 'router.replace("/");', "return;"]),
      errors: [
        {
          messageId: "softNavigationAfterSignOut",
          data: data("supabase.auth.signOut", "router.replace"),
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 24,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              data: data("supabase.auth.signOut", "router.replace"),
              output: withoutRouter(button(SUPABASE, ["await supabase.auth", "  .signOut();", 'window.location.replace("/");', "return;"])),
            },
            {
              messageId: "suggestRefresh",
              data: data("supabase.auth.signOut", "router.replace"),
              output: button(SUPABASE, ["await supabase.auth", "  .signOut();", 'router.replace("/");', "router.refresh();", "return;"]),
            },
          ],
        },
      ],
    },
  ]),
});
