// next-logout-codemod reads each file's ESLint config, as ESLint resolves it: settings["next-logout"] and the
// next-logout rules' severities and options. --no-eslint-config turns that off, flags win over it, and a config
// that fails is one error line and no file changed. Run in-process (`runCli`) on apps in the temp directory, each
// with the built plugin installed in its node_modules.
import { ESLint as ESLint9 } from "eslint-v9";
import { symlinkSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { EslintConstructor } from "../../src/codemod/eslint-config.ts";
import { installPlugin, makeApp, PACKAGE_JSON, read, readTree, REPO_ROOT, run } from "./cli-helpers.ts";
import { ROUTE_WITHOUT_CLEAR_SITE_DATA, SEED_STYLE_ROUTE } from "./route-sources.ts";

/** A user's flat config: the TypeScript parser, `recommended`, then whatever the test adds. */
function eslintConfig(...extra: string[]): string {
  return `import tsParser from "@typescript-eslint/parser";
import nextLogout from "eslint-plugin-next-logout";

export default [
  { files: ["**/*.{ts,tsx}"], languageOptions: { parser: tsParser } },
  nextLogout.configs.recommended,
${extra.map((entry) => `  ${entry},\n`).join("")}];
`;
}

/** An app with the plugin and its parser installed, as `npm install` leaves them. */
function makeConfiguredApp(files: Record<string, string>): string {
  const directory = makeApp(files);
  installPlugin(directory);
  symlinkSync(path.join(REPO_ROOT, "node_modules/@typescript-eslint"), path.join(directory, "node_modules/@typescript-eslint"), "dir");
  return directory;
}

const SIGN_OUT_LINK = `import Link from "next/link";

export function AccountMenu() {
  return <Link href="/users/sign_out">Sign out</Link>;
}
`;
const SIGN_OUT_ANCHOR = `export function AccountMenu() {
  return <a href="/users/sign_out">Sign out</a>;
}
`;
const CUSTOM_LOGOUT_PATHS = '{ settings: { "next-logout": { logoutPaths: ["/users/sign_out"] } } }';
const READ = "ESLint config read: eslint.config.mjs\n";

describe("settings from the user's config", () => {
  it('logoutPaths: a <Link> to the configured "/users/sign_out" becomes an <a>', async () => {
    const directory = makeConfiguredApp({ "package.json": PACKAGE_JSON, "eslint.config.mjs": eslintConfig(CUSTOM_LOGOUT_PATHS), "components/account-menu.tsx": SIGN_OUT_LINK });
    const result = await run(directory, ["logout", ".", "--force"]);
    expect(result).toEqual({
      code: 0,
      stdout: `${READ}Changed 1 file(s):\n  components/account-menu.tsx\n2 files scanned: 1 changed, 0 unchanged, 1 skipped (nothing to fix), 0 errors\n`,
      stderr: "",
    });
    expect(read(directory, "components/account-menu.tsx")).toBe(SIGN_OUT_ANCHOR);
  });

  it("--no-eslint-config: the default settings, under which that file is skipped before it is parsed", async () => {
    const directory = makeConfiguredApp({ "package.json": PACKAGE_JSON, "eslint.config.mjs": eslintConfig(CUSTOM_LOGOUT_PATHS), "components/account-menu.tsx": SIGN_OUT_LINK });
    const result = await run(directory, ["logout", ".", "--force", "--no-eslint-config"]);
    expect(result).toEqual({ code: 0, stdout: "2 files scanned: 0 changed, 0 unchanged, 2 skipped (nothing to fix), 0 errors\n", stderr: "" });
    expect(read(directory, "components/account-menu.tsx")).toBe(SIGN_OUT_LINK);
  });

  it("sessionCookies: a handler that deletes the configured cookie is a logout handler, and is fixed", async () => {
    const route = `import { cookies } from "next/headers";
import { NextResponse } from "next/server";

export async function POST(request: Request) {
  (await cookies()).delete("acme_user");
  return NextResponse.redirect(new URL("/", request.url));
}
`;
    const files = { "package.json": PACKAGE_JSON, "app/api/leave/route.ts": route };
    const configured = makeConfiguredApp({ ...files, "eslint.config.mjs": eslintConfig('{ settings: { "next-logout": { sessionCookies: ["acme_user"] } } }') });
    const result = await run(configured, ["logout", ".", "--force"]);
    expect(result.stdout).toBe(`${READ}Changed 1 file(s):\n  app/api/leave/route.ts\n2 files scanned: 1 changed, 0 unchanged, 1 skipped (nothing to fix), 0 errors\n`);
    expect(read(configured, "app/api/leave/route.ts")).toContain("status: 303");
    const unconfigured = makeConfiguredApp({ ...files, "eslint.config.mjs": eslintConfig() });
    expect((await run(unconfigured, ["logout", ".", "--force"])).stdout).toBe(
      `${READ}2 files scanned: 0 changed, 1 unchanged, 1 skipped (nothing to fix), 0 errors\n`,
    );
  });

  it('nextVersion "14.2": cookies() stays synchronous; --next-version 16 wins over it', async () => {
    const files = { "package.json": PACKAGE_JSON, "eslint.config.mjs": eslintConfig('{ settings: { "next-logout": { nextVersion: "14.2" } } }'), "app/logout/route.ts": SEED_STYLE_ROUTE };
    const fromConfig = makeConfiguredApp(files);
    expect((await run(fromConfig, ["logout", ".", "--force"])).code).toBe(0);
    expect(read(fromConfig, "app/logout/route.ts")).toContain("\n  cookies().delete(cookieName);\n");
    const fromFlag = makeConfiguredApp(files);
    expect((await run(fromFlag, ["logout", ".", "--force", "--next-version", "16"])).code).toBe(0);
    expect(read(fromFlag, "app/logout/route.ts")).toContain("\n  (await cookies()).delete(cookieName);\n");
  });
});

describe("the next-logout rules in the user's config", () => {
  const TOOLBAR = `"use client";

import Cookies from "js-cookie";
import { useRouter } from "next/navigation";

export function Toolbar() {
  const router = useRouter();
  return (
    <button
      onClick={() => {
        Cookies.remove("access_token");
        router.replace("/");
      }}
    >
      Log out
    </button>
  );
}
`;

  it("rule options: allowCookies lets the client delete the cookies it names", async () => {
    const allowed = makeConfiguredApp({
      "package.json": PACKAGE_JSON,
      "eslint.config.mjs": eslintConfig('{ rules: { "next-logout/no-client-cookie-deletion": ["error", { allowCookies: ["access_token"] }] } }'),
      "components/toolbar.tsx": TOOLBAR,
    });
    expect((await run(allowed, ["logout", ".", "--force"])).stdout).toBe(`${READ}2 files scanned: 0 changed, 1 unchanged, 1 skipped (nothing to fix), 0 errors\n`);
    const notAllowed = makeConfiguredApp({ "package.json": PACKAGE_JSON, "eslint.config.mjs": eslintConfig(), "components/toolbar.tsx": TOOLBAR });
    await run(notAllowed, ["logout", ".", "--force"]);
    expect(read(notAllowed, "components/toolbar.tsx")).toContain('window.location.replace("/logout");');
  });

  it("a rule turned off: its fixes are not applied, its findings not listed, and the CLI says so", async () => {
    const directory = makeConfiguredApp({
      "package.json": PACKAGE_JSON,
      "eslint.config.mjs": eslintConfig(CUSTOM_LOGOUT_PATHS, '{ rules: { "next-logout/no-link-to-logout": "off" } }'),
      "components/account-menu.tsx": SIGN_OUT_LINK,
    });
    expect(await run(directory, ["logout", ".", "--force"])).toEqual({
      code: 0,
      stdout:
        READ +
        "next-logout/no-link-to-logout is off in eslint.config.mjs: its fixes are not applied and its findings not listed.\n" +
        "2 files scanned: 0 changed, 1 unchanged, 1 skipped (nothing to fix), 0 errors\n",
      stderr: "",
    });
    expect(read(directory, "components/account-menu.tsx")).toBe(SIGN_OUT_LINK);
  });

  it("a rule only strict turns on, turned on in the config, is applied without --strict", async () => {
    const directory = makeConfiguredApp({
      "package.json": PACKAGE_JSON,
      "eslint.config.mjs": eslintConfig('{ rules: { "next-logout/require-clear-site-data": "error" } }'),
      "app/logout/route.ts": ROUTE_WITHOUT_CLEAR_SITE_DATA,
    });
    expect((await run(directory, ["logout", ".", "--force"])).code).toBe(0);
    expect(read(directory, "app/logout/route.ts")).toContain('"Clear-Site-Data": ');
  });

  it("--strict wins over a config that turns a strict rule off", async () => {
    const directory = makeConfiguredApp({
      "package.json": PACKAGE_JSON,
      "eslint.config.mjs": eslintConfig('{ rules: { "next-logout/require-clear-site-data": "off" } }'),
      "app/logout/route.ts": ROUTE_WITHOUT_CLEAR_SITE_DATA,
    });
    const result = await run(directory, ["logout", ".", "--force", "--strict"]);
    expect(result.stdout).not.toContain("is off in");
    expect(read(directory, "app/logout/route.ts")).toContain('"Clear-Site-Data": ');
  });

  it("the plugin registered under another name: its rules are found by the plugin's package name", async () => {
    const config = `import tsParser from "@typescript-eslint/parser";
import nextLogout from "eslint-plugin-next-logout";

export default [
  { files: ["**/*.{ts,tsx}"], languageOptions: { parser: tsParser }, plugins: { logout: nextLogout }, rules: { "logout/no-link-to-logout": "off" } },
];
`;
    const directory = makeConfiguredApp({ "package.json": PACKAGE_JSON, "eslint.config.mjs": config, "app/page.tsx": SIGN_OUT_LINK.replace("/users/sign_out", "/logout") });
    const result = await run(directory, ["logout", ".", "--force"]);
    expect(result.stdout).toContain("next-logout/no-link-to-logout is off in eslint.config.mjs");
    expect(read(directory, "app/page.tsx")).toContain("<Link");
  });
});

describe("where the config is looked up", () => {
  it("the nearest eslint.config.* above each file, with the CLI run from outside the project", async () => {
    const directory = makeConfiguredApp({ "web/package.json": PACKAGE_JSON, "web/eslint.config.mjs": eslintConfig(CUSTOM_LOGOUT_PATHS), "web/app/account/page.tsx": SIGN_OUT_LINK });
    const result = await run(directory, ["logout", "web/app", "--force"]);
    expect(result.stdout).toBe(
      "ESLint config read: web/eslint.config.mjs\nChanged 1 file(s):\n  web/app/account/page.tsx\n1 file scanned: 1 changed, 0 unchanged, 0 skipped (nothing to fix), 0 errors\n",
    );
  });

  it("in a monorepo, a package's own config wins over the root's", async () => {
    const directory = makeConfiguredApp({
      "package.json": PACKAGE_JSON,
      "eslint.config.mjs": eslintConfig(CUSTOM_LOGOUT_PATHS),
      "apps/web/account.tsx": SIGN_OUT_LINK,
      "apps/admin/eslint.config.mjs": eslintConfig('{ settings: { "next-logout": { logoutPaths: ["/admin/exit"] } } }'),
      "apps/admin/account.tsx": SIGN_OUT_LINK,
      "apps/admin/exit.tsx": SIGN_OUT_LINK.replaceAll("/users/sign_out", "/admin/exit"),
    });
    const result = await run(directory, ["logout", ".", "--force"]);
    expect(result.stdout).toBe(
      "ESLint config read: apps/admin/eslint.config.mjs, eslint.config.mjs\n" +
        "Changed 2 file(s):\n  apps/admin/exit.tsx\n  apps/web/account.tsx\n" +
        "5 files scanned: 2 changed, 0 unchanged, 3 skipped (nothing to fix), 0 errors\n",
    );
    expect(read(directory, "apps/admin/account.tsx")).toBe(SIGN_OUT_LINK);
  });

  it("with ESLint 9's ESLint class too", async () => {
    const directory = makeConfiguredApp({ "package.json": PACKAGE_JSON, "eslint.config.mjs": eslintConfig(CUSTOM_LOGOUT_PATHS), "app/account/page.tsx": SIGN_OUT_LINK });
    const result = await run(directory, ["logout", "app", "--force"], { Eslint: ESLint9 as unknown as EslintConstructor });
    expect(result.stdout).toBe(`${READ}Changed 1 file(s):\n  app/account/page.tsx\n1 file scanned: 1 changed, 0 unchanged, 0 skipped (nothing to fix), 0 errors\n`);
    expect(read(directory, "app/account/page.tsx")).toBe(SIGN_OUT_ANCHOR);
  });

  it("files the config ignores are left as they are, counted, and the CLI says how to include them", async () => {
    const directory = makeConfiguredApp({
      "package.json": PACKAGE_JSON,
      "eslint.config.mjs": eslintConfig(CUSTOM_LOGOUT_PATHS, '{ ignores: ["generated/**"] }'),
      "generated/account.tsx": SIGN_OUT_LINK,
      "app/account.tsx": SIGN_OUT_LINK,
    });
    const result = await run(directory, ["logout", ".", "--force"]);
    expect(result).toEqual({
      code: 0,
      stdout:
        `${READ}Changed 1 file(s):\n  app/account.tsx\n` +
        'eslint.config.mjs gives no config for 1 file (it ignores them, or no "files" pattern matches them): left as they are; --no-eslint-config transforms them with the default settings.\n' +
        "3 files scanned: 1 changed, 0 unchanged, 1 skipped (nothing to fix), 1 ignored by the ESLint config, 0 errors\n",
      stderr: "",
    });
    expect(read(directory, "generated/account.tsx")).toBe(SIGN_OUT_LINK);
  });

  it("without any eslint.config.*, the default settings, and no line about a config", async () => {
    const directory = makeApp({ "package.json": PACKAGE_JSON, "app/logout/route.ts": SEED_STYLE_ROUTE });
    const result = await run(directory, ["logout", ".", "--force"]);
    expect(result).toEqual({ code: 0, stdout: "Changed 1 file(s):\n  app/logout/route.ts\n1 file scanned: 1 changed, 0 unchanged, 0 skipped (nothing to fix), 0 errors\n", stderr: "" });
  });
});

describe("a config that fails: one error line naming it, exit 1, and no file changed", () => {
  const HINT = " (nothing was changed; fix the config, or pass --no-eslint-config)";

  async function expectFailure(files: Record<string, string>, errors: (string | RegExp)[]): Promise<void> {
    const directory = makeConfiguredApp({ "package.json": PACKAGE_JSON, "app/logout/route.ts": SEED_STYLE_ROUTE, "app/account.tsx": SIGN_OUT_LINK, ...files });
    const before = readTree(directory);
    const result = await run(directory, ["logout", ".", "--force"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    const lines = result.stderr.split("\n").slice(0, -1);
    expect(lines).toHaveLength(errors.length);
    errors.forEach((error, index) => (typeof error === "string" ? expect(lines[index]).toBe(error) : expect(lines[index]).toMatch(error)));
    expect(readTree(directory)).toEqual(before);
  }

  it("a config that throws", async () => {
    await expectFailure({ "eslint.config.mjs": 'throw new Error("cannot read secrets.json");\n' }, [`error: ESLint config eslint.config.mjs: cannot read secrets.json${HINT}`]);
  });

  it("a syntax error", async () => {
    await expectFailure({ "eslint.config.mjs": "export default [ {\n" }, [/^error: ESLint config eslint\.config\.mjs: Unexpected end of input \(nothing was changed; /]);
  });

  it("invalid next-logout settings", async () => {
    await expectFailure({ "eslint.config.mjs": eslintConfig('{ settings: { "next-logout": { logoutPaths: "/logout" } } }') }, [
      `error: ESLint config eslint.config.mjs: eslint-plugin-next-logout: settings["next-logout"].logoutPaths must be an array of paths such as ["/logout"], got "/logout".${HINT}`,
    ]);
  });

  it("invalid rule options: ESLint's own message, on one line", async () => {
    await expectFailure({ "eslint.config.mjs": eslintConfig('{ rules: { "next-logout/no-client-cookie-deletion": ["error", { allowCookie: ["theme"] }] } }') }, [
      /^error: ESLint config eslint\.config\.mjs: Key "rules": Key "next-logout\/no-client-cookie-deletion": .*Unexpected property "allowCookie"\. .* \(nothing was changed; /,
    ]);
  });

  it("a failing package config fails the whole run, files under the working root config included", async () => {
    await expectFailure({ "eslint.config.mjs": eslintConfig(CUSTOM_LOGOUT_PATHS), "packages/admin/eslint.config.mjs": "export default [ {\n", "packages/admin/page.tsx": SIGN_OUT_LINK }, [
      /^error: ESLint config packages\/admin\/eslint\.config\.mjs: Unexpected end of input /,
    ]);
  });

  it("--no-eslint-config runs despite it", async () => {
    const directory = makeConfiguredApp({ "package.json": PACKAGE_JSON, "eslint.config.mjs": "export default [ {\n", "app/logout/route.ts": SEED_STYLE_ROUTE });
    const result = await run(directory, ["logout", ".", "--force", "--no-eslint-config"]);
    expect(result).toEqual({ code: 0, stdout: "Changed 1 file(s):\n  app/logout/route.ts\n2 files scanned: 1 changed, 0 unchanged, 1 skipped (nothing to fix), 0 errors\n", stderr: "" });
  });
});
