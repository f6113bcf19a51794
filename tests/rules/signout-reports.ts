// Expected reports shared by require-refresh-after-signout's suites.

/**
 * The one report on the `router.push("/login")` at `line` (column 5), after `signOut`, with both suggestions: a
 * full page load that takes the now unused router with it, and `router.refresh()` after the push.
 */
export function reportedPush(code: string, signOut: string, line: number) {
  const data = { navigation: "router.push", signOut, router: "router" };
  return [
    {
      messageId: "softNavigationAfterSignOut" as const,
      data,
      line,
      column: 5,
      endLine: line,
      endColumn: 26,
      suggestions: [
        {
          messageId: "suggestFullPageLoad" as const,
          data,
          output: code
            .replace('router.push("/login");', 'window.location.replace("/login");')
            .replace('import { useRouter } from "next/navigation";\n', "")
            .replace("  const router = useRouter();\n", ""),
        },
        { messageId: "suggestRefresh" as const, data, output: code.replace('router.push("/login");', 'router.push("/login");\n    router.refresh();') },
      ],
    },
  ];
}
