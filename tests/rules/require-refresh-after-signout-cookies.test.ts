import * as typescriptParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import rule from "../../rules/require-refresh-after-signout.ts";
import plugin from "../../src/index.ts";
import { fixtureFile, ruleTester, withEspree } from "../rule-tester.ts";

// A client-side deletion of the session cookie, then a soft navigation: the push keeps the signed-in layouts.
// no-client-cookie-deletion reports the deletion, and its suggestion replaces the deletion and the push with one
// full page load; this rule points at the deletion and offers no fix of its own, so the two never compete.
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

ruleTester.run("require-refresh-after-signout: a client cookie deletion, then a soft navigation", rule, {
  valid: withEspree([
    { name: "a cookie that is no session cookie, outside a logout function", filename, code: component("handleClick", ['Cookies.remove("theme");', 'router.push("/");']) },
    {
      name: "a cookie that is no session cookie in a logout function, and no sign-out: no sign-out is known",
      filename,
      code: component("handleLogout", ['Cookies.remove("theme");', 'router.push("/login");']),
    },
    { name: "the session cookie's deletion, then a full page load", filename, code: component("handleClick", ['Cookies.remove("token");', 'window.location.replace("/login");']) },
    { name: "the session cookie's deletion, then router.refresh()", filename, code: component("handleClick", ['Cookies.remove("token");', 'router.push("/login");', "router.refresh();"]) },
    { name: "the deletion after the navigation", filename, code: component("handleClick", ['router.push("/login");', 'Cookies.remove("token");']) },
    {
      name: "a deletion that the sessionCookies setting doesn't name",
      filename,
      code: tokenThenPush,
      settings: { "next-logout": { sessionCookies: ["sid"] } },
    },
  ]),
  invalid: withEspree([
    {
      name: "js-cookie's Cookies.remove() of the session cookie, then router.push()",
      filename,
      code: tokenThenPush,
      errors: [
        {
          messageId: "softNavigationAfterCookieDeletion",
          data: { navigation: "router.push", deletion: "deleting `token` with `Cookies.remove()`" },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },
    {
      name: "document.cookie expiring the session cookie, then router.replace()",
      filename,
      code: component("handleClick", ['document.cookie = "session=; Max-Age=0; path=/";', 'router.replace("/");']),
      errors: [
        {
          messageId: "softNavigationAfterCookieDeletion",
          data: { navigation: "router.replace", deletion: "expiring `session` through `document.cookie`" },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 24,
          suggestions: [],
        },
      ],
    },
    {
      name: "cookies-next's deleteCookie() of the auth cookie, then router.push()",
      filename,
      code: component("handleClick", ['deleteCookie("auth_token");', 'router.push("/login");']),
      errors: [
        {
          messageId: "softNavigationAfterCookieDeletion",
          data: { navigation: "router.push", deletion: "deleting `auth_token` with `deleteCookie()`" },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },
    {
      name: "cookieStore.delete() of the session cookie, then router.push()",
      filename,
      code: component("handleClick", ['await cookieStore.delete("sid");', 'router.push("/login");']),
      errors: [
        {
          messageId: "softNavigationAfterCookieDeletion",
          data: { navigation: "router.push", deletion: "deleting `sid` with `cookieStore.delete()`" },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },
    {
      name: "a library sign-out and a cookie deletion in a logout function: reported, the fix left to no-client-cookie-deletion",
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
  ]),
});

describe("with no-client-cookie-deletion on too", () => {
  const linter = new Linter({ configType: "flat" });
  const config: Linter.Config[] = [
    {
      files: ["**/*.tsx"],
      languageOptions: { parser: typescriptParser, parserOptions: { ecmaFeatures: { jsx: true } } },
      plugins: { "next-logout": plugin },
      rules: { "next-logout/no-client-cookie-deletion": "error", "next-logout/require-refresh-after-signout": "error" },
    },
  ];

  it("one problem each, and one suggestion: the deletion's, which replaces the deletion and the push", () => {
    const messages = linter.verify(tokenThenPush, config, filename);
    expect(messages.map(({ ruleId, line, suggestions }) => ({ ruleId, line, suggestions: suggestions?.length ?? 0 }))).toEqual([
      { ruleId: "next-logout/no-client-cookie-deletion", line: 9, suggestions: 1 },
      { ruleId: "next-logout/require-refresh-after-signout", line: 10, suggestions: 0 },
    ]);
    const [deletion] = messages;
    const fixed = linter.verify(
      `${tokenThenPush.slice(0, deletion!.suggestions![0]!.fix.range[0])}${deletion!.suggestions![0]!.fix.text}${tokenThenPush.slice(deletion!.suggestions![0]!.fix.range[1])}`,
      config,
      filename,
    );
    // After it, neither rule reports anything.
    expect(fixed).toEqual([]);
  });
});
