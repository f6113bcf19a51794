// no-link-to-logout on router methods taken from the router by destructuring, renamed or not: next/navigation's
// router (with the window.location suggestion, which removes what it leaves unused) and next-intl's (reported
// without one, since window.location would drop the locale).
import { afterAll } from "vitest";
import rule from "../../rules/no-link-to-logout.ts";
import { ruleTester, withEspree } from "../rule-tester.ts";
import { removeTrees } from "../src/helpers.ts";
import { PAGE } from "./cross-file-app.ts";

afterAll(removeTrees);

const ROUTER = '"use client";\nimport { useRouter } from "next/navigation";\n';
const INTL_ROUTER = '"use client";\nimport { useRouter } from "@/i18n/navigation";\n';

ruleTester.run("no-link-to-logout: destructured methods of the App Router's router", rule, {
  valid: withEspree([
    {
      name: "a destructured push to an ordinary page",
      filename: PAGE,
      code: `${ROUTER}export function useGoHome() {\n  const { push } = useRouter();\n  return () => push("/dashboard");\n}\n`,
    },
    {
      name: "push destructured from a hook that isn't a router",
      filename: PAGE,
      code: 'import { useHistoryStack } from "@/lib/history";\nexport function useOut() {\n  const { push } = useHistoryStack();\n  return () => push("/logout");\n}\n',
    },
    {
      name: "push destructured from another package's useRouter",
      filename: PAGE,
      code: 'import { useRouter } from "expo-router";\nexport function useOut() {\n  const { push } = useRouter();\n  return () => push("/logout");\n}\n',
    },
    {
      name: "refresh, which is no navigation, destructured beside push",
      filename: PAGE,
      code: `${ROUTER}export function useReload() {\n  const { push, refresh } = useRouter();\n  return () => (refresh("/logout"), push("/"));\n}\n`,
    },
  ]),
  invalid: withEspree([
    {
      name: "a destructured push: the suggestion removes the destructuring and the import",
      filename: PAGE,
      code: `${ROUTER}export function useLogout() {\n  const { push } = useRouter();\n  return () => push("/logout");\n}\n`,
      output: null,
      errors: [
        {
          messageId: "routerToLogout",
          data: { callee: "push", url: "/logout" },
          line: 5,
          column: 16,
          endLine: 5,
          endColumn: 31,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              data: { callee: "push", url: "/logout" },
              output: '"use client";\nexport function useLogout() {\n  return () => window.location.replace("/logout");\n}\n',
            },
          ],
        },
      ],
    },
    {
      name: "push beside a method that stays: only push leaves the pattern",
      filename: PAGE,
      code: `${ROUTER}export function useLogout() {\n  const { push, refresh } = useRouter();\n  return () => {\n    push("/logout");\n    refresh();\n  };\n}\n`,
      output: null,
      errors: [
        {
          messageId: "routerToLogout",
          data: { callee: "push", url: "/logout" },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 20,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              output: `${ROUTER}export function useLogout() {\n  const { refresh } = useRouter();\n  return () => {\n    window.location.replace("/logout");\n    refresh();\n  };\n}\n`,
            },
          ],
        },
      ],
    },
    {
      name: "a renamed replace after the method that stays, with a default",
      filename: PAGE,
      code: `${ROUTER}export function useLogout() {\n  const { back, replace: go = () => {} } = useRouter();\n  return [back, () => go("/api/auth/logout", { scroll: false })];\n}\n`,
      output: null,
      errors: [
        {
          messageId: "routerToLogout",
          data: { callee: "go", url: "/api/auth/logout" },
          line: 5,
          column: 23,
          endLine: 5,
          endColumn: 64,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              output: `${ROUTER}export function useLogout() {\n  const { back } = useRouter();\n  return [back, () => window.location.replace("/api/auth/logout")];\n}\n`,
            },
          ],
        },
      ],
    },
    {
      name: "a destructured prefetch: the suggestion removes the statement and the destructuring",
      filename: PAGE,
      code: `${ROUTER}import { useEffect } from "react";\nexport function usePrefetchAccount() {\n  const { prefetch } = useRouter();\n  useEffect(() => {\n    prefetch("/logout");\n  });\n}\n`,
      output: null,
      errors: [
        {
          messageId: "prefetchOfLogout",
          data: { callee: "prefetch", url: "/logout" },
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 24,
          suggestions: [
            {
              messageId: "suggestRemovePrefetch",
              output: '"use client";\nimport { useEffect } from "react";\nexport function usePrefetchAccount() {\n  useEffect(() => {\n  });\n}\n',
            },
          ],
        },
      ],
    },
    {
      name: "a destructured replace: `window.location.replace` is no use of the name",
      filename: PAGE,
      code: `${ROUTER}export function useLogout() {\n  const { replace } = useRouter();\n  return () => replace("/logout");\n}\n`,
      output: null,
      errors: [
        {
          messageId: "routerToLogout",
          data: { callee: "replace", url: "/logout" },
          line: 5,
          column: 16,
          endLine: 5,
          endColumn: 34,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              output: '"use client";\nexport function useLogout() {\n  return () => window.location.replace("/logout");\n}\n',
            },
          ],
        },
      ],
    },
    {
      name: "a rest element would keep push in the pattern, unused: no suggestion",
      filename: PAGE,
      code: `${ROUTER}export function useLogout() {\n  const { push, ...router } = useRouter();\n  return () => (push("/logout"), router.refresh());\n}\n`,
      output: null,
      errors: [{ messageId: "routerToLogout", data: { callee: "push", url: "/logout" }, line: 5, column: 17, endLine: 5, endColumn: 32, suggestions: [] }],
    },
    {
      name: "push used elsewhere too: the suggestion replaces only the call",
      filename: PAGE,
      code: `${ROUTER}export function useLinks() {\n  const { push } = useRouter();\n  return [() => push("/settings"), () => push("/logout")];\n}\n`,
      output: null,
      errors: [
        {
          messageId: "routerToLogout",
          data: { callee: "push", url: "/logout" },
          line: 5,
          column: 42,
          endLine: 5,
          endColumn: 57,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              output: `${ROUTER}export function useLinks() {\n  const { push } = useRouter();\n  return [() => push("/settings"), () => window.location.replace("/logout")];\n}\n`,
            },
          ],
        },
      ],
    },
  ]),
});

ruleTester.run("no-link-to-logout: destructured next-intl router methods", rule, {
  valid: [
    {
      name: "next-intl's destructured push to an ordinary page",
      filename: PAGE,
      code: `${INTL_ROUTER}export function useGoHome() {\n  const { push: go } = useRouter();\n  return () => go("/settings");\n}\n`,
    },
  ],
  invalid: [
    {
      name: "next-intl's useRouter from the project's navigation module, push taken renamed: no suggestion",
      filename: PAGE,
      code: `${INTL_ROUTER}export function useLogout() {\n  const { push: go } = useRouter();\n  return () => go("/logout");\n}\n`,
      errors: [{ messageId: "intlRouterToLogout", data: { callee: "go", url: "/logout" }, line: 5, column: 16, endLine: 5, endColumn: 29, suggestions: [] }],
    },
    {
      name: "through a re-exporting module and a renamed hook, replace taken as is",
      filename: PAGE,
      code: '"use client";\nimport { useRouter as useLocaleRouter } from "@/i18n";\nexport function useLogout() {\n  const { replace } = useLocaleRouter();\n  return () => replace("/api/auth/logout");\n}\n',
      errors: [{ messageId: "intlRouterToLogout", data: { callee: "replace", url: "/api/auth/logout" }, line: 5, column: 16, suggestions: [] }],
    },
    {
      name: "next-intl's destructured prefetch can still be removed",
      filename: PAGE,
      code: '"use client";\nimport { useLegacyRouter } from "@/i18n/legacy-navigation";\nexport function usePrefetch() {\n  const { prefetch } = useLegacyRouter();\n  prefetch("/logout");\n}\n',
      errors: [
        {
          messageId: "prefetchOfLogout",
          data: { callee: "prefetch", url: "/logout" },
          line: 5,
          column: 3,
          suggestions: [{ messageId: "suggestRemovePrefetch", output: '"use client";\nexport function usePrefetch() {\n}\n' }],
        },
      ],
    },
  ],
});
