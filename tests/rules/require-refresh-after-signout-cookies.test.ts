import * as typescriptParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import rule, { type Options } from "../../rules/require-refresh-after-signout.ts";
import plugin from "../../src/index.ts";
import { fixtureFile, ruleTester, withEspree } from "../rule-tester.ts";

// A client-side deletion of a session cookie, then a soft navigation. One report per problem:
// no-client-cookie-deletion reports a deletion of a session cookie, and its suggestion replaces the deletion and the
// navigation with one full page load. This rule reports the navigation only after the deletion of a cookie the app
// manages in the browser (`clientSessionCookies`, the cookies no-client-cookie-deletion's `allowCookies` lets
// through), and offers no suggestion when a deletion that rule reports would make a second fix of the navigation.
const filename = fixtureFile("server-actions", "components/account-menu.tsx");

/** A component whose `name` handler runs `body`, after js-cookie, cookies-next and better-auth's client. */
function component(name: string, body: readonly string[]): string {
  return (
    '"use client";\nimport Cookies from "js-cookie";\nimport { deleteCookie } from "cookies-next";\nimport { useRouter } from "next/navigation";\n' +
    'import { authClient } from "@/lib/auth-client";\nexport function AccountMenu() {\n  const router = useRouter();\n' +
    `  async function ${name}() {\n${body.map((line) => `    ${line}\n`).join("")}  }\n  return <button onClick={${name}}>Menu</button>;\n}\n`
  );
}

const tokenThenPush = component("handleClick", ['Cookies.remove("token");', 'router.push("/login");']);
const CLIENT_TOKEN: Options = [{ clientSessionCookies: ["token", "app_*"] }];

/** The report on the navigation at line 10 after a client-managed cookie's deletion, with both suggestions. */
function afterDeletion(code: string, navigation: string, deletion: string, target: string, endColumn: number) {
  const data = { navigation, deletion, router: "router" };
  const call = `${navigation}(${target});`;
  return [
    {
      messageId: "softNavigationAfterCookieDeletion" as const,
      data,
      line: 10,
      column: 5,
      endLine: 10,
      endColumn,
      suggestions: [
        {
          messageId: "suggestFullPageLoad" as const,
          data,
          output: code
            .replace(call, `window.location.replace(${target});`)
            .replace('import { useRouter } from "next/navigation";\n', "")
            .replace("  const router = useRouter();\n", ""),
        },
        { messageId: "suggestRefresh" as const, data, output: code.replace(call, `${call}\n    router.refresh();`) },
      ],
    },
  ];
}

const appCookie = component("handleClick", ['document.cookie = "app_jwt=; Max-Age=0; path=/";', 'router.replace("/");']);

ruleTester.run("require-refresh-after-signout: a client cookie deletion, then a soft navigation", rule, {
  valid: withEspree([
    { name: "a session cookie's deletion: no-client-cookie-deletion reports it, and fixes the navigation with it", filename, code: tokenThenPush },
    { name: "cookies-next's deleteCookie() of the auth cookie, likewise", filename, code: component("handleClick", ['deleteCookie("auth_token");', 'router.push("/login");']) },
    { name: "a cookie clientSessionCookies doesn't name", filename, code: component("handleClick", ['Cookies.remove("theme");', 'router.push("/");']), options: CLIENT_TOKEN },
    { name: "a client-managed cookie's deletion, then a full page load", filename, code: component("handleClick", ['Cookies.remove("token");', 'window.location.replace("/login");']), options: CLIENT_TOKEN },
    { name: "a client-managed cookie's deletion, then router.refresh()", filename, code: component("handleClick", ['Cookies.remove("token");', 'router.push("/login");', "router.refresh();"]), options: CLIENT_TOKEN },
    { name: "the deletion after the navigation", filename, code: component("handleClick", ['router.push("/login");', 'Cookies.remove("token");']), options: CLIENT_TOKEN },
  ]),
  invalid: withEspree([
    {
      name: "js-cookie's Cookies.remove() of a client-managed cookie, then router.push()",
      filename,
      code: tokenThenPush,
      options: CLIENT_TOKEN,
      errors: afterDeletion(tokenThenPush, "router.push", "deleting `token` with `Cookies.remove()`", '"/login"', 26),
    },
    {
      name: "document.cookie expiring a client-managed cookie (a pattern), then router.replace()",
      filename,
      code: appCookie,
      options: CLIENT_TOKEN,
      errors: afterDeletion(appCookie, "router.replace", "expiring `app_jwt` through `document.cookie`", '"/"', 24),
    },
    {
      name: "a library sign-out and a cookie deletion no-client-cookie-deletion reports: no competing suggestion",
      filename,
      code: component("handleLogout", ["await authClient.signOut();", 'Cookies.remove("theme");', 'router.push("/login");']),
      errors: [
        {
          messageId: "softNavigationAfterSignOut",
          data: { navigation: "router.push", signOut: "authClient.signOut", router: "router" },
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },
    {
      name: "a session cookie deleted after the navigation: no-client-cookie-deletion's suggestion moves the navigation too",
      filename,
      code: component("handleClick", ["await authClient.signOut();", 'router.push("/login");', 'Cookies.remove("session");']),
      errors: [
        {
          messageId: "softNavigationAfterSignOut",
          data: { navigation: "router.push", signOut: "authClient.signOut", router: "router" },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },
  ]),
});

describe("beside no-client-cookie-deletion", () => {
  const linter = new Linter({ configType: "flat" });
  const configWith = (rules: Linter.RulesRecord): Linter.Config[] => [
    {
      files: ["**/*.tsx"],
      languageOptions: { parser: typescriptParser, parserOptions: { ecmaFeatures: { jsx: true } } },
      plugins: { "next-logout": plugin },
      rules,
    },
  ];
  const reports = (rules: Linter.RulesRecord) =>
    linter.verify(tokenThenPush, configWith(rules), filename).map(({ ruleId, line, suggestions }) => ({ ruleId, line, suggestions: suggestions?.length ?? 0 }));

  it("by default, one report: the deletion's, whose suggestion replaces the deletion and the push", () => {
    const rules = { "next-logout/no-client-cookie-deletion": "error", "next-logout/require-refresh-after-signout": "error" } as const;
    expect(reports(rules)).toEqual([{ ruleId: "next-logout/no-client-cookie-deletion", line: 9, suggestions: 1 }]);
    const [deletion] = linter.verify(tokenThenPush, configWith(rules), filename);
    const { range, text } = deletion!.suggestions![0]!.fix;
    expect(linter.verify(`${tokenThenPush.slice(0, range[0])}${text}${tokenThenPush.slice(range[1])}`, configWith(rules), filename)).toEqual([]);
  });

  it("with the cookie allowed there and named here, one report: the navigation's", () => {
    expect(
      reports({
        "next-logout/no-client-cookie-deletion": ["error", { allowCookies: ["token"] }],
        "next-logout/require-refresh-after-signout": ["error", { clientSessionCookies: ["token"] }],
      }),
    ).toEqual([{ ruleId: "next-logout/require-refresh-after-signout", line: 10, suggestions: 2 }]);
  });
});
