import * as typescriptParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import rule from "../../rules/require-refresh-after-signout.ts";
import plugin from "../../src/index.ts";
import { getProjectModelStats, resetProjectModel } from "../../src/project/project-model.ts";
import { makeTree, removeTrees } from "../src/helpers.ts";
import { ruleTester, withEspree } from "../rule-tester.ts";
import { reportedPush } from "./signout-reports.ts";

// Sign-outs the linted file can't see by itself: helpers imported from other modules (through tsconfig `paths`
// and a barrel), and requests to a route whose handler ends the session by its body. A small app on disk.
afterAll(removeTrees);

const lines = (...text: string[]) => `${text.join("\n")}\n`;

const ROOT = makeTree({
  "package.json": JSON.stringify({ name: "shop", dependencies: { next: "16.0.0" } }),
  "tsconfig.json": JSON.stringify({ compilerOptions: { paths: { "@/*": ["./src/*"], "#actions/*": ["./src/lib/*"] } } }),
  "src/lib/auth-client.ts": lines(
    'import { createAuthClient } from "better-auth/react";',
    "export const authClient = createAuthClient();",
    "export async function logout() {",
    "  await authClient.signOut();",
    "}",
    "export async function logoutAndReload() {",
    "  await authClient.signOut();",
    "  window.location.reload();",
    "}",
    "export async function signOut() {",
    "  await authClient.signOut();",
    '  window.location.replace("/login");',
    "}",
    "export function trackClick(name: string) {",
    "  return name.trim();",
    "}",
  ),
  "src/lib/index.ts": lines('export * from "./auth-client";'),
  "src/lib/api.ts": lines(
    'import axios from "axios";',
    'export const api = axios.create({ baseURL: "/api", withCredentials: true });',
    "export async function endSession() {",
    '  await api.delete("/session");',
    "}",
  ),
  "src/lib/session-actions.ts": lines(
    '"use server";',
    'import { cookies } from "next/headers";',
    "export async function logout() {",
    '  (await cookies()).delete("session");',
    "}",
    "export const signOut = logout;",
  ),
  // iron-session: GET reads the session, DELETE destroys it.
  "src/app/api/session/route.ts": lines(
    'import { getIronSession } from "iron-session";',
    'import { cookies } from "next/headers";',
    'const options = { password: process.env.SESSION_SECRET!, cookieName: "shop_session" };',
    "export async function GET() {",
    "  const session = await getIronSession(await cookies(), options);",
    "  return Response.json(session);",
    "}",
    "export async function DELETE() {",
    "  const session = await getIronSession(await cookies(), options);",
    "  session.destroy();",
    "  return Response.json({ ok: true });",
    "}",
  ),
  // A route group and a dynamic segment: `/api/devices/current`.
  "src/app/(account)/api/devices/[device]/route.ts": lines(
    'import { cookies } from "next/headers";',
    "export async function DELETE() {",
    "  const store = await cookies();",
    '  store.delete("session");',
    "  return new Response(null, { status: 204 });",
    "}",
  ),
  // Deletes a stale cookie only when the session is invalid: reading it is no sign-out.
  "src/app/api/me/route.ts": lines(
    'import { cookies } from "next/headers";',
    'import { readUser } from "@/lib/users";',
    "export async function GET() {",
    "  const user = await readUser();",
    "  if (!user) {",
    '    (await cookies()).delete("session");',
    "    return new Response(null, { status: 401 });",
    "  }",
    "  return Response.json(user);",
    "}",
  ),
});

const filename = path.join(ROOT, "src/components/account-menu.tsx");

/** An account menu whose "Log out" handler runs `body`, after `imports`. */
function menu(imports: string, body: readonly string[]): string {
  return (
    `"use client";\nimport { useRouter } from "next/navigation";\n${imports}export function AccountMenu() {\n  const router = useRouter();\n` +
    `  async function handleLogout() {\n${body.map((line) => `    ${line}\n`).join("")}  }\n  return <button onClick={handleLogout}>Log out</button>;\n}\n`
  );
}

const LOGOUT = 'import { logout } from "@/lib/auth-client";\n';
const importedHelper = menu(LOGOUT, ["await logout();", 'router.push("/login");']);
const barrelHelper = menu('import { logout as endUserSession } from "@/lib";\n', ["await endUserSession();", 'router.push("/login");']);
const namespaceHelper = menu('import * as auth from "@/lib/auth-client";\n', ["await auth.logout();", 'router.push("/login");']);
const axiosHelper = menu('import { endSession } from "@/lib/api";\n', ["await endSession();", 'router.push("/login");']);
const ironSessionFetch = menu("", ['await fetch("/api/session", { method: "DELETE" });', 'router.push("/login");']);
const importedInstance = menu('import { api } from "@/lib/api";\n', ['await api.delete("/session");', 'router.push("/login");']);
const dynamicSegment = menu("", ['await fetch("/api/devices/current", { method: "DELETE" });', 'router.push("/login");']);
const firebaseRenamed = menu('import { getAuth, signOut as logOut } from "firebase/auth";\nimport { app } from "@/lib/firebase";\n', ["await logOut(getAuth(app));", 'router.push("/login");']);
const kyInstance = menu('import ky from "ky";\nconst client = ky.create({ prefixUrl: "/api" });\n', ['await client.delete("session");', 'router.push("/login");']);

ruleTester.run("require-refresh-after-signout: sign-outs in other files", rule, {
  valid: withEspree([
    {
      name: "an imported Server Action (a 'use server' module): its response renders the layouts anew",
      filename,
      code: menu('import { logout } from "@/lib/session-actions";\n', ["await logout();", 'router.push("/login");']),
    },
    {
      name: "an imported Server Action renamed signOut, through a tsconfig path no convention knows",
      filename,
      code: menu('import { logout as signOut } from "#actions/session-actions";\n', ["await signOut();", 'router.push("/login");']),
    },
    {
      name: "an imported helper that reloads the page itself",
      filename,
      code: menu('import { logoutAndReload } from "@/lib/auth-client";\n', ["await logoutAndReload();", 'router.push("/login");']),
    },
    {
      name: "an imported signOut() of the project that loads a page itself",
      filename,
      code: menu('import { signOut } from "@/lib/auth-client";\n', ["await signOut();", 'router.push("/login");']),
    },
    {
      name: "an imported function that signs nothing out",
      filename,
      code: menu('import { trackClick } from "@/lib/auth-client";\n', ['trackClick("logout");', 'router.push("/login");']),
    },
    {
      name: "an imported sign-out helper, then router.refresh()",
      filename,
      code: menu(LOGOUT, ["await logout();", 'router.push("/login");', "router.refresh();"]),
    },
    {
      name: "crossFile: false still reads a Server Action module's directive, through tsconfig paths",
      filename,
      code: menu('import { signOut } from "#actions/session-actions";\n', ["await signOut();", 'router.push("/login");']),
      settings: { "next-logout": { crossFile: false } },
    },
    {
      name: "crossFile: false reads no other file",
      filename,
      code: importedHelper,
      settings: { "next-logout": { crossFile: false } },
    },
    {
      name: "a GET of the session route: its GET handler only reads the session",
      filename,
      code: menu("", ['await fetch("/api/session");', 'router.push("/login");']),
    },
    {
      name: "a route whose handler deletes the cookie only when the session is invalid",
      filename,
      code: menu("", ['await fetch("/api/me");', 'router.push("/login");']),
    },
    {
      name: "a device URL known only at run time may end another device's session",
      filename,
      code: menu("", ["await fetch(`/api/devices/${deviceId}`, { method: \"DELETE\" });", 'router.push("/login");']),
    },
    {
      name: "a DELETE of the session route, then a full page load",
      filename,
      code: menu("", ['await fetch("/api/session", { method: "DELETE" });', 'window.location.replace("/login");']),
    },
    {
      name: "a GET of the session route with nothing after it: its handler ends nothing",
      filename,
      code: '"use client";\nexport function Refresh() {\n  return <button onClick={async () => { await fetch("/api/session"); }}>Reload</button>;\n}\n',
    },
    {
      name: "a DELETE of a route no file serves",
      filename,
      code: menu("", ['await fetch("/api/carts", { method: "DELETE" });', 'router.push("/");']),
    },
  ]),
  invalid: withEspree([
    { name: "a sign-out helper imported through a tsconfig path", filename, code: importedHelper, errors: reportedPush(importedHelper, "logout", 8) },
    {
      name: "a sign-out helper re-exported by a barrel, under another name",
      filename,
      code: barrelHelper,
      errors: reportedPush(barrelHelper, "endUserSession", 8),
    },
    { name: "a sign-out helper on a namespace import", filename, code: namespaceHelper, errors: reportedPush(namespaceHelper, "auth.logout", 8) },
    {
      name: "an imported helper that DELETEs /api/session through an axios instance with baseURL /api",
      filename,
      code: axiosHelper,
      errors: reportedPush(axiosHelper, "endSession", 8),
    },
    {
      name: "fetch() DELETE of a route whose handler calls iron-session's session.destroy()",
      filename,
      code: ironSessionFetch,
      errors: reportedPush(ironSessionFetch, "fetch", 7),
    },
    {
      name: "an imported axios instance's DELETE, its baseURL read from its module",
      filename,
      code: importedInstance,
      errors: reportedPush(importedInstance, "api.delete", 8),
    },
    {
      name: "a route in a route group, under a dynamic segment, that deletes the session cookie",
      filename,
      code: dynamicSegment,
      errors: reportedPush(dynamicSegment, "fetch", 7),
    },
    {
      name: "a DELETE of the session route with nothing after it, in a click handler",
      filename,
      code: '"use client";\nexport function SignOut() {\n  return <button onClick={async () => { await fetch("/api/session", { method: "DELETE" }); }}>Sign out</button>;\n}\n',
      errors: [
        {
          messageId: "signOutWithoutRefresh",
          data: { signOut: "fetch" },
          line: 3,
          column: 47,
          endLine: 3,
          endColumn: 90,
          suggestions: [
            {
              messageId: "suggestRefreshAfterSignOut",
              data: { call: "window.location.reload()" },
              output:
                '"use client";\nexport function SignOut() {\n  return <button onClick={async () => { await fetch("/api/session", { method: "DELETE" }); window.location.reload(); }}>Sign out</button>;\n}\n',
            },
          ],
        },
      ],
    },
    {
      name: "Firebase's signOut imported under another name",
      filename,
      code: firebaseRenamed,
      errors: reportedPush(firebaseRenamed, "logOut", 9),
    },
    { name: "a ky instance's prefixUrl joined to its path", filename, code: kyInstance, errors: reportedPush(kyInstance, "client.delete", 9) },
  ]),
});

// A workspace: the app imports its logout helper from a package of the monorepo, by the package's name.
const MONOREPO = makeTree({
  "package.json": JSON.stringify({ name: "acme", private: true, workspaces: ["apps/*", "packages/*"] }),
  "packages/auth/package.json": JSON.stringify({ name: "@acme/auth", main: "./src/index.ts" }),
  "packages/auth/src/index.ts": lines("export async function logoutClient() {", '  await fetch("/api/auth/logout", { method: "POST", credentials: "include" });', "}"),
  "apps/web/package.json": JSON.stringify({ name: "web", dependencies: { next: "16.0.0", "@acme/auth": "*" } }),
});
const workspaceFile = path.join(MONOREPO, "apps/web/src/components/account-menu.tsx");
const workspaceHelper = menu('import { logoutClient } from "@acme/auth";\n', ["await logoutClient();", 'router.replace("/login");']);

ruleTester.run("require-refresh-after-signout: a sign-out helper from a workspace package", rule, {
  valid: withEspree([{ name: "then a full page load", filename: workspaceFile, code: menu('import { logoutClient } from "@acme/auth";\n', ["await logoutClient();", 'window.location.replace("/login");']) }]),
  invalid: withEspree([
    {
      name: "then router.replace()",
      filename: workspaceFile,
      code: workspaceHelper,
      errors: [
        {
          messageId: "softNavigationAfterSignOut",
          data: { navigation: "router.replace", signOut: "logoutClient", router: "router" },
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 29,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              data: { navigation: "router.replace", signOut: "logoutClient", router: "router" },
              output: workspaceHelper
                .replace('router.replace("/login");', 'window.location.replace("/login");')
                .replace('import { useRouter } from "next/navigation";\n', "")
                .replace("  const router = useRouter();\n", ""),
            },
            {
              messageId: "suggestRefresh",
              data: { navigation: "router.replace", signOut: "logoutClient", router: "router" },
              output: workspaceHelper.replace('router.replace("/login");', 'router.replace("/login");\n    router.refresh();'),
            },
          ],
        },
      ],
    },
  ]),
});

describe("imports are read only for a navigation after an imported call", () => {
  // The tree is outside the repository: a Linter rooted at the file system's root lints it.
  const linter = new Linter({ configType: "flat", cwd: path.parse(ROOT).root });
  const config: Linter.Config[] = [
    {
      files: ["**/*.tsx"],
      languageOptions: { parser: typescriptParser, parserOptions: { ecmaFeatures: { jsx: true } } },
      plugins: { "next-logout": plugin },
      rules: { "next-logout/require-refresh-after-signout": "error" },
    },
  ];
  const parsedAfterLinting = (code: string) => {
    resetProjectModel();
    const messages = linter.verify(code, config, filename);
    expect(messages.filter((message) => message.ruleId === null)).toEqual([]);
    return getProjectModelStats().modulesParsed;
  };

  it("parses no other module when no router navigation follows the imported call", () => {
    expect(parsedAfterLinting(menu(LOGOUT, ["await logout();", "setOpen(false);"]))).toBe(0);
    expect(parsedAfterLinting(menu(LOGOUT, ['router.push("/login");', "await logout();"]))).toBe(0);
  });

  it("parses the helper's module when a navigation follows the call", () => {
    expect(parsedAfterLinting(importedHelper)).toBeGreaterThan(0);
  });
});
